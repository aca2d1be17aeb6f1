package org.tekigo.reports.tests.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tekigo.reports.compare.CompareHtmlWriter;
import org.tekigo.reports.compare.CompareMatrix;
import org.tekigo.reports.compare.CompareWorkbookWriter;
import org.tekigo.reports.model.DisclosureView;
import org.tekigo.reports.model.DisclosureView.Status;
import org.tekigo.reports.tests.fixture.ChatworkFixture;
import org.tekigo.reports.tests.fixture.DisclosureEdits;
import org.tekigo.reports.tests.gap.GoldenFiles;

/**
 * The vendors × items matrix of three disclosures of the fixture's catalog (the fixture, a vendor
 * that fixed its gaps on minimum requirements, a vendor that says 不適合 where the fixture says 対象外),
 * compared with the reviewed golden file: the workbook as text (sheets, frozen panes, filters,
 * the colour rules and every cell), so a change of layout or content shows as a diff.
 */
class CompareReportsTest {

	/** A vendor's name as markup would read it: the page must print it, not obey it. */
	private static final String VENDOR_C = "Vendor <C> & \"Co\"";

	private static CompareMatrix matrix() {
		DisclosureView fixture = ChatworkFixture.disclosure();
		DisclosureView fixed = renamed(DisclosureEdits.withoutMinimumGaps(fixture), "vendor-b", "Vendor B");
		DisclosureView strict = renamed(DisclosureEdits.mapAnswers(fixture, (item, answer) -> answer.status() == Status.NOT_APPLICABLE
				? DisclosureEdits.withStatus(answer, Status.NONCONFORMANT) : answer), "vendor-c", VENDOR_C);
		return CompareMatrix.of(List.of(fixture, fixed, strict));
	}

	@Test
	void theWorkbookMatchesTheReviewedFile() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new CompareWorkbookWriter().write(matrix(), out);
		String dump;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			dump = dump(workbook);
		}
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target", "compare.xlsx"), out.toByteArray());
		assertEquals(GoldenFiles.readInLanguage("compare-matrix.txt", dump), dump);
	}

	@Test
	void theHtmlPageIsSelfContainedAndEscapesTheTexts() {
		String html = new CompareHtmlWriter().render(matrix());
		assertFalse(html.contains("<script src") || html.contains("<link"), "no file beside it is needed");
		assertFalse(html.contains(VENDOR_C), "the vendor's name is escaped");
		assertTrue(html.contains("Vendor &lt;C&gt; &amp; &quot;Co&quot;") || html.contains("Vendor &lt;C&gt; &amp; \"Co\""), html);
		assertTrue(html.contains("Vendor B"), "a column per vendor");
	}

	private static DisclosureView renamed(DisclosureView view, String id, String vendor) {
		return new DisclosureView(id, vendor, view.catalogTitle(), view.guidelineTitle(), view.categories());
	}

	/** What a reader of the workbook sees, as lines of text. */
	static String dump(XSSFWorkbook workbook) {
		DataFormatter formatter = new DataFormatter();
		List<String> lines = new ArrayList<>();
		for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
			XSSFSheet sheet = workbook.getSheetAt(s);
			lines.add("== sheet " + sheet.getSheetName() + (workbook.getActiveSheetIndex() == s ? " (active)" : ""));
			var panes = sheet.getPaneInformation();
			lines.add("frozen rows: " + (panes == null ? 0 : panes.getHorizontalSplitPosition()));
			lines.add("filter: " + (sheet.getCTWorksheet().isSetAutoFilter() ? sheet.getCTWorksheet().getAutoFilter().getRef() : "none"));
			SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
			for (int f = 0; f < formatting.getNumConditionalFormattings(); f++) {
				var format = formatting.getConditionalFormattingAt(f);
				for (int r = 0; r < format.getNumberOfRules(); r++) {
					ConditionalFormattingRule rule = format.getRule(r);
					XSSFColor fill = (XSSFColor) rule.getPatternFormatting().getFillBackgroundColorColor();
					lines.add("colour " + format.getFormattingRanges()[0].formatAsString() + " when " + rule.getFormula1() + ": "
							+ fill.getARGBHex());
				}
			}
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					Cell cell = row.getCell(c);
					cells.add(cell == null ? "" : formatter.formatCellValue(cell).replace("\n", "⏎"));
				}
				lines.add(row.getRowNum() + 1 + ": " + String.join(" | ", cells));
			}
		}
		return String.join("\n", lines) + "\n";
	}
}
