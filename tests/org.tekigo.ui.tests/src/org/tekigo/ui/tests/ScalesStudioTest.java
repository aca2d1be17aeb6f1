package org.tekigo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tekigo.reports.model.DisclosureView.Meaning;
import org.tekigo.ui.answers.AnswerColumn;
import org.tekigo.ui.answers.AnswerRow;
import org.tekigo.ui.answers.AnswersPage;
import org.tekigo.ui.editor.DisclosureEditor;
import org.tekigo.ui.editor.EditorModel;

/**
 * The Answers page on the cybersecurity checklist's example (はい / いいえ): the status filter and
 * the cell's combo offer the catalog's words, a いいえ chosen in the table is a gap that asks for
 * a target date, as the validator says.
 */
class ScalesStudioTest {

	private IProject project;

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.closeEditorsAndDelete(project);
	}

	@Test
	void theAnswersPageOffersTheCatalogsWordsAndAGapAsksForItsDate() throws Exception {
		project = Workbench.projectWith("cyber", "cyber");
		DisclosureEditor editor = (DisclosureEditor) IDE.openEditor(Workbench.page(), project.getFile("midori-sakura.tekigo"));
		AnswersPage page = editor.answersPage();
		IDocument document = editor.sourceEditor().document();
		assertTrue(Workbench.waitUntil(() -> page.model().all().size() == 10, 30_000), () -> page.model().all().size() + " rows");
		List<String> filter = page.statusFilterChoices();
		assertEquals(List.of("はい", "いいえ"), filter.subList(1, 3), filter.toString());
		assertEquals(4, filter.size(), "all, the two words, unanswered: " + filter);
		assertEquals(2, page.model().all().stream().filter(AnswerRow::gap).count(), "the two いいえ are the gaps");
		assertTrue(page.gapsOnlyLabel().contains("いいえ") && !page.gapsOnlyLabel().contains("不適合"), page.gapsOnlyLabel());

		String original = document.get();
		AnswerRow row = row(page, "1.1-①-2");
		int index = page.model().visible().indexOf(row);
		page.viewer().getTable().setSelection(index);
		page.viewer().editElement(page.model().visible().get(index), AnswerColumn.STATUS.ordinal());
		CellEditor combo = page.activeCellEditor();
		assertTrue(combo instanceof ComboBoxCellEditor, "the status cell edits with a combo: " + combo);
		assertEquals(List.of("はい", "いいえ"), List.of(((ComboBoxCellEditor) combo).getItems()).subList(0, 2));
		combo.setValue(1);
		page.viewer().applyEditorValue();

		assertEquals(original.replace("\t1.1-①-2 はい\n", "\t1.1-①-2 いいえ\n"), document.get(), "only the word changed");
		String text = document.get();
		assertTrue(Workbench.waitUntil(() -> {
			EditorModel.Snapshot snapshot = editor.sourceEditor().snapshot();
			return snapshot != null && snapshot.complete() && snapshot.text().equals(text);
		}, 20_000));
		AnswerRow changed = row(page, "1.1-①-2");
		assertEquals(Meaning.GAP, changed.status().meaning());
		assertTrue(changed.gap());
		// The row's marker says what the word asks for (the code, so that the test reads in both languages).
		assertEquals(List.of("tekigo.missingDue"), changed.issues().stream().map(i -> i.getCode()).toList(), changed.issueText());
		assertTrue(changed.issueText().startsWith("いいえ "), changed.issueText());
		assertFalse(changed.hasErrors());
		Workbench.screenshotMaximized(editor, "answers-scale.png");
	}

	private static AnswerRow row(AnswersPage page, String key) {
		return page.model().all().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
	}
}
