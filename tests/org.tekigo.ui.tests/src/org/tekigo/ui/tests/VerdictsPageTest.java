package org.tekigo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tekigo.reports.review.ReviewView.Judgement;
import org.tekigo.reports.review.ReviewView.Row;
import org.tekigo.ui.editor.DisclosureEditor;
import org.tekigo.ui.editor.EditorModel;
import org.tekigo.ui.verdicts.VerdictFilter;
import org.tekigo.ui.verdicts.VerdictsPage;

/**
 * The example review of the sample on its Verdicts page: a row judged rewrites that verdict only
 * and Ctrl+Z gives the text back byte for byte; the 52 gaps on minimum requirements judged at once
 * in one undo step; a suspect row says what the answer said when judged and what it says now.
 * Leaves target/screenshots/verdicts-page.png.
 */
class VerdictsPageTest {

	private IProject project;
	private DisclosureEditor editor;
	private VerdictsPage page;
	private IDocument document;

	@BeforeEach
	void open() throws Exception {
		project = Workbench.projectWith("verdicts", "chatwork");
		IFile review = project.getFile("kyoto-chatwork.tekigo");
		review.create(Files.newInputStream(Workbench.EXAMPLES.resolve("hospital/kyoto-chatwork.tekigo")), true, null);
		editor = (DisclosureEditor) IDE.openEditor(Workbench.page(), review);
		page = editor.verdictsPage();
		assertNotNull(page, "a review opens on its Verdicts page");
		document = editor.sourceEditor().document();
		assertTrue(Workbench.waitUntil(() -> page.rows().size() == 433, 30_000), () -> page.rows().size() + " rows");
	}

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.closeEditorsAndDelete(project);
	}

	private Row row(String id) {
		return page.rows().stream().filter(r -> r.answerId().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
	}

	private void awaitPage() {
		String text = document.get();
		assertTrue(Workbench.waitUntil(() -> {
			EditorModel.Snapshot snapshot = editor.sourceEditor().snapshot();
			return snapshot != null && snapshot.complete() && snapshot.text().equals(text);
		}, 20_000));
		Workbench.waitUntil(() -> false, 100);
	}

	@Test
	void aRowJudgedRewritesThatVerdictOnlyAndUndoGivesTheTextBack() throws Exception {
		String original = document.get();
		page.judgeAs(List.of(row("1.1-①-2")), Judgement.NOT_ACCEPTED);
		assertEquals(original.replace("\t1.1-①-2 受入可 on 2026-11-20 pinned 適合可能 151aec6f\n",
				"\t1.1-①-2 受入不可 on " + LocalDate.now() + " pinned 適合可能 151aec6f\n"), document.get());
		awaitPage();
		assertEquals(Judgement.NOT_ACCEPTED, row("1.1-①-2").judgement());
		Workbench.execute(IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals(original, document.get(), "byte for byte the text before");
	}

	@Test
	void theGapsOnMinimumRequirementsJudgedAtOnceInOneUndoStep() throws Exception {
		String original = document.get();
		page.setFilter(new VerdictFilter(false, false, false, false, true, ""));
		assertEquals(52, page.visible().size(), "the sample's gaps touching a minimum requirement");
		page.judgeAs(page.visible(), Judgement.NEEDS_CLARIFICATION);
		awaitPage();
		assertEquals(52, page.visible().stream().filter(r -> r.judgement() == Judgement.NEEDS_CLARIFICATION).count());
		assertEquals(433, page.rows().size(), "no verdict added or lost");
		Workbench.screenshotMaximized(editor, "verdicts-page.png");
		Workbench.execute(IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals(original, document.get(), "one undo gives all 52 back");
	}

	@Test
	void aSuspectRowShowsWhatTheAnswerSaidWhenJudgedAndWhatItSaysNow() throws Exception {
		Row suspect = row("1.1-①-1");
		assertTrue(suspect.suspect(), "the example's first verdict judged an answer that changed since");
		page.select(List.of(suspect));
		String details = page.details();
		assertTrue(details.contains("不適合") && details.contains("5e1f0a3b"), "when judged: " + details);
		assertTrue(details.contains(suspect.status()) && details.contains(suspect.comment().substring(0, 10)), "now: " + details);

		// Its marker says so, and Ctrl+1 offers the text's fixes: re-pinning it to the answer as it is now.
		assertTrue(page.issuesOf(suspect).stream().anyMatch(issue -> issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.WARNING),
				() -> page.issuesOf(suspect).toString());
		List<org.tekigo.dsl.ide.quickfix.IssueFixes.Fix> fixes = page.fixesOfSelection();
		assertTrue(!fixes.isEmpty(), "fixes for the suspect verdict");
		String before = document.get();
		editor.applyFix(fixes.get(0));
		assertTrue(!document.get().equals(before), "a fix changes the verdict's text: " + fixes.get(0).label());
	}
}
