package org.tekigo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.search.ui.ISearchResultViewPart;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tekigo.ui.editor.TekigoEditor;
import org.tekigo.ui.navigation.QuickOutline;
import org.tekigo.ui.navigation.ReferencesPage;

/**
 * Navigation and refactoring in the Source page on the sample project: Find References fills the
 * Search view, mark occurrences highlights an id's declaration and citations, Quick Outline
 * filters, and Rename changes every file that cites the id, previewed, and Ctrl+Z gives every file
 * back in one step.
 *
 * Leaves target/screenshots/find-references.png, rename-preview.png, quick-outline.png and
 * open-element.png (the pictures in docs/).
 */
class NavigationTest {

	private IProject project;

	@BeforeEach
	void sample() throws Exception {
		project = Workbench.builtSampleProject();
	}

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.closeEditorsAndDelete(project);
	}

	@Test
	void findReferencesOfARequirementListsTheItemsThatRelateToIt() throws Exception {
		TekigoEditor editor = Workbench.openSource(project.getFile("mhlw51.tekigo"));
		caretAt(editor, "requirement 3 \"医療情報システムへのアクセス制限", "requirement ".length());
		Workbench.execute("org.tekigo.ui.findReferences");
		String[] rows = searchRows(2);
		assertEquals(2, rows.length, () -> Arrays.toString(rows));
		assertTrue(rows[0].startsWith("provider.tekigo:5  item 1 \"医療情報システム等へのアクセス制限"), rows[0]);
		assertTrue(rows[1].startsWith("provider.tekigo:6  item 2 \"アクセス管理規定には"), rows[1]);
	}

	@Test
	void findReferencesOfAStatementListsTheAnswersThatSeeIt() throws Exception {
		TekigoEditor editor = Workbench.openSource(project.getFile("chatwork.tekigo"));
		caretAt(editor, "statement shared-1 ", "statement sh".length());
		Workbench.execute("org.tekigo.ui.findReferences");
		String[] rows = searchRows(5);
		assertEquals(5, rows.length, () -> Arrays.toString(rows));
		assertTrue(Arrays.stream(rows).allMatch(row -> row.startsWith("chatwork.tekigo:") && row.endsWith("see shared-1")), () -> Arrays.toString(rows));
		Workbench.waitUntil(() -> false, 500); // the view's title follows its rows
		Workbench.screenshot("find-references.png");
	}

	@Test
	void theCaretOnAnIdMarksItsDeclarationAndCitations() throws Exception {
		TekigoEditor editor = Workbench.openSource(project.getFile("chatwork.tekigo"));
		int declaration = editor.document().get().indexOf("statement shared-1 ") + "statement ".length();
		editor.markOccurrencesAt(declaration + 2);
		assertTrue(Workbench.waitUntil(() -> editor.markedOccurrences().size() == 6, 10_000), () -> editor.markedOccurrences().toString());
		assertTrue(editor.markedOccurrences().stream().allMatch(p -> "shared-1".equals(editor.document().get().substring(p.offset, p.offset + p.length))));
		editor.markOccurrencesAt(0); // the keyword "disclosure": nothing marked
		assertTrue(Workbench.waitUntil(() -> editor.markedOccurrences().isEmpty(), 10_000));
	}

	@Test
	void theContextMenuOffersTheNavigationAndEditingCommandsWithTheirKeys() throws Exception {
		TekigoEditor editor = Workbench.openSource(project.getFile("chatwork.tekigo"));
		org.eclipse.swt.custom.StyledText text = (org.eclipse.swt.custom.StyledText) editor.getAdapter(Control.class);
		org.eclipse.swt.widgets.Menu menu = text.getMenu();
		menu.notifyListeners(SWT.Show, new Event()); // as a right-click shows it: the editor fills it then
		List<String> items = Arrays.stream(menu.getItems()).map(org.eclipse.swt.widgets.MenuItem::getText).toList();
		menu.notifyListeners(SWT.Hide, new Event());
		for (String label : List.of(org.tekigo.ui.nls.UiMessages.Editor_openDeclaration, org.tekigo.ui.nls.UiMessages.Editor_findReferences,
				org.tekigo.ui.nls.UiMessages.Editor_quickOutline, org.tekigo.ui.nls.UiMessages.Editor_rename,
				org.tekigo.ui.nls.UiMessages.Editor_format, org.tekigo.ui.nls.UiMessages.Editor_toggleComment)) {
			assertTrue(items.stream().anyMatch(item -> item.startsWith(label)), () -> label + " in " + items);
		}
		assertTrue(items.stream().anyMatch(item -> item.startsWith(org.tekigo.ui.nls.UiMessages.Editor_findReferences) && item.contains("G")),
				() -> "with its key: " + items);
	}

	@Test
	void quickOutlineFiltersAndGoesToTheRow() throws Exception {
		TekigoEditor editor = Workbench.openSource(project.getFile("provider.tekigo"));
		Workbench.waitUntil(() -> editor.snapshot() != null, 20_000);
		QuickOutline outline = editor.quickOutline();
		List<String> shown = outline.filterBy("アクセス管理規定の策定");
		Workbench.waitUntil(() -> false, 300);
		Workbench.screenshot(outline.getShell(), "quick-outline.png");
		assertTrue(shown.stream().anyMatch(row -> row.contains("① アクセス管理規定の策定")), shown::toString);
		assertTrue(shown.size() < 10, () -> "only the matching rows and their parents: " + shown);
		outline.goToSelection();
		int measure = editor.document().get().indexOf("measure ① \"アクセス管理規定の策定\"");
		int caret = ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset();
		assertEquals(editor.document().getLineOfOffset(measure), editor.document().getLineOfOffset(caret));
	}

	@Test
	void openTekigoElementFindsByIdOrWordsAndOpensIt() throws Exception {
		org.tekigo.ui.navigation.OpenElementDialog dialog = new org.tekigo.ui.navigation.OpenElementDialog(
				Workbench.page().getWorkbenchWindow().getShell());
		List<String> byId = dialog.matching("provider/1.1-①-2"); // the sample has two catalogs with this item
		assertEquals(1, byId.size(), byId::toString);
		assertTrue(byId.get(0).startsWith("provider/1.1-①-2 アクセス管理規定には"), byId.get(0));
		List<String> byWords = dialog.matching("アクセス管理規程を作成");
		assertTrue(byWords.stream().anyMatch(name -> name.startsWith("mhlw51/6.3/C/3 ")), byWords::toString);
		dialog.setInitialPattern("provider/1.1-①-2");
		dialog.setBlockOnOpen(false);
		dialog.open();
		org.eclipse.swt.widgets.Table list = find(dialog.getShell(), org.eclipse.swt.widgets.Table.class, t -> true);
		assertTrue(Workbench.waitUntil(() -> list.getItemCount() == 1, 10_000), () -> "items: " + list.getItemCount());
		Workbench.waitUntil(() -> false, 700); // the dialog paints its list from a job
		Workbench.screenshot(dialog.getShell(), "open-element.png");
		list.setSelection(0);
		list.notifyListeners(SWT.Selection, new Event());
		list.notifyListeners(SWT.DefaultSelection, new Event()); // Enter
		assertTrue(Workbench.waitUntil(() -> Workbench.page().getActiveEditor() != null
				&& "provider.tekigo".equals(Workbench.page().getActiveEditor().getEditorInput().getName()), 10_000), "the catalog opened");
		TekigoEditor opened = Workbench.page().getActiveEditor().getAdapter(TekigoEditor.class);
		int caret = ((ITextSelection) opened.getSelectionProvider().getSelection()).getOffset();
		int item = opened.document().get().indexOf("item 2 \"アクセス管理規定には");
		assertEquals(opened.document().getLineOfOffset(item), opened.document().getLineOfOffset(caret));
	}

	@Test
	void renameChangesBothFilesAfterAPreviewAndOneUndoGivesThemBack() throws Exception {
		IFile provider = project.getFile("provider.tekigo");
		IFile chatwork = project.getFile("chatwork.tekigo");
		String providerBefore = text(provider), chatworkBefore = text(chatwork);
		TekigoEditor editor = Workbench.openSource(chatwork);
		caretAt(editor, "\t1.1-①-2 適合可能", 3);
		Display display = Display.getCurrent();
		String[] previewed = new String[1];
		display.asyncExec(() -> driveRenameDialog(display, "7", previewed));
		Workbench.execute("org.tekigo.ui.rename");
		assertTrue(Workbench.waitUntil(() -> text(chatwork).contains("\t1.1-①-7 適合可能"), 20_000), "the answer cites the new id");
		assertEquals(providerBefore.replace("item 2 \"アクセス管理規定には", "item 7 \"アクセス管理規定には"), text(provider));
		assertEquals(chatworkBefore.replace("\t1.1-①-2 適合可能", "\t1.1-①-7 適合可能"), text(chatwork));
		assertTrue(previewed[0] != null, "the preview was shown");

		// Ctrl+Z in the editor: Eclipse asks whether to undo a change that reaches other files; OK.
		Workbench.page().activate(Workbench.page().getActiveEditor());
		display.asyncExec(() -> pressOk(display));
		Workbench.execute(IWorkbenchCommandConstants.EDIT_UNDO);
		assertTrue(Workbench.waitUntil(() -> text(provider).equals(providerBefore) && text(chatwork).equals(chatworkBefore), 20_000),
				"one undo gives both files back, byte for byte");
	}

	// ---- helpers ------------------------------------------------------------------------------

	private static void caretAt(TekigoEditor editor, String context, int within) {
		int offset = editor.document().get().indexOf(context);
		assertTrue(offset >= 0, context);
		editor.selectAndReveal(offset + within, 0);
	}

	private static String[] searchRows(int expected) {
		String[][] rows = { new String[0] };
		Workbench.waitUntil(() -> {
			ISearchResultViewPart view = NewSearchUI.getSearchResultView();
			if (view != null && view.getActivePage() instanceof ReferencesPage page) {
				rows[0] = page.rows();
			}
			return rows[0].length == expected;
		}, 30_000);
		return rows[0];
	}

	/** The text of the file as the editors and the disk see it (an open editor's document first). */
	private static String text(IFile file) {
		try {
			var buffer = org.eclipse.core.filebuffers.FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(),
					org.eclipse.core.filebuffers.LocationKind.IFILE);
			if (buffer != null) {
				return buffer.getDocument().get();
			}
			try (var in = file.getContents(true)) {
				return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			}
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Types the new id into the rename dialog, presses Preview, takes the picture, presses OK; runs
	 * in the dialog's event loop, waiting for each step's shell and button.
	 */
	private static void driveRenameDialog(Display display, String newName, String[] previewed) {
		Shell dialog = display.getActiveShell();
		Text name = dialog == null ? null : find(dialog, Text.class, t -> (t.getStyle() & SWT.READ_ONLY) == 0);
		if (name == null) {
			display.timerExec(200, () -> driveRenameDialog(display, newName, previewed));
			return;
		}
		name.setText(newName);
		Button preview = find(dialog, Button.class, b -> Integer.valueOf(IDialogConstants.CLIENT_ID + 1).equals(b.getData()));
		if (preview != null) {
			preview.notifyListeners(SWT.Selection, new Event());
		}
		display.timerExec(1500, () -> {
			previewed[0] = dialog.getText();
			try {
				Workbench.screenshot(dialog, "rename-preview.png");
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
			Button ok = find(dialog, Button.class, b -> Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData()));
			ok.notifyListeners(SWT.Selection, new Event());
		});
	}

	/** Presses OK in the dialog the editor's undo shows, once it shows. */
	private static void pressOk(Display display) {
		Shell dialog = display.getActiveShell();
		Button ok = dialog == null ? null : find(dialog, Button.class, b -> IDialogConstants.OK_LABEL.equals(b.getText()));
		if (ok == null) {
			display.timerExec(200, () -> pressOk(display));
			return;
		}
		ok.notifyListeners(SWT.Selection, new Event());
	}

	private static <T extends Control> T find(Composite parent, Class<T> type, java.util.function.Predicate<T> test) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child) && child.isVisible() && test.test(type.cast(child))) {
				return type.cast(child);
			}
			if (child instanceof Composite composite) {
				T found = find(composite, type, test);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
