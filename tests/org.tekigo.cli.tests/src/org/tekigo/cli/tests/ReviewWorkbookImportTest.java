package org.tekigo.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tekigo.cli.tests.CheckCommandTest.tekigo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.cli.tests.CheckCommandTest.Run;

/**
 * The example review (examples/hospital/kyoto-chatwork.tekigo, of examples/chatwork) goes to
 * review-kyoto-chatwork.xlsx and back: unchanged, the review comes back byte for byte; judged in
 * the workbook as a hospital judges in Excel, the judgements arrive in its text (a verdict given
 * or changed dated today and pinned to the answer as the workbook showed it), and nothing else
 * changes; a damaged or hostile workbook is refused naming its row, and nothing is written.
 */
class ReviewWorkbookImportTest {

	static final Path REVIEW = ImportCommandTest.SAMPLE.getParent().resolve("hospital/kyoto-chatwork.tekigo");
	/** The date the import gives the verdicts it changes (ImportCommand reads -Dtekigo.today). */
	static final String TODAY = "2026-12-01";
	static final String SHEET = "Verdicts";

	@TempDir
	Path dir;

	private Path workspace;
	private Path review;

	@BeforeEach
	void copyTheExample() throws IOException {
		System.setProperty("tekigo.today", TODAY);
		workspace = Files.createDirectories(dir.resolve("ws"));
		Path vendor = Files.createDirectories(workspace.resolve("chatwork"));
		for (String file : ImportCommandTest.FILES) {
			Files.copy(ImportCommandTest.SAMPLE.resolve(file), vendor.resolve(file));
		}
		review = Files.createDirectories(workspace.resolve("hospital")).resolve("kyoto-chatwork.tekigo");
		Files.copy(REVIEW, review);
	}

	@AfterEach
	void forgetToday() {
		System.clearProperty("tekigo.today");
	}

	/** The review workbook `tekigo report` writes for the workspace as it is now. */
	private Path workbook() {
		Run report = tekigo("report", workspace.toString(), "--out", dir.resolve("reports").toString());
		assertEquals(0, report.status(), report.out() + report.err());
		return dir.resolve("reports/chatwork/review-kyoto-chatwork.xlsx");
	}

	private Run importing(Path workbook) {
		return tekigo("import", workbook.toString(), "--out", workspace.toString());
	}

	@Test
	void anUnchangedWorkbookLeavesTheReviewByteForByte() throws IOException {
		byte[] before = Files.readAllBytes(review);
		Run run = importing(workbook());
		assertEquals(0, run.status(), run.out() + run.err());
		assertEquals(List.of(workspace + "/hospital/kyoto-chatwork.tekigo: 0 verdicts changed from " + dir.resolve("reports/chatwork/review-kyoto-chatwork.xlsx")),
				run.outLines());
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(review)), "the same bytes");
	}

	@Test
	void threeJudgementsMadeInTheWorkbookArriveAndNothingElseChanges() throws IOException {
		// A verdict not given yet, as `tekigo new-review` writes it.
		replaceInReview("\t1.1-②-1 受入可 on 2026-11-20 pinned 適合可能 c2ed3ca0\n", "\t1.1-②-1 未判定 pinned 適合可能 c2ed3ca0\n");
		String before = Files.readString(review);
		Path workbook = workbook();
		edit(workbook, sheet -> {
			set(sheet, "1.1-①-2", "Verdict", "受入不可");
			set(sheet, "1.1-①-2", "Note", "記録のレビューを定期的に行っていないため");
			set(sheet, "1.1-②-1", "Verdict", "要確認");
			set(sheet, "1.1-③-2", "Follow-up", "手順書の提出を依頼する");
			set(sheet, "1.1-③-2", "Follow-up owner", "情報システム課 佐藤");
			set(sheet, "1.1-③-2", "Follow-up due", "2027-02-26");
		});

		Run run = importing(workbook);

		assertEquals(0, run.status(), run.out() + run.err());
		String expected = before
				.replace("\t1.1-①-2 受入可 on 2026-11-20 pinned 適合可能 151aec6f\n",
						"\t1.1-①-2 受入不可 \"記録のレビューを定期的に行っていないため\" on " + TODAY + " pinned 適合可能 151aec6f\n")
				.replace("\t1.1-②-1 未判定 pinned 適合可能 c2ed3ca0\n", "\t1.1-②-1 要確認 on " + TODAY + " pinned 適合可能 c2ed3ca0\n")
				// A follow-up added alone: the verdict keeps its date and pin, as in the studio.
				.replace("\t1.1-③-2 受入可 on 2026-11-20 pinned 適合可能 62bb9687\n", "\t1.1-③-2 受入可 on 2026-11-20 pinned 適合可能 62bb9687\n"
						+ "\t\tfollow-up \"手順書の提出を依頼する\" owner \"情報システム課 佐藤\" due 2027-02-26\n");
		assertEquals(expected, Files.readString(review));
		assertEquals(List.of("kyoto-chatwork: 1.1-①-2: 受入可 → 受入不可 \"記録のレビューを定期的に行っていないため\"",
				"kyoto-chatwork: 1.1-②-1: 未判定 → 要確認",
				"kyoto-chatwork: 1.1-③-2: 受入可 → 受入可 follow-up \"手順書の提出を依頼する\" owner \"情報システム課 佐藤\" due 2027-02-26",
				workspace + "/hospital/kyoto-chatwork.tekigo: 3 verdicts changed from " + workbook), run.outLines());
		assertTrue(tekigo("check", workspace.toString()).outLines().getLast().startsWith("6 files checked: 0 errors"));
	}

	@Test
	void aNoteOrFollowUpChangedAloneKeepsTheVerdictsDateAndPin() throws IOException {
		String before = Files.readString(review);
		Path workbook = workbook();
		edit(workbook, sheet -> {
			set(sheet, "1.1-③-3", "Note", "資料は受領済み、内容を確認中");
			set(sheet, "1.1-③-3", "Follow-up", "");
			set(sheet, "1.1-③-3", "Follow-up owner", "");
			set(sheet, "1.1-③-3", "Follow-up due", "");
			set(sheet, "1.1-①-1", "Note", "");
		});

		Run run = importing(workbook);

		assertEquals(0, run.status(), run.out() + run.err());
		assertEquals(before.replace("\t1.1-③-3 要確認 \"根拠となる資料の提示を依頼する\" on 2026-11-20 pinned 適合可能 62bb9687\n"
				+ "\t\tfollow-up \"資料の受領\" owner \"情報システム課 佐藤\" due 2027-01-15\n",
				"\t1.1-③-3 要確認 \"資料は受領済み、内容を確認中\" on 2026-11-20 pinned 適合可能 62bb9687\n")
				.replace("\t1.1-①-1 受入不可 \"アクセス管理規定が未整備との回答のため\" on 2026-11-20", "\t1.1-①-1 受入不可 on 2026-11-20"),
				Files.readString(review));
		// The vendor changed 1.1-①-1 after it was judged; a note taken away is no new look at it.
		assertTrue(tekigo("check", workspace.toString()).out().contains("/hospital/kyoto-chatwork.tekigo:7:40: warning: suspect: the answer"
				+ " changed since it was reviewed on 2026-11-20 [tekigo.suspectVerdict]"));
	}

	@Test
	void aVerdictForAnAnswerWithoutOneGoesWhereTheDisclosuresOrderPutsIt() throws IOException {
		String original = Files.readString(review);
		String first = "\t1.1-①-1 受入不可 \"アクセス管理規定が未整備との回答のため\" on 2026-11-20 pinned 不適合 5e1f0a3b\n"
				+ "\t\tfollow-up \"規定の整備時期をベンダーに確認する\" owner \"医療情報部 山田\" due 2027-01-29\n";
		String middle = "\t1.1-③-2 受入可 on 2026-11-20 pinned 適合可能 62bb9687\n";
		replaceInReview(first, "");
		replaceInReview(middle, "");
		Path workbook = workbook();
		String pinNow = cell(workbook, "1.1-①-1", "Tekigo pin");
		assertEquals("pinned 適合可能 22cc8f2e", pinNow, "the answer as it is now (the example judged it when it was 不適合)");
		edit(workbook, sheet -> {
			set(sheet, "1.1-①-1", "Verdict", "受入不可");
			set(sheet, "1.1-①-1", "Note", "規定が未整備のため");
			set(sheet, "1.1-③-2", "Verdict", "受入可");
		});

		Run run = importing(workbook);

		assertEquals(0, run.status(), run.out() + run.err());
		assertEquals(original.replace(first, "\t1.1-①-1 受入不可 \"規定が未整備のため\" on " + TODAY + " " + pinNow + "\n")
				.replace(middle, "\t1.1-③-2 受入可 on " + TODAY + " pinned 適合可能 62bb9687\n"), Files.readString(review));
		assertEquals(List.of("kyoto-chatwork: 1.1-①-1: (no verdict) → 受入不可 \"規定が未整備のため\"", "kyoto-chatwork: 1.1-③-2: (no verdict) → 受入可"),
				run.outLines().subList(0, 2));
		Run check = tekigo("check", workspace.toString());
		assertFalse(check.out().contains("[tekigo.answerWithoutVerdict]"), check.out());
		assertFalse(check.out().contains("[tekigo.suspectVerdict]"), "pinned to the answer as it is: " + check.out());
	}

	@Test
	void anAnswerTheVendorChangedAfterTheWorkbookWasWrittenStaysSuspect() throws IOException {
		Path workbook = workbook();
		// The vendor rewords its answer while the hospital judges the workbook.
		Path disclosure = workspace.resolve("chatwork/chatwork.tekigo");
		Files.writeString(disclosure, Files.readString(disclosure).replace("記録のレビューについては定期確認は行っていないが、",
				"記録のレビューは年に一度行っており、"));
		edit(workbook, sheet -> set(sheet, "1.1-①-2", "Verdict", "受入不可"));

		Run run = importing(workbook);

		assertEquals(0, run.status(), run.out() + run.err());
		assertTrue(Files.readString(review).contains("\n\t1.1-①-2 受入不可 on " + TODAY + " pinned 適合可能 151aec6f\n"),
				"pinned to the answer the workbook showed, not to the answer now");
		List<String> suspect = tekigo("check", workspace.toString()).outLines().stream().filter(line -> line.contains("[tekigo.suspectVerdict]")).toList();
		assertEquals(List.of(workspace + "/hospital/kyoto-chatwork.tekigo:7:62: warning: suspect: the answer changed since it was reviewed on 2026-11-20"
				+ " [tekigo.suspectVerdict]", workspace + "/hospital/kyoto-chatwork.tekigo:9:41: warning: suspect: the answer changed since it"
				+ " was reviewed on " + TODAY + " [tekigo.suspectVerdict]"), suspect);
	}

	@Test
	void aRowLeftAsWrittenKeepsWhatTheReviewSaysSinceTheWorkbookWasWritten() throws IOException {
		Path workbook = workbook();
		// Someone judges in the text while the workbook is out; the workbook's row was not touched.
		replaceInReview("\t1.1-②-1 受入可 on 2026-11-20 pinned 適合可能 c2ed3ca0\n",
				"\t1.1-②-1 要確認 \"規程の版を確認する\" on 2026-11-25 pinned 適合可能 c2ed3ca0\n");
		byte[] before = Files.readAllBytes(review);
		Run run = importing(workbook);
		assertEquals(0, run.status(), run.out() + run.err());
		assertTrue(run.out().contains(": 0 verdicts changed from "), run.out());
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(review)), "the text's newer verdict stays");
	}

	@Test
	void aChangeToAVerdictWhoseAnswerIsGoneIsReportedNotBroughtIn() throws IOException {
		Path workbook = workbook();
		Path disclosure = workspace.resolve("chatwork/chatwork.tekigo");
		String answer = "\t1.1-①-2 適合可能 \"記録のレビューについては定期確認は行っていないが、問題発生時に確認を行っている。\"\n"
				+ "\t\tpinned 1bd2f453, 6.3/C/3 918cb76c\n";
		assertTrue(Files.readString(disclosure).contains(answer));
		Files.writeString(disclosure, Files.readString(disclosure).replace(answer, ""));
		byte[] before = Files.readAllBytes(review);
		edit(workbook, sheet -> set(sheet, "1.1-①-2", "Verdict", "受入不可"));
		Run run = importing(workbook);
		assertEquals(0, run.status(), run.out() + run.err());
		assertEquals(List.of(workbook + ": warning: sheet \"Verdicts\", row 3 (1.1-①-2): the answer is gone from disclosure chatwork;"
				+ " the changes in this row were not brought in", workspace + "/hospital/kyoto-chatwork.tekigo: 0 verdicts changed from " + workbook),
				run.outLines());
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(review)));
	}

	@Test
	void theWorkbookHasTheDropDownTheLockAndTheHiddenColumns() throws IOException {
		try (XSSFWorkbook workbook = open(workbook())) {
			XSSFSheet sheet = workbook.getSheet(SHEET);
			int verdict = column(sheet, "Verdict");
			var dropDown = sheet.getDataValidations().get(0);
			assertEquals(List.of("受入可", "要確認", "受入不可", "未判定"), List.of(dropDown.getValidationConstraint().getExplicitListValues()));
			assertEquals(List.of(new CellRangeAddress(1, 433, verdict, verdict)), List.of(dropDown.getRegions().getCellRangeAddresses()));
			assertEquals(DataValidation.ErrorStyle.STOP, dropDown.getErrorStyle());
			assertTrue(sheet.getProtect(), "protected");
			assertFalse(sheet.getCTWorksheet().getSheetProtection().isSetPassword(), "without a password");
			Row row = rowWithId(sheet, "1.3-②-1[6.6/C/2]");
			for (String header : List.of("Answer", "Measure item", "Status of the answer", "Comment of the answer", "Judged on", "Judge again",
					"Tekigo ID", "Tekigo pin")) {
				assertTrue(row.getCell(column(sheet, header)).getCellStyle().getLocked(), header + " is locked");
			}
			for (String header : List.of("Verdict", "Note", "Follow-up", "Follow-up owner", "Follow-up due")) {
				assertFalse(row.getCell(column(sheet, header)).getCellStyle().getLocked(), header + " is the judge's");
			}
			for (String header : List.of("Tekigo ID", "Tekigo pin", "Tekigo judged")) {
				assertTrue(sheet.isColumnHidden(column(sheet, header)), header + " is hidden");
			}
			assertFalse(sheet.isColumnHidden(verdict));
			assertEquals("pinned 不適合 ac9c048f", row.getCell(column(sheet, "Tekigo pin")).getStringCellValue());
			assertEquals("pinned 適合可能 151aec6f", rowWithId(sheet, "1.1-①-2").getCell(column(sheet, "Tekigo pin")).getStringCellValue());
			assertEquals(433, sheet.getLastRowNum(), "a row per answer");
		}
	}

	@Test
	void aCopiedRowIsRefusedNamingItsRowAndNothingIsWritten() throws IOException {
		Path workbook = workbook();
		edit(workbook, sheet -> {
			set(sheet, "1.1-①-2", "Verdict", "受入不可");
			set(sheet, "1.1-①-2", "Tekigo ID", "1.1-①-1");
		});
		assertRefused(workbook, "sheet \"Verdicts\", row 3: the id \"1.1-①-1\" was already in row 2; was a row copied?");
	}

	@Test
	void anEditedIdIsRefusedNamingItsRow() throws IOException {
		Path workbook = workbook();
		edit(workbook, sheet -> set(sheet, "1.1-①-2", "Tekigo ID", "1.1-①-12"));
		assertRefused(workbook, "sheet \"Verdicts\", row 3: the id \"1.1-①-12\" is no answer of the disclosure chatwork; was it edited?");
	}

	@Test
	void aVerdictNotInTheListIsRefusedNamingItsRow() throws IOException {
		Path workbook = workbook();
		edit(workbook, sheet -> set(sheet, "1.1-③-1", "Verdict", "問題なし"));
		assertRefused(workbook, "sheet \"Verdicts\", row 5: unknown verdict \"問題なし\" (expected 受入可, 要確認, 受入不可, 未判定, or empty)");
	}

	@Test
	void aFormulaInAVerdictCellIsReportedAndTheVerdictStays() throws IOException {
		byte[] before = Files.readAllBytes(review);
		Path workbook = workbook();
		edit(workbook, sheet -> {
			Cell cell = rowWithId(sheet, "1.1-①-2").getCell(column(sheet, "Verdict"));
			cell.setBlank();
			cell.setCellFormula("IF(TRUE,\"受入不可\",\"受入可\")"); // saved without its value
		});
		Run run = importing(workbook);
		assertEquals(0, run.status(), run.out() + run.err());
		assertEquals(List.of(workbook + ": warning: sheet \"Verdicts\", cell E3 (1.1-①-2): a formula (=IF(TRUE,\"受入不可\",\"受入可\")) saved without"
				+ " its value; the verdict stays as it is", workspace + "/hospital/kyoto-chatwork.tekigo: 0 verdicts changed from " + workbook),
				run.outLines());
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(review)));
	}

	@Test
	void aWorkbookImportedWhereItsReviewIsNotIsRefused() throws IOException {
		Path workbook = workbook();
		Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
		Files.copy(ImportCommandTest.SAMPLE.resolve("chatwork.tekigo"), elsewhere.resolve("chatwork.tekigo"));
		Run run = tekigo("import", workbook.toString(), "--out", elsewhere.toString());
		assertEquals(2, run.status(), run.out() + run.err());
		assertTrue(run.err().startsWith("tekigo: " + workbook + ": no review kyoto-chatwork in " + elsewhere), run.err());
	}

	private void assertRefused(Path workbook, String why) throws IOException {
		byte[] before = Files.readAllBytes(review);
		Run run = importing(workbook);
		assertEquals(2, run.status(), run.out() + run.err());
		assertEquals("tekigo: " + workbook + ": " + why + "; nothing was changed", run.err().strip());
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(review)), "nothing written");
	}

	private void replaceInReview(String line, String replacement) throws IOException {
		String text = Files.readString(review);
		assertTrue(text.contains(line), line);
		Files.writeString(review, text.replace(line, replacement));
	}

	/** Opens the workbook as a person would, changes its verdicts sheet, saves it. */
	static void edit(Path workbook, Consumer<XSSFSheet> change) throws IOException {
		try (XSSFWorkbook book = open(workbook)) {
			change.accept(book.getSheet(SHEET));
			try (OutputStream out = Files.newOutputStream(workbook)) {
				book.write(out);
			}
		}
	}

	static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	static String cell(Path workbook, String id, String header) throws IOException {
		try (XSSFWorkbook book = open(workbook)) {
			XSSFSheet sheet = book.getSheet(SHEET);
			return rowWithId(sheet, id).getCell(column(sheet, header)).getStringCellValue();
		}
	}

	static void set(XSSFSheet sheet, String id, String header, String value) {
		Row row = rowWithId(sheet, id);
		int column = column(sheet, header);
		Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
		cell.setCellValue(value);
	}

	static Row rowWithId(XSSFSheet sheet, String id) {
		int idColumn = column(sheet, "Tekigo ID");
		for (Row row : sheet) {
			Cell cell = row.getCell(idColumn);
			if (cell != null && id.equals(cell.getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + id);
	}

	static int column(XSSFSheet sheet, String header) {
		for (Cell cell : sheet.getRow(0)) {
			if (header.equals(cell.getStringCellValue())) {
				return cell.getColumnIndex();
			}
		}
		throw new AssertionError("no column " + header);
	}
}
