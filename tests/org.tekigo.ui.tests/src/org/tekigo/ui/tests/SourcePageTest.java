package org.tekigo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tekigo.ui.editor.TekigoEditor;

/**
 * The Source page does what any Eclipse text editor does: auto-indent, toggle comment (Ctrl+/),
 * Format (Ctrl+Shift+F), Open Declaration (F3), each through its command as the key binding runs
 * it, each one undo step.
 */
class SourcePageTest {

	private IProject project;
	private TekigoEditor editor;
	private IDocument document;

	@BeforeEach
	void open() throws Exception {
		project = Workbench.projectWith("source", "tour");
		editor = Workbench.openSource(project.getFile("chatwork.tekigo"));
		document = editor.document();
		assertTrue(Workbench.waitUntil(() -> editor.snapshot() != null && editor.snapshot().complete(), 20_000));
	}

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.closeEditorsAndDelete(project);
	}

	private StyledText widget() {
		return ((ITextViewer) editor.getAdapter(ITextOperationTarget.class)).getTextWidget();
	}

	private void run(String command) throws Exception {
		Workbench.execute(command);
	}

	private void undo() throws Exception {
		run(IWorkbenchCommandConstants.EDIT_UNDO);
	}

	@Test
	void enterKeepsTheIndentationOfTheLine() {
		String line = "\t1.1-①-2 適合可能 \"記録のレビューについては定期確認は行っていないが、問題発生時に確認を行っている。\"";
		int end = document.get().indexOf(line) + line.length();
		widget().setCaretOffset(end);
		widget().insert("\n"); // as typed: the viewer's auto-edit strategies see it
		assertEquals(line + "\n\t\n", document.get().substring(end - line.length(), end + 3),
				"the new line starts where the answer above it starts");
	}

	@Test
	void toggleCommentCommentsTheLinesOutAndBackIn() throws Exception {
		String original = document.get();
		int line = document.getLineOfOffset(original.indexOf("\t1.1-②-1 "));
		editor.selectAndReveal(document.getLineOffset(line) + 3, 0);
		run("org.tekigo.ui.toggleComment");
		assertEquals(original.replace("\t1.1-②-1 ", "\t// 1.1-②-1 "), document.get());
		run("org.tekigo.ui.toggleComment");
		assertEquals(original, document.get(), "the same command uncomments");
	}

	@Test
	void formatLaysTheTextOutAsTheFormatterDoesInOneUndoStep() throws Exception {
		String original = document.get();
		String misplaced = original.replace("\t1.1-①-2 ", "1.1-①-2   ").replace("\t1.1-②-1 ", "\t\t\t1.1-②-1 ");
		document.set(misplaced);
		run("org.tekigo.ui.format");
		assertEquals(original, document.get(), "the tour is laid out as the formatter lays it out");
		undo();
		assertEquals(misplaced, document.get(), "one undo gives the unformatted text back");
	}

	@Test
	void openDeclarationGoesToTheStatementReferredTo() throws Exception {
		String text = document.get();
		editor.selectAndReveal(text.indexOf("see aws") + "see a".length(), 0);
		run("org.tekigo.ui.openDeclaration");
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(text.indexOf("statement aws") + "statement ".length(), selection.getOffset(), "the caret at the statement's id");
		assertEquals("aws", selection.getText());
	}

	@Test
	void templatesOfferAnAnswerWithAPlanInADisclosureAndAMeasureInACatalog() throws Exception {
		String line = "\t1.1-①-2 適合可能 \"記録のレビューについては定期確認は行っていないが、問題発生時に確認を行っている。\"";
		int end = document.get().indexOf(line) + line.length();
		document.replace(end, 0, "\n\tans");
		apply(editor, template(editor.completionsAt(end + "\n\tans".length()), "answer"), end + "\n\tans".length());
		assertTrue(document.get().contains(line + "\n\titem status \"comment\"\n"), "an answer's fields to fill");
		assertEquals(null, template(editor.completionsAt(end + "\n\tans".length()), "measure"), "no measure in a disclosure");

		TekigoEditor catalog = Workbench.openSource(project.getFile("provider.tekigo"));
		IDocument text = catalog.document();
		String item = "\t\t\t\titem 2 \"アクセス管理規定には";
		int after = text.get().indexOf("\n", text.get().indexOf(item)) + 1;
		text.replace(after, 0, "\t\t\tmea\n");
		apply(catalog, template(catalog.completionsAt(after + "\t\t\tmea".length()), "measure"), after + "\t\t\tmea".length());
		assertTrue(text.get().contains("\t\t\tmeasure id \"title\" {\n\t\t\t\titem 1 \"first\"\n\t\t\t\titem 2 \"second\"\n\t\t\t}\n"),
				"the measure's lines take the indentation of the line it starts on");
	}

	/** Applies a proposal as choosing it in the popup does (a template needs the viewer for its fields). */
	private static void apply(TekigoEditor in, ICompletionProposal proposal, int offset) {
		ITextViewer viewer = (ITextViewer) in.getAdapter(ITextOperationTarget.class);
		((org.eclipse.jface.text.contentassist.ICompletionProposalExtension2) proposal).apply(viewer, (char) 0, 0, offset);
	}

	private static ICompletionProposal template(ICompletionProposal[] proposals, String name) {
		return java.util.Arrays.stream(proposals).filter(p -> p.getDisplayString().startsWith(name + " ")).findFirst().orElse(null);
	}
}
