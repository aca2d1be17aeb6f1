package org.tekigo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
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
import org.tekigo.ui.handlers.NewReviewHandler;
import org.tekigo.ui.handlers.ReportGeneration;

/**
 * Review This Disclosure… on the sample: a new review beside the disclosure, one empty verdict
 * per answer, pinned, so the builder reports exactly one "not judged yet" per answer and nothing else.
 */
class ReviewCommandTest {

	private IProject project;

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.closeEditorsAndDelete(project);
	}

	@Test
	void aNewReviewHasAnEmptyPinnedVerdictPerAnswerAndASecondOneGetsItsOwnName() throws Exception {
		project = Workbench.projectWith("review", "chatwork");
		DisclosureEditor editor = (DisclosureEditor) IDE.openEditor(Workbench.page(), project.getFile("chatwork.tekigo"));
		assertTrue(Workbench.waitUntil(() -> editor.withDisclosure(d -> d.getAnswers().size()) != null, 30_000));

		IFile review = NewReviewHandler.createReview(editor, "京都中央病院 医療情報部");
		assertEquals("review-chatwork.tekigo", review.getName());
		List<String> lines = new String(review.getContents().readAllBytes(), review.getCharset()).lines().toList();
		assertEquals("review review-chatwork \"Chatwork の審査\" of chatwork by \"京都中央病院 医療情報部\" {", lines.get(0));
		assertEquals(433, lines.stream().filter(l -> l.matches("\t\\S+( \\[\\S+\\])? 未判定 pinned (適合可能|不適合|対象外) \\w{8}")).count());

		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		IMarker[] markers = review.findMarkers(TekigoMarkers.TYPE, false, IResource.DEPTH_ZERO);
		assertEquals(433, markers.length);
		assertTrue(List.of(markers).stream().allMatch(m -> IssueCodes.PENDING_VERDICT.equals(m.getAttribute(TekigoMarkers.CODE, ""))),
				"only 'not judged yet': every answer has a verdict, every pin matches");

		// Generate Reports writes the hospital's view beside the gap report, as `tekigo report` does.
		ReportGeneration.run(project, null);
		for (String report : List.of("gap-report.html", "review-chatwork.html", "review-chatwork.xlsx",
				"review-chatwork.md", "review-chatwork.json")) {
			assertTrue(project.getFile("reports/chatwork/" + report).exists(), report);
		}
		String summary = new String(project.getFile("reports/chatwork/review-chatwork.md").getContents().readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(summary.contains("| Answers | 433 |") && summary.contains("| 未判定 (not judged) | 433 |"), summary.lines().limit(20).toList()::toString);

		assertEquals("review-chatwork-2.tekigo", NewReviewHandler.createReview(editor, "別の病院").getName(), "an existing review is not overwritten");
	}

	@Test
	void theAnswersPageShowsEachAnswersVerdictAndAVerdictTurnsSuspectWhenItsAnswerChanges() throws Exception {
		project = Workbench.projectWith("review-column", "chatwork");
		DisclosureEditor editor = (DisclosureEditor) IDE.openEditor(Workbench.page(), project.getFile("chatwork.tekigo"));
		AnswersPage page = editor.answersPage();
		assertTrue(Workbench.waitUntil(() -> page.model().all().size() == 433, 30_000));
		assertTrue(page.model().all().stream().allMatch(row -> AnswerColumn.VERDICT.text(row).isEmpty()), "no review yet");

		NewReviewHandler.createReview(editor, "京都中央病院 医療情報部");
		// The new file alone makes the disclosure's editor look again: its text did not change.
		assertTrue(Workbench.waitUntil(() -> page.model().all().stream().allMatch(row -> row.verdict().equals("未判定")), 30_000),
				() -> verdicts(page));
		assertEquals("Review verdict", page.viewer().getTable().getColumn(AnswerColumn.VERDICT.ordinal()).getText());

		AnswerRow changed = page.model().all().stream().filter(row -> row.key().equals("1.1-①-1")).findFirst().orElseThrow();
		editor.change(AnswerChanges.status(List.of(changed), Status.NONCONFORMANT));
		assertTrue(Workbench.waitUntil(() -> verdict(page, "1.1-①-1").equals("未判定 (suspect: the answer changed)"), 30_000),
				() -> verdict(page, "1.1-①-1"));
		assertEquals(432, page.model().all().stream().filter(row -> row.verdict().equals("未判定")).count(), "the others stay as pinned");
		page.setFilter(AnswerFilter.NONE.withSearch("suspect"));
		assertEquals(List.of("1.1-①-1"), page.model().visible().stream().map(AnswerRow::key).toList(), "the search finds verdicts");

		// docs/answers-verdicts.png was taken from this: group 1.1's rows, scrolled to the verdicts.
		page.setFilter(AnswerFilter.NONE.withSearch("1.1-"));
		page.selectAt(changed.offset());
		Workbench.screenshotMaximized(editor, "answers-verdicts.png", () -> page.viewer().getTable()
				.showColumn(page.viewer().getTable().getColumn(AnswerColumn.VERDICT.ordinal())));
	}

	private static String verdict(AnswersPage page, String key) {
		return page.model().all().stream().filter(row -> row.key().equals(key)).map(AnswerRow::verdict).findFirst().orElse("?");
	}

	private static String verdicts(AnswersPage page) {
		return page.model().all().stream().map(AnswerRow::verdict).distinct().limit(5).toList().toString();
	}
}
