package org.tekigo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tekigo.dsl.validation.IssueCodes;
import org.tekigo.reports.model.DisclosureView.Status;
import org.tekigo.ui.answers.AnswerChanges;
import org.tekigo.ui.answers.AnswerColumn;
import org.tekigo.ui.answers.AnswerFilter;
import org.tekigo.ui.answers.AnswerRow;
import org.tekigo.ui.answers.AnswersPage;
import org.tekigo.ui.builder.TekigoMarkers;
import org.tekigo.ui.editor.DisclosureEditor;
import org.tekigo.ui.editor.EditorModel;

/**
 * The Answers page on the sample disclosure, in the running workbench: the table edits the
 * model and the model writes the text; one document, one undo, one save.
 */
class AnswersPageTest {

	private IProject project;
	private DisclosureEditor editor;
	private AnswersPage page;
	private IDocument document;

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.closeEditorsAndDelete(project);
	}

	private void open() throws Exception {
		project = Workbench.projectWith("answers", "chatwork");
		editor = (DisclosureEditor) IDE.openEditor(Workbench.page(), project.getFile("chatwork.tekigo"));
		page = editor.answersPage();
		document = editor.sourceEditor().document();
		assertTrue(Workbench.waitUntil(() -> page.model().all().size() == 433, 30_000), () -> page.model().all().size() + " rows");
		assertTrue(editor.showsAnswers(), "a disclosure opens on its Answers page");
	}

	private AnswerRow row(String key) {
		return page.model().all().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
	}

	/** Waits for the reconcile after an edit: the table shows the document's text again. */
	private void awaitTable() {
		String text = document.get();
		assertTrue(Workbench.waitUntil(() -> {
			EditorModel.Snapshot snapshot = editor.sourceEditor().snapshot();
			return snapshot != null && snapshot.complete() && snapshot.text().equals(text);
		}, 20_000));
		Workbench.waitUntil(() -> false, 100);
	}

	/**
	 * On the first open the table is painted before the first build's markers arrive; the marker
	 * icons must appear then without a click. Checked on the screen's pixels, not the model: the
	 * rows with issues among the first shown have an icon painted in their marker cell.
	 */
	@Test
	void markersShowOnTheFirstOpenWithoutAClick() throws Exception {
		open();
		Workbench.page().setPartState(Workbench.page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		org.eclipse.swt.widgets.Table table = page.viewer().getTable();
		assertTrue(Workbench.waitUntil(() -> page.model().visible().stream().limit(visibleRows(table)).anyMatch(r -> r.hasIssues()), 30_000),
				"a row with an issue among those shown");
		Workbench.waitUntil(() -> false, 500);
		int painted = 0, withIssues = 0;
		for (int i = table.getTopIndex(); i < table.getTopIndex() + visibleRows(table); i++) {
			if (page.model().visible().get(i).hasIssues()) {
				withIssues++;
				painted += paintedPixels(table, table.getItem(i).getBounds(AnswerColumn.MARKERS.ordinal())) > 20 ? 1 : 0;
			}
		}
		assertTrue(withIssues > 0);
		assertEquals(withIssues, painted, "every row with an issue shows its icon");
		Workbench.page().setPartState(Workbench.page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
	}

	private static int visibleRows(org.eclipse.swt.widgets.Table table) {
		return Math.min(table.getItemCount() - table.getTopIndex(), table.getClientArea().height / table.getItemHeight());
	}

	/** The pixels of a cell that are not its background, as the screen shows them. */
	private static int paintedPixels(org.eclipse.swt.widgets.Table table, org.eclipse.swt.graphics.Rectangle cell) {
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(table.getDisplay(), cell.width, cell.height);
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(table);
		try {
			gc.copyArea(image, cell.x, cell.y);
			org.eclipse.swt.graphics.ImageData data = image.getImageData();
			int background = data.getPixel(0, 0);
			int count = 0;
			for (int y = 0; y < data.height; y++) {
				for (int x = 0; x < data.width; x++) {
					count += data.getPixel(x, y) != background ? 1 : 0;
				}
			}
			return count;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	@Test
	void theFilterCombosAreAsWideAsTheirLongestEntry() throws Exception {
		open();
		java.util.List<org.eclipse.swt.widgets.Combo> combos = new java.util.ArrayList<>();
		collectCombos(page.viewer().getTable().getParent(), combos);
		assertEquals(2, combos.size(), "scope and status");
		for (org.eclipse.swt.widgets.Combo combo : combos) {
			org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(combo);
			try {
				int longest = java.util.Arrays.stream(combo.getItems()).mapToInt(item -> gc.textExtent(item).x).max().orElse(0);
				assertTrue(combo.getSize().x >= longest + 16, () -> "the combo is " + combo.getSize().x + " px, its longest entry "
						+ java.util.Arrays.stream(combo.getItems()).max(java.util.Comparator.comparingInt(String::length)).orElse(""));
			} finally {
				gc.dispose();
			}
		}
	}

	private static void collectCombos(org.eclipse.swt.widgets.Composite parent, java.util.List<org.eclipse.swt.widgets.Combo> combos) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Combo combo) {
				combos.add(combo);
			} else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				collectCombos(composite, combos);
			}
		}
	}

	@Test
	void theStatusColumnFitsItsLongestChoiceSoThatNoWordIsCut() throws Exception {
		open();
		org.eclipse.swt.widgets.Table table = page.viewer().getTable();
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(table);
		int widest;
		try {
			widest = java.util.stream.Stream.of("適合可能", "不適合", "対象外", org.tekigo.ui.nls.UiMessages.Answers_unanswered)
					.mapToInt(word -> gc.textExtent(word).x).max().orElseThrow();
		} finally {
			gc.dispose();
		}
		// The combo's arrow and margins take about 40 pixels beside the text (it was 80 in all: "適合可").
		assertTrue(table.getColumn(AnswerColumn.STATUS.ordinal()).getWidth() >= widest + 40,
				table.getColumn(AnswerColumn.STATUS.ordinal()).getWidth() + " for a text of " + widest);
	}

	@Test
	void ctrl1ShowsTheFixesUnderTheRowsStatusCellNotAtTheTablesLeftEdge() throws Exception {
		open();
		org.eclipse.swt.widgets.Table table = page.viewer().getTable();
		int index = page.model().visible().indexOf(row("1.1-③-10"));
		table.setSelection(index);
		org.eclipse.swt.graphics.Rectangle status = table.getItem(index).getBounds(AnswerColumn.STATUS.ordinal());
		org.eclipse.swt.graphics.Point expected = table.toDisplay(status.x, status.y + status.height);
		assertEquals(expected, page.fixesLocation());
		assertTrue(page.fixesLocation().x > table.toDisplay(0, 0).x + 100, "right of the markers and the item, not at the left edge");
	}

	@Test
	void aStatusChangedInTheTableChangesOnlyThatStatusAndUndoGivesTheTextBack() throws Exception {
		open();
		String original = document.get();
		AnswerRow row = row("1.1-①-1");
		assertFalse(row.hasIssues());

		// As a user does it: the status cell's combo, 不適合 chosen.
		int index = page.model().visible().indexOf(row);
		page.viewer().getTable().setSelection(index);
		page.viewer().editElement(page.model().visible().get(index), AnswerColumn.STATUS.ordinal());
		CellEditor combo = page.activeCellEditor();
		assertTrue(combo instanceof ComboBoxCellEditor, "the status cell edits with a combo: " + combo);
		// The combo offers the scale's words in the catalog's order, then unanswered.
		assertEquals(List.of("適合可能", "不適合", "対象外"), List.of(((ComboBoxCellEditor) combo).getItems()).subList(0, 3));
		combo.setValue(Status.PROVIDER.indexOf(Status.NONCONFORMANT));
		page.viewer().applyEditorValue();

		assertEquals(original.replace("\t1.1-①-1 適合可能 \"管理規定", "\t1.1-①-1 不適合 \"管理規定"), document.get(),
				"the document holds the new status at that answer and nothing else changed");
		assertTrue(editor.isDirty());
		awaitTable();
		AnswerRow changed = row("1.1-①-1");
		assertEquals(Status.NONCONFORMANT, changed.status());
		assertTrue(changed.issueText().contains("不適合 against minimum requirement 6.3/C/3 has no remediation plan"),
				"the row's marker follows the text's: " + changed.issueText());

		// Ctrl+Z on the Answers page undoes the table's edit, as in the text.
		Workbench.execute(IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals(original, document.get(), "byte for byte the text before the edit");
		Workbench.execute(IWorkbenchCommandConstants.EDIT_REDO);
		assertEquals(original.replace("\t1.1-①-1 適合可能 \"管理規定", "\t1.1-①-1 不適合 \"管理規定"), document.get(), "Ctrl+Y redoes it");
	}

	@Test
	void ctrl1OnARowOffersTheTextsQuickFixesAndApplyingOneClearsTheRowsMarker() throws Exception {
		open();
		AnswerRow row = row("1.1-③-10");
		assertTrue(row.issueText().contains("has no remediation plan"), row.issueText());
		List<String> labels = editor.fixes(row.issues()).stream().map(fix -> fix.label()).toList();
		assertEquals(List.of("Add a remediation plan"), labels, "the same fix, with the same title, as Ctrl+1 in the text");

		editor.applyFix(editor.fixes(row.issues()).get(0));
		awaitTable();
		assertTrue(row("1.1-③-10").plan().startsWith("対応計画を記入してください"), "the row shows the plan the fix wrote");
		assertFalse(row("1.1-③-10").hasIssues(), "and its marker is gone");
	}

	@Test
	void selectedRowsReferToAStatementAndADueDateMustBeInTheValidatorsForm() throws Exception {
		open();
		String original = document.get();
		editor.change(AnswerChanges.statement(List.of(row("1.1-③-10"), row("1.1-⑤-3")), "shared-3"));
		String changed = document.get();
		assertEquals(original.replaceFirst("\t1\\.1-③-10 不適合 \"[^\"]*\"", "\t1.1-③-10 不適合 see shared-3")
				.replaceFirst("\t1\\.1-⑤-3 不適合 \"[^\"]*\"", "\t1.1-⑤-3 不適合 see shared-3"), changed, "both comments, nothing else");
		awaitTable();
		assertEquals("管理規定を定めています", row("1.1-⑤-3").comment(), "the row shows the statement's text");

		// A due date typed as 2027/3/31 is refused with the validator's rule; the text stays.
		editor.change(AnswerChanges.remediation(List.of(row("1.1-③-10")), "定期確認の手順を定める", "", ""));
		awaitTable();
		changed = document.get();
		int index = page.model().visible().indexOf(row("1.1-③-10"));
		page.viewer().getTable().setSelection(index);
		page.viewer().editElement(page.model().visible().get(index), AnswerColumn.DUE.ordinal());
		CellEditor due = page.activeCellEditor();
		((org.eclipse.swt.widgets.Text) due.getControl()).setText("2027/3/31");
		assertFalse(due.isValueValid());
		assertEquals("A due date is written YYYY-MM-DD, e.g. 2027-03-31", due.getErrorMessage());
		page.viewer().applyEditorValue();
		assertEquals(changed, document.get(), "nothing written");

		page.viewer().editElement(page.model().visible().get(index), AnswerColumn.DUE.ordinal());
		((org.eclipse.swt.widgets.Text) page.activeCellEditor().getControl()).setText("2027-03-31");
		page.viewer().applyEditorValue();
		assertEquals(changed.replace("plan \"定期確認の手順を定める\"\n", "plan \"定期確認の手順を定める\" due 2027-03-31\n"), document.get());
	}

	@Test
	void theOutlineSelectsTheRowAndADoubleClickOpensTheSourceAtTheAnswer() throws Exception {
		open();
		int answer = document.get().indexOf("\t1.1-③-10 ") + 1;
		// What the outline and the Gap Dashboard call when one of their rows is chosen.
		editor.sourceEditor().selectAndReveal(answer, 8);
		assertEquals(List.of("1.1-③-10"), page.selection().stream().map(AnswerRow::key).toList(), "the row is selected");
		assertTrue(editor.showsAnswers(), "and the Answers page stays in front");

		page.viewer().getTable().notifyListeners(SWT.DefaultSelection, new Event()); // a double-click
		assertFalse(editor.showsAnswers(), "the Source page is in front");
		ITextSelection selection = (ITextSelection) editor.sourceEditor().getSelectionProvider().getSelection();
		assertEquals(answer, selection.getOffset(), "at that answer");
	}

	@Test
	void bulkRemediationOfTheMinimumGapsLeavesNoMinimumGapWithoutAPlan() throws Exception {
		open();
		page.setFilter(AnswerFilter.NONE.withGaps(false, true));
		List<AnswerRow> gaps = page.model().visible();
		assertEquals(52, gaps.size(), "the gaps touching a minimum (C) requirement");
		Workbench.screenshotMaximized(editor, "answers-page.png");

		IFile file = project.getFile("chatwork.tekigo");
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		assertEquals(52, minimumGapsWithoutPlan(file), "the sample's warnings before the edit");

		editor.change(AnswerChanges.remediation(gaps, "是正計画を策定する", "情報システム部", "2027-03-31"));
		awaitTable();
		editor.doSave(null);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		assertEquals(0, minimumGapsWithoutPlan(file), "no minimum gap is left without a plan");
		assertEquals(52, count(document.get(), "\n\t\tplan \"是正計画を策定する\" owner \"情報システム部\" due 2027-03-31\n"),
				"each plan on a line of its own under its answer");
		assertFalse(editor.isDirty());
	}

	private static long minimumGapsWithoutPlan(IFile file) throws Exception {
		return List.of(file.findMarkers(TekigoMarkers.TYPE, false, IResource.DEPTH_ZERO)).stream()
				.filter(m -> IssueCodes.MINIMUM_GAP_WITHOUT_PLAN.equals(m.getAttribute(TekigoMarkers.CODE, ""))).count();
	}

	@Test
	void anUnansweredItemGivenAStatusBecomesAnAnswerAtItsCatalogPosition() throws Exception {
		open();
		String original = document.get();
		String line = "\n\t1.1-①-2 適合可能 \"記録のレビューについては定期確認は行っていないが、問題発生時に確認を行っている。\"";
		String pin = "\n\t\tpinned 1bd2f453, 6.3/C/3 918cb76c";
		document.replace(original.indexOf(line + pin), (line + pin).length(), "");
		awaitTable();
		AnswerRow unanswered = row("1.1-①-2");
		assertFalse(unanswered.answered());

		editor.change(AnswerChanges.status(List.of(unanswered), Status.NOT_APPLICABLE));
		assertEquals(original.replace(line + pin, "\n\t1.1-①-2 対象外" + pin), document.get(),
				"after 1.1-①-1, where the catalog puts it, pinned to the texts it answers (as the one removed was)");
		awaitTable();
		assertEquals(Status.NOT_APPLICABLE, row("1.1-①-2").status());
	}

	@Test
	void aTextEditShowsInTheTableAndASyntaxErrorMakesItReadOnly() throws Exception {
		open();
		int comment = document.get().indexOf("管理規定を定めています。資料提供");
		document.replace(comment, "管理規定を定めています。".length(), "管理規定を改定しました。");
		awaitTable();
		assertTrue(row("1.1-①-1").comment().startsWith("管理規定を改定しました。"));
		assertFalse(page.readOnly());

		document.replace(comment, 0, "\" 適合 ");
		awaitTable();
		assertTrue(page.readOnly(), "a text that does not parse makes the table read-only");
		assertTrue(page.model().all().size() > 400, "it still shows what parsed");
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}
}
