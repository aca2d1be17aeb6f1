package org.tekigo.reports.tests.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;
import org.tekigo.reports.gap.GapAnalysis;
import org.tekigo.reports.gap.GapHtmlWriter;
import org.tekigo.reports.gap.GapWorkbookWriter;
import org.tekigo.reports.tests.fixture.ChatworkFixture;

/**
 * The gap report for an English reader (the default run of this module): English words around
 * the guideline's own (適合可能 / 不適合 / 対象外 stay as the checklist prints them), an English
 * page and English sheet names. The Japanese report has its reviewed tests (GapHtmlWriterTest,
 * GapWorkbookWriterTest), run with -nl ja.
 */
class GapReportInEnglishTest {

	private final GapAnalysis analysis = GapAnalysis.of(ChatworkFixture.disclosure());

	@BeforeAll
	static void inEnglish() {
		Assumptions.assumeTrue(Locale.getDefault().getLanguage().equals("en"), "runs in the default, English execution");
	}

	@Test
	void thePageIsEnglishAroundTheGuidelinesWords() {
		String html = new GapHtmlWriter().render(analysis);
		assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
		assertTrue(html.contains("<title>Gap analysis of guideline conformance — Chatwork</title>"), html.substring(0, 400));
		assertTrue(html.contains("Gaps (不適合) (9)"));
		assertTrue(html.contains("Measure items not answered (1)"));
		assertEquals(4, html.split("no plan", -1).length - 1);
		assertTrue(html.contains("Owner: 情報セキュリティ委員会"));
		assertTrue(html.contains(">適合可能</text>") && html.contains(">unanswered</text>"), "the chart's legend");
	}

	@Test
	void theWorkbookHasEnglishSheetsAndHeadings() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new GapWorkbookWriter().write(analysis, out);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			List<String> names = new ArrayList<>();
			workbook.forEach(sheet -> names.add(sheet.getSheetName()));
			assertEquals(List.of("Summary", "Gaps", "Minimum requirements unmet", "Unanswered", "対象外 without a reason"), names);
			assertEquals("Remediation plan", workbook.getSheet("Gaps").getRow(0).getCell(8).getStringCellValue());
			assertEquals("minimum (C)", workbook.getSheet("Gaps").getRow(1).getCell(1).getStringCellValue());
		}
	}
}
