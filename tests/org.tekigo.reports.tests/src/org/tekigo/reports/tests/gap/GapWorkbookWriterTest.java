package org.tekigo.reports.tests.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.reports.gap.GapAnalysis;
import org.tekigo.reports.gap.GapWorkbookWriter;
import org.tekigo.reports.model.DisclosureView.Status;
import org.tekigo.reports.tests.fixture.ChatworkFixture;
import org.tekigo.reports.tests.fixture.DisclosureEdits;

class GapWorkbookWriterTest {

	/** The reviewed Japanese report: this class runs in the module's -nl ja execution. */
	@org.junit.jupiter.api.BeforeAll
	static void inJapanese() {
		org.junit.jupiter.api.Assumptions.assumeTrue(java.util.Locale.getDefault().getLanguage().equals("ja"),
				"runs in the -nl ja execution of this module (mvn verify runs it there)");
	}

	@TempDir
	Path folder;

	@Test
	void oneSheetPerView() throws IOException {
		try (XSSFWorkbook workbook = write(GapAnalysis.of(ChatworkFixture.disclosure()))) {
			List<String> names = new ArrayList<>();
			workbook.forEach(sheet -> names.add(sheet.getSheetName()));
			assertEquals(List.of("概要", "不適合", "最低限要求事項（全回答不適合）", "未回答", "理由のない対象外"), names);

			XSSFSheet gaps = workbook.getSheet("不適合");
			assertEquals("ID", gaps.getRow(0).getCell(0).getStringCellValue());
			assertEquals("是正計画", gaps.getRow(0).getCell(8).getStringCellValue());
			assertEquals(9, gaps.getLastRowNum());
			assertEquals("1.1-③-10", gaps.getRow(1).getCell(0).getStringCellValue());
			assertEquals("最低限（C）", gaps.getRow(1).getCell(1).getStringCellValue());
			assertEquals("6.7/C/4 情報の破棄", gaps.getRow(1).getCell(6).getStringCellValue());
			assertEquals("情報セキュリティ委員会", gaps.getRow(1).getCell(9).getStringCellValue());
			assertTrue(gaps.getPaneInformation().isFreezePane());
			assertEquals("A1:K10", gaps.getCTWorksheet().getAutoFilter().getRef());
			assertEquals(PrintSetup.A4_PAPERSIZE, gaps.getPrintSetup().getPaperSize());
			assertTrue(gaps.getPrintSetup().getLandscape());

			XSSFSheet minimum = workbook.getSheet("最低限要求事項（全回答不適合）");
			assertEquals("6.7/C/3", minimum.getRow(2).getCell(0).getStringCellValue());
			assertEquals("1.8-①-1\n1.8-①-4", minimum.getRow(2).getCell(4).getStringCellValue());
			assertEquals("1.8-①-5", workbook.getSheet("未回答").getRow(1).getCell(0).getStringCellValue());
			assertEquals("1.1-③-6", workbook.getSheet("理由のない対象外").getRow(1).getCell(0).getStringCellValue());
		}
	}

	@Test
	void summarySheetHoldsTheCountsAsNumbers() throws IOException {
		try (XSSFWorkbook workbook = write(GapAnalysis.of(ChatworkFixture.disclosure()))) {
			XSSFSheet summary = workbook.getSheet("概要");
			assertEquals("ガイドライン適合性 ギャップ分析：Chatwork", summary.getRow(0).getCell(0).getStringCellValue());
			int nonconformantRow = findRow(summary, "不適合");
			XSSFCell count = summary.getRow(nonconformantRow).getCell(1);
			assertEquals(CellType.NUMERIC, count.getCellType());
			assertEquals(9, (int) count.getNumericCellValue());
			int firstCategory = findRow(summary, "1.人的・組織的対策");
			assertEquals(List.of(8, 5, 2, 1, 16), numbers(summary, firstCategory, 5));
		}
	}

	@Test
	void commentsStartingLikeFormulasStayText() throws IOException {
		// the fixture's gaps have plain comments; give two of them a dangerous start
		GapAnalysis analysis = GapAnalysis.of(DisclosureEdits.mapAnswers(ChatworkFixture.disclosure(),
				(item, answer) -> answer.status() != Status.NONCONFORMANT ? answer
						: answer.id().equals("1.8-①-1") ? DisclosureEdits.withComment(answer, "=1+1")
								: answer.id().equals("3.1-④-13") ? DisclosureEdits.withComment(answer, "-廃棄証明は発行していません")
										: answer));
		try (XSSFWorkbook workbook = write(analysis)) {
			XSSFSheet gaps = workbook.getSheet("不適合");
			for (String id : List.of("1.8-①-1", "3.1-④-13")) {
				XSSFCell comment = gaps.getRow(findRow(gaps, id)).getCell(7);
				assertEquals(CellType.STRING, comment.getCellType(), id);
				assertTrue(comment.getCellStyle().getQuotePrefixed(), id);
			}
			assertEquals("=1+1", gaps.getRow(findRow(gaps, "1.8-①-1")).getCell(7).getStringCellValue());
		}
	}

	private XSSFWorkbook write(GapAnalysis analysis) throws IOException {
		Path file = folder.resolve("gap-" + System.nanoTime() + ".xlsx");
		new GapWorkbookWriter().write(analysis, file);
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	private static int findRow(XSSFSheet sheet, String firstCell) {
		for (int row = 0; row <= sheet.getLastRowNum(); row++) {
			if (sheet.getRow(row) != null && sheet.getRow(row).getCell(0) != null
					&& firstCell.equals(sheet.getRow(row).getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row starting with " + firstCell);
	}

	private static List<Integer> numbers(XSSFSheet sheet, int row, int count) {
		List<Integer> numbers = new ArrayList<>();
		for (int column = 1; column <= count; column++) {
			XSSFCell cell = sheet.getRow(row).getCell(column);
			assertNotNull(cell);
			numbers.add((int) cell.getNumericCellValue());
		}
		return numbers;
	}
}
