package org.tekigo.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Injector;

/**
 * Content assist from Xtext's IDE service, as the language server computes it: keywords,
 * statuses and cross-references (item ids shown with their text); then Tekigo's templates.
 */
class TekigoContentAssistProcessor implements IContentAssistProcessor {

	private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
		Thread thread = new Thread(r, "Tekigo content assist");
		thread.setDaemon(true);
		return thread;
	});

	private final TekigoEditor editor;

	TekigoContentAssistProcessor(TekigoEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		return proposalsAt(viewer.getDocument(), offset);
	}

	/** The language's proposals, then the templates that fit. */
	ICompletionProposal[] proposalsAt(org.eclipse.jface.text.IDocument document, int offset) {
		String text = document.get();
		List<ICompletionProposal> proposals = editor.model().withResource(text,
				resource -> proposals(editor.model().injector(), resource, text, offset));
		proposals.addAll(TekigoTemplates.proposals(document, offset));
		return proposals.toArray(ICompletionProposal[]::new);
	}

	static List<ICompletionProposal> proposals(Injector injector, XtextResource resource, String text, int offset) {
		ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
		factory.setPool(POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
		injector.getInstance(IdeContentProposalProvider.class).createProposals(List.of(contexts), acceptor);
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (ContentAssistEntry entry : acceptor.getEntries()) {
			String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
			String label = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
			String display = entry.getDescription() == null ? label : label + " — " + entry.getDescription();
			proposals.add(new CompletionProposal(entry.getProposal(), offset - prefix.length(), prefix.length(),
					entry.getProposal().length(), null, display, null, entry.getDocumentation()));
		}
		return proposals;
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '[', '/' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
