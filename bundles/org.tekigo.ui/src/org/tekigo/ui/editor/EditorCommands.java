package org.tekigo.ui.editor;

import org.tekigo.ui.nls.UiMessages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.tekigo.dsl.formatting2.TekigoTextFormatting;
import org.tekigo.ui.TekigoUiPlugin;

/**
 * What the Source page does that any Eclipse text editor does: toggle comment (Ctrl+/), Format
 * (Ctrl+Shift+F) through Tekigo's formatter, Open Declaration (F3), Find References
 * (Ctrl+Shift+G), Rename (Alt+Shift+R) and Quick Outline (Ctrl+O). Each change is one undo step.
 */
final class EditorCommands {

	static final String TOGGLE_COMMENT = "org.tekigo.ui.toggleComment";
	static final String FORMAT = "org.tekigo.ui.format";
	static final String OPEN_DECLARATION = "org.tekigo.ui.openDeclaration";
	static final String FIND_REFERENCES = "org.tekigo.ui.findReferences";
	static final String RENAME = "org.tekigo.ui.rename";
	static final String QUICK_OUTLINE = "org.tekigo.ui.quickOutline";

	private EditorCommands() {
	}

	/** Comments the selected lines out with "// ", or back in when all of them are comments. */
	static void toggleComment(TekigoEditor editor) {
		IDocument document = editor.document();
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		try {
			int first = selection.getStartLine();
			int last = Math.max(first, selection.getEndLine());
			if (last > first && selection.getOffset() + selection.getLength() == document.getLineOffset(last)) {
				last--; // a selection ending at a line's start does not take that line
			}
			boolean allComments = true;
			for (int line = first; line <= last; line++) {
				String text = lineText(document, line);
				allComments &= text.isBlank() || text.stripLeading().startsWith("//");
			}
			List<int[]> edits = new ArrayList<>(); // offset, length, and the text as an index into texts
			List<String> texts = new ArrayList<>();
			for (int line = first; line <= last; line++) {
				String text = lineText(document, line);
				int lineOffset = document.getLineOffset(line);
				int indent = text.length() - text.stripLeading().length();
				if (allComments && !text.isBlank()) {
					int slash = lineOffset + indent;
					int length = text.startsWith("// ", indent) ? 3 : 2;
					edits.add(new int[] { slash, length, texts.size() });
					texts.add("");
				} else if (!allComments && !text.isBlank()) {
					edits.add(new int[] { lineOffset + indent, 0, texts.size() });
					texts.add("// ");
				}
			}
			apply(editor, document, edits, texts);
		} catch (BadLocationException e) {
			TekigoUiPlugin.log("Cannot toggle the comment", e);
		}
	}

	/** Formats the whole text as the formatter lays it out; a text with syntax errors stays as it is. */
	static void format(TekigoEditor editor) {
		IDocument document = editor.document();
		String text = document.get();
		List<ITextReplacement> replacements = editor.model().withResource(text, resource -> {
			if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
				return null;
			}
			return resource.getResourceServiceProvider().get(TekigoTextFormatting.class).replacements(resource);
		});
		if (replacements == null) {
			editor.getEditorSite().getActionBars().getStatusLineManager()
					.setErrorMessage(UiMessages.Editor_formatSyntaxErrors);
			return;
		}
		List<int[]> edits = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		for (ITextReplacement replacement : replacements) {
			edits.add(new int[] { replacement.getOffset(), replacement.getLength(), texts.size() });
			texts.add(replacement.getReplacementText());
		}
		try {
			apply(editor, document, edits, texts);
		} catch (BadLocationException e) {
			TekigoUiPlugin.log("Cannot format", e);
		}
	}

	/** Opens the declaration of the id at the caret, in this file or another of the project. */
	static void openDeclaration(TekigoEditor editor) {
		int caret = caret(editor);
		TekigoHyperlinkDetector.Link link = editor.withResource(resource -> TekigoHyperlinkDetector.linkAt(resource, caret));
		if (link != null) {
			link.open();
		} else {
			editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(UiMessages.Editor_noDeclaration);
		}
	}

	/** Lists the citations of the id at the caret across the project in the Search view. */
	static org.tekigo.ui.navigation.ReferencesQuery findReferences(TekigoEditor editor) {
		org.tekigo.ui.navigation.ReferencesQuery query = new org.tekigo.ui.navigation.ReferencesQuery(editor.getFile(), caret(editor));
		org.eclipse.search.ui.NewSearchUI.runQueryInBackground(query);
		return query;
	}

	/** Renames the id at the caret in every file of the project, with a preview; one undo. */
	static void rename(TekigoEditor editor) {
		if (!editor.validateEditorInputState()) {
			return;
		}
		org.tekigo.ui.refactoring.RenameRefactoring refactoring = new org.tekigo.ui.refactoring.RenameRefactoring(editor.getFile(), caret(editor));
		try {
			new org.eclipse.ltk.ui.refactoring.RefactoringWizardOpenOperation(new org.tekigo.ui.refactoring.RenameWizard(refactoring))
					.run(editor.getSite().getShell(), UiMessages.Rename_title);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Opens the quick outline over the editor; returns it (for tests). */
	static org.tekigo.ui.navigation.QuickOutline quickOutline(TekigoEditor editor) {
		EditorModel.Snapshot snapshot = editor.snapshot();
		org.tekigo.ui.navigation.QuickOutline outline = new org.tekigo.ui.navigation.QuickOutline(editor.getSite().getShell(), editor,
				snapshot == null ? java.util.List.of() : snapshot.outline());
		outline.open();
		return outline;
	}

	private static int caret(TekigoEditor editor) {
		return ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset();
	}

	private static String lineText(IDocument document, int line) throws BadLocationException {
		IRegion region = document.getLineInformation(line);
		return document.get(region.getOffset(), region.getLength());
	}

	/** Applies the edits from the end backwards, as one undo step. */
	private static void apply(TekigoEditor editor, IDocument document, List<int[]> edits, List<String> texts) throws BadLocationException {
		if (edits.isEmpty()) {
			return;
		}
		edits.sort(Comparator.comparingInt((int[] edit) -> edit[0]).reversed());
		IRewriteTarget target = editor.getAdapter(IRewriteTarget.class);
		if (target != null) {
			target.beginCompoundChange();
		}
		try {
			for (int[] edit : edits) {
				document.replace(edit[0], edit[1], texts.get(edit[2]));
			}
		} finally {
			if (target != null) {
				target.endCompoundChange();
			}
		}
	}
}
