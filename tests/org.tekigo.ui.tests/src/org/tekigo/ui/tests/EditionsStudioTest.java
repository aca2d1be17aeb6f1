package org.tekigo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tekigo.dsl.edition.Migration;
import org.tekigo.dsl.validation.IssueCodes;
import org.tekigo.ui.answers.AnswerChanges;
import org.tekigo.ui.answers.AnswerFilter;
import org.tekigo.ui.answers.AnswerRow;
import org.tekigo.ui.answers.AnswersPage;
import org.tekigo.ui.builder.TekigoMarkers;
import org.tekigo.ui.editor.DisclosureEditor;
import org.tekigo.ui.handlers.MigrateHandler;

/**
 * Editions in the studio, on the tour: the Answers page finds the stale answers, shows what
 * changed under one (the text then beside the text now) and confirms them; a disclosure migrates
 * to the catalog of the next edition with the rules of {@code tekigo migrate}.
 */
class EditionsStudioTest {

	private IProject project;

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.closeEditorsAndDelete(project);
	}

	private DisclosureEditor open(String file, int rows) throws Exception {
		DisclosureEditor editor = (DisclosureEditor) IDE.openEditor(Workbench.page(), project.getFile(file));
		assertTrue(Workbench.waitUntil(() -> editor.answersPage().model().all().size() == rows, 30_000),
				() -> editor.answersPage().model().all().size() + " rows");
		return editor;
	}

	@Test
	void theStaleAnswersAreFoundShownAndConfirmed() throws Exception {
		project = Workbench.projectWith("tour-stale", "tour");
		DisclosureEditor editor = open("chatwork60.tekigo", 11);
		AnswersPage page = editor.answersPage();
		assertTrue(Workbench.waitUntil(() -> page.model().all().stream().filter(AnswerRow::isStale).count() == 3, 30_000));

		page.setFilter(AnswerFilter.NONE.withStale(true));
		assertEquals(List.of("1.1-②-1", "1.2-①-3", "1.7-①-1[planning/13/②]"), page.model().visible().stream().map(AnswerRow::key).toList());
		AnswerRow item = page.model().visible().get(1);
		assertTrue(item.hasIssues() && item.issues().get(0).getCode().equals(IssueCodes.STALE_ANSWER), "the row's marker");
		assertTrue(item.markerText().contains("When answered: テストデータの利用状況を医療機関等に報告する。\n"
				+ "Now: テストデータの利用状況を記録し、医療機関等の求めに応じて報告する。"), item.markerText());

		page.viewer().getTable().setSelection(2);
		page.viewer().setSelection(page.viewer().getSelection()); // as a click does: the listeners hear of it
		Workbench.waitUntil(() -> false, 300);
		Workbench.screenshotMaximized(editor, "stale-answer.png");

		// Confirm the two on the selection: their pins are written again; the third stays stale.
		editor.change(AnswerChanges.confirm(page.model().visible().subList(0, 2)));
		assertTrue(Workbench.waitUntil(() -> page.model().all().stream().filter(AnswerRow::isStale).map(AnswerRow::key).toList()
				.equals(List.of("1.7-①-1[planning/13/②]")), 30_000), () -> page.model().all().stream().filter(AnswerRow::isStale).toList().toString());
		assertTrue(editor.sourceEditor().document().get().contains("\t1.2-①-3 notApplicable \"テストデータは作成していません。\"\n\t\tpinned "),
				"only the pin line changed");
	}

	@Test
	void aDisclosureMigratesToTheNextEditionsCatalogBesideItself() throws Exception {
		project = Workbench.projectWith("tour-migrate", "tour");
		project.getFile("chatwork60.tekigo").delete(true, null);
		DisclosureEditor editor = open("chatwork.tekigo", 11);

		Migration migration = MigrateHandler.migration(editor, "provider60-tour", "chatwork60-tour");
		assertEquals(List.of(), migration.unplaced());
		assertEquals(11, migration.carried());
		assertEquals(9, migration.stale(), "all but the answers whose texts 6.0 kept");
		IFile written = MigrateHandler.write(editor, migration, "chatwork60-tour");
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		assertEquals(9, List.of(Workbench.tekigoMarkers(written)).stream()
				.filter(m -> IssueCodes.STALE_ANSWER.equals(m.getAttribute(TekigoMarkers.CODE, ""))).count());
		assertEquals(0, List.of(Workbench.tekigoMarkers(written)).stream()
				.filter(m -> m.getAttribute(org.eclipse.core.resources.IMarker.SEVERITY, 0) == org.eclipse.core.resources.IMarker.SEVERITY_ERROR)
				.count());

		try {
			MigrateHandler.migration(editor, "provider-tour", "again");
			throw new AssertionError("migrating to its own catalog was not refused");
		} catch (Migration.RefusedException refused) {
			assertEquals("Disclosure chatwork-tour answers catalog provider-tour already: migrate it to another catalog", refused.getMessage());
		}
		try {
			MigrateHandler.write(editor, migration, "chatwork60-tour");
			throw new AssertionError("an existing file was overwritten");
		} catch (org.eclipse.core.runtime.CoreException exists) {
			assertTrue(written.exists());
		}
	}
}
