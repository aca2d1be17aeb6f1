package org.tekigo.reports.tests.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tekigo.reports.nls.ReportMessages;
import org.tekigo.reports.review.ReviewAnalysis;
import org.tekigo.reports.review.ReviewGate;
import org.tekigo.reports.review.ReviewHtmlWriter;
import org.tekigo.reports.review.ReviewJsonWriter;
import org.tekigo.reports.review.ReviewMarkdownWriter;
import org.tekigo.reports.review.ReviewView.Judgement;
import org.tekigo.reports.review.ReviewWorkbookWriter;
import org.tekigo.reports.tests.gap.GoldenFiles;

import com.google.gson.JsonParser;

/** The hospital's view of a review in its four forms, and the CI gate over it. */
class ReviewReportsTest {

	private final ReviewAnalysis analysis = ReviewAnalysis.of(ReviewFixture.review());

	@Test
	void countsWhatTheHospitalActsOn() {
		assertEquals(new ReviewAnalysis.Summary(7, 3, 1, 1, 2, 1, 1, 3, 4), analysis.summary(),
				"7 answers (the orphan verdict is not one): 3 accepted, 1 question, 1 not accepted, 2 not judged, 1 suspect, "
						+ "1 minimum gap accepted, 3 follow-ups; open = 2 not judged + 1 question + 1 suspect");
		assertEquals(List.of("1.2-①-1", "1.2-①-2"), analysis.unjudged().stream().map(r -> r.answerId()).toList());
		assertEquals(List.of("1.5-②-2"), analysis.suspect().stream().map(r -> r.answerId()).toList());
	}

	@Test
	void followUpsAreByOwnerThenDueWithoutOwnerLast() {
		assertEquals(List.of("1.1-⑤-3", "1.1-⑤-6", "1.5-②-2"), analysis.followUps().stream().map(r -> r.answerId()).toList());
	}

	@Test
	void theGateFailsWhileTheReviewIsOpenAndSaysWhy() {
		assertTrue(ReviewGate.fails(analysis));
		assertEquals("gate open-review fails: 4 open (2 not judged, 1 questions, 1 suspect)", ReviewGate.explain(analysis));
		var done = ReviewFixture.review().rows().stream().filter(r -> r.judged() && r.judgement() != Judgement.PENDING
				&& r.judgement() != Judgement.NEEDS_CLARIFICATION && !r.suspect()).toList();
		var closed = ReviewAnalysis.of(new org.tekigo.reports.review.ReviewView("r", "t", "h", "d", "v", done));
		assertFalse(ReviewGate.fails(closed));
		assertEquals("gate open-review passes: 0 open (0 not judged, 0 questions, 0 suspect)", ReviewGate.explain(closed));
	}

	@Test
	void jsonMatchesTheReviewedFileStructurally() throws IOException {
		String json = new ReviewJsonWriter().render(analysis);
		assertEquals(JsonParser.parseString(golden("review-report.json", json)), JsonParser.parseString(json));
	}

	@Test
	void htmlEscapesEveryTextItDidNotWrite() {
		String html = new ReviewHtmlWriter().render(analysis);
		assertFalse(html.contains("<script>"), "the note's markup is text");
		assertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"), html);
		for (String section : List.of("summary", "suspect", "not-accepted", "questions", "unjudged", "follow-ups")) {
			assertTrue(html.contains("<section id=\"" + section + "\">"), section);
		}
	}

	@Test
	void theWorkbookListsEveryVerdictWithAFilterAndWritesFormulasAsText() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ReviewWorkbookWriter().write(analysis, out);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertEquals(List.of(ReviewWorkbookWriter.SUMMARY_SHEET, ReviewWorkbookWriter.VERDICTS_SHEET, ReviewWorkbookWriter.FOLLOW_UPS_SHEET),
					List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)));
			org.apache.poi.xssf.usermodel.XSSFSheet verdicts = workbook.getSheet(ReviewWorkbookWriter.VERDICTS_SHEET);
			assertEquals(8, verdicts.getLastRowNum(), "a header and eight rows");
			assertTrue(verdicts.getCTWorksheet().isSetAutoFilter(), "the header filters");
			List<String> judgements = new ArrayList<>();
			for (Row row : verdicts) {
				judgements.add(row.getCell(4).getStringCellValue() + "/" + row.getCell(7).getStringCellValue());
				for (Cell cell : row) {
					assertTrue(cell.getCellType() != CellType.FORMULA, "no formula at " + cell.getAddress());
				}
			}
			// The verdicts are the field's words in every language; the rest is the run's language.
			assertEquals(List.of(ReportMessages.Review_columnVerdict + "/" + ReportMessages.Review_columnAgain, "受入可/", "受入可/", "要確認/",
					"受入不可/", "未判定/", ReportMessages.Review_notJudged + "/", "受入可/" + ReportMessages.Review_again,
					"受入可/" + ReportMessages.Review_orphan), judgements);
			assertEquals(ReviewFixture.FORMULA_NOTE, verdicts.getRow(7).getCell(5).getStringCellValue());
			assertEquals(3, workbook.getSheet(ReviewWorkbookWriter.FOLLOW_UPS_SHEET).getLastRowNum());
		}
	}

	/** The reviewed file; the output of this run is left in target/ beside it, to compare or to review anew. */
	private static String golden(String name, String actual) throws IOException {
		java.nio.file.Files.writeString(java.nio.file.Path.of("target", name), actual);
		return GoldenFiles.read(name);
	}
}
