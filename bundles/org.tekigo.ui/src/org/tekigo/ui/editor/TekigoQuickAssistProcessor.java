package org.tekigo.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.xtext.validation.Issue;
import org.tekigo.dsl.ide.quickfix.IssueFixes;
import org.tekigo.ui.TekigoUiPlugin;

/** Ctrl+1: the quick fixes of the issues at the caret, from the language's IDE-neutral fixes. */
class TekigoQuickAssistProcessor implements IQuickAssistProcessor {

	private final TekigoEditor editor;

	TekigoQuickAssistProcessor(TekigoEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		return proposalsAt(context.getSourceViewer().getDocument(), context.getOffset());
	}

	ICompletionProposal[] proposalsAt(IDocument document, int offset) {
		EditorModel.Snapshot snapshot = editor.completeSnapshot();
		IssueFixes fixes = editor.model().injector().getInstance(IssueFixes.class);
		return editor.model().withResource(snapshot.text(), resource -> {
			List<ICompletionProposal> proposals = new ArrayList<>();
			for (Issue issue : issuesAt(snapshot, document, offset, elementAround(resource, offset))) {
				for (IssueFixes.Fix fix : fixes.fixes(resource, snapshot.text(), issue)) {
					proposals.add(new FixProposal(fix));
				}
			}
			return proposals.toArray(ICompletionProposal[]::new);
		});
	}

	/**
	 * The answer or verdict the caret is in, as {start, end} of its text (its pin and follow-up lines
	 * included), or null elsewhere: Ctrl+1 anywhere in it offers the fixes of all its issues.
	 */
	static int[] elementAround(org.eclipse.xtext.resource.XtextResource resource, int offset) {
		if (resource.getParseResult() == null) {
			return null;
		}
		org.eclipse.xtext.nodemodel.ILeafNode leaf = org.eclipse.xtext.nodemodel.util.NodeModelUtils
				.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		org.eclipse.emf.ecore.EObject element = leaf == null ? null
				: org.eclipse.xtext.nodemodel.util.NodeModelUtils.findActualSemanticObjectFor(leaf);
		while (element != null && !(element instanceof org.tekigo.dsl.tekigo.Answer) && !(element instanceof org.tekigo.dsl.tekigo.Verdict)) {
			element = element.eContainer();
		}
		org.eclipse.xtext.nodemodel.ICompositeNode node = element == null ? null : org.eclipse.xtext.nodemodel.util.NodeModelUtils.getNode(element);
		return node == null ? null : new int[] { node.getOffset(), node.getEndOffset() };
	}

	/**
	 * The issues at the caret first, then the others of its line and of the answer or verdict it is
	 * in: which fixes are offered does not depend on the caret's column.
	 */
	static List<Issue> issuesAt(EditorModel.Snapshot snapshot, IDocument document, int offset, int[] element) {
		List<Issue> atCaret = new ArrayList<>();
		List<Issue> around = new ArrayList<>();
		int line;
		try {
			line = document.getLineOfOffset(offset) + 1;
		} catch (BadLocationException e) {
			return atCaret;
		}
		for (Issue issue : snapshot.issues()) {
			if (issue.getOffset() == null) {
				continue;
			}
			int start = issue.getOffset();
			int end = start + issue.getLength();
			if (start <= offset && offset <= end) {
				atCaret.add(issue);
			} else if (issue.getLineNumber() != null && issue.getLineNumber() == line
					|| element != null && start < element[1] && end > element[0]) {
				around.add(issue);
			}
		}
		atCaret.addAll(around);
		return atCaret;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return true;
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	/** Applies a fix's text edits to the editor's document. */
	public static final class FixProposal implements ICompletionProposal {
		private final IssueFixes.Fix fix;

		public FixProposal(IssueFixes.Fix fix) {
			this.fix = fix;
		}

		@Override
		public void apply(IDocument document) {
			String fixed = IssueFixes.apply(document.get(), fix.edits());
			try {
				replaceChangedPart(document, fixed);
			} catch (BadLocationException e) {
				TekigoUiPlugin.log("Cannot apply the quick fix " + fix.label(), e);
			}
		}

		/** Replaces only the changed middle of the text, so markers and the undo step stay small. */
		private static void replaceChangedPart(IDocument document, String fixed) throws BadLocationException {
			String old = document.get();
			int start = 0;
			while (start < old.length() && start < fixed.length() && old.charAt(start) == fixed.charAt(start)) {
				start++;
			}
			int oldEnd = old.length(), newEnd = fixed.length();
			while (oldEnd > start && newEnd > start && old.charAt(oldEnd - 1) == fixed.charAt(newEnd - 1)) {
				oldEnd--;
				newEnd--;
			}
			document.replace(start, oldEnd - start, fixed.substring(start, newEnd));
		}

		@Override
		public Point getSelection(IDocument document) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return null;
		}

		@Override
		public String getDisplayString() {
			return fix.label();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
