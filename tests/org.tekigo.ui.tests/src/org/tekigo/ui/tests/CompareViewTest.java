package org.tekigo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tekigo.reports.compare.CompareMatrix.Row;
import org.tekigo.ui.compare.CompareView;

/**
 * Project > Compare Vendors on the cybersecurity example (one vendor's answers to two hospitals):
 * 10 items, the 3 answered differently first; the filters narrow the rows; a double-click on a
 * vendor's cell opens that vendor's answer. Leaves target/screenshots/compare-view.png.
 */
class CompareViewTest {

	private IProject project;

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.page().hideView(Workbench.page().findView(CompareView.ID));
		Workbench.closeEditorsAndDelete(project);
	}

	@Test
	void theMatrixOfTheProjectsDisclosuresFiltersAndOpensAnAnswer() throws Exception {
		project = Workbench.projectWith("cyber", "cyber");
		CompareView view = (CompareView) Workbench.page().showView(CompareView.ID);
		view.compare(project);
		List<Row> rows = view.shownRows();
		assertEquals(10, rows.size());
		assertTrue(rows.subList(0, 3).stream().allMatch(Row::differs) && rows.subList(3, 10).stream().noneMatch(Row::differs),
				"the items answered differently first");
		Workbench.waitUntil(() -> false, 300);
		Workbench.screenshot("compare-view.png");

		view.filter(true, false, "");
		assertEquals(3, view.shownRows().size(), "only where the vendors differ");
		view.filter(false, false, "いいえ");
		assertTrue(view.shownRows().size() >= 1 && view.shownRows().size() <= 3, () -> view.shownRows().toString());
		view.filter(false, false, "");

		Row differing = rows.get(0);
		view.open(differing, 1);
		assertTrue(Workbench.waitUntil(() -> Workbench.page().getActiveEditor() != null
				&& "midori-sakura.tekigo".equals(Workbench.page().getActiveEditor().getEditorInput().getName()), 10_000),
				"the second vendor's disclosure opened");
		// A disclosure opens on its Answers page: the answer's row is selected there.
		org.tekigo.ui.editor.DisclosureEditor disclosure = (org.tekigo.ui.editor.DisclosureEditor) Workbench.page().getActiveEditor();
		assertTrue(Workbench.waitUntil(() -> !disclosure.answersPage().selection().isEmpty(), 10_000), "a row selected");
		assertEquals(differing.itemId(), disclosure.answersPage().selection().get(0).itemId());
	}

	/** A project with two catalogs each answered twice: the view offers both, and compares the one chosen. */
	@Test
	void aProjectWithTwoComparableCatalogsOffersBoth() throws Exception {
		project = Workbench.projectWith("two-catalogs", "cyber");
		for (String name : List.of("mhlw50.tekigo", "mhlw51.tekigo", "provider.tekigo", "chatwork.tekigo")) {
			project.getFile(name).create(java.nio.file.Files.newInputStream(Workbench.EXAMPLES.resolve("chatwork").resolve(name)), true, null);
		}
		String copy = java.nio.file.Files.readString(Workbench.EXAMPLES.resolve("chatwork/chatwork.tekigo"))
				.replaceFirst("disclosure chatwork \"Chatwork\"", "disclosure chatwork-copy \"Chatwork (copy)\"");
		project.getFile("chatwork-copy.tekigo").create(new java.io.ByteArrayInputStream(copy.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				true, null);
		assertEquals(List.of("cyber-vendor", "provider"), org.tekigo.ui.compare.ProjectComparison.of(project).comparableCatalogs());
		CompareView view = (CompareView) Workbench.page().showView(CompareView.ID);
		view.compare(project, "provider");
		assertEquals(428, view.shownRows().size(), "the sample catalog's items");
		assertTrue(view.shownRows().stream().noneMatch(Row::differs), "a copy answers as the original");
		view.compare(project, "cyber-vendor");
		assertEquals(10, view.shownRows().size());
	}
}
