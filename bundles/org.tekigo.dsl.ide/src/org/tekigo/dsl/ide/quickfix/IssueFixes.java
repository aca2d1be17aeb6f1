package org.tekigo.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * The quick fixes for one validation issue of a document, as labelled text edits: what an
 * editor shows on Ctrl+1 and applies to its document.
 */
public class IssueFixes {

	public record Fix(String label, List<TextEdit> edits) {
	}

	@Inject
	private IQuickFixProvider provider;

	public List<Fix> fixes(XtextResource resource, String text, Issue issue) {
		Document document = new Document(1, text);
		Diagnostic diagnostic = new Diagnostic(new Range(document.getPosition(issue.getOffset()),
				document.getPosition(issue.getOffset() + issue.getLength())), issue.getMessage());
		diagnostic.setCode(issue.getCode());
		diagnostic.setSeverity(issue.getSeverity() == Severity.ERROR ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning);
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setResource(resource);
		options.setDocument(document);
		options.setURI(resource.getURI().toString());
		options.setCancelIndicator(CancelIndicator.NullImpl);
		options.setLanguageServerAccess(new InProcessLanguageServerAccess(resource.getResourceSet()));
		List<Fix> fixes = new ArrayList<>();
		for (DiagnosticResolution resolution : provider.getResolutions(options, diagnostic)) {
			WorkspaceEdit edit = resolution.apply();
			List<TextEdit> edits = edit == null || edit.getChanges() == null ? List.of()
					: edit.getChanges().getOrDefault(resource.getURI().toString(), List.of());
			if (!edits.isEmpty()) {
				fixes.add(new Fix(resolution.getLabel(), edits));
			}
		}
		return fixes;
	}

	/** The text with the edits applied, last first so that earlier offsets stay valid. */
	public static String apply(String text, List<TextEdit> edits) {
		Document document = new Document(1, text);
		List<TextEdit> ordered = new ArrayList<>(edits);
		ordered.sort(Comparator.comparing((TextEdit e) -> document.getOffSet(e.getRange().getStart())).reversed());
		return document.applyChanges(ordered).getContents();
	}
}
