package org.tekigo.reports.tests.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.reports.checklist.CellNote;
import org.tekigo.reports.checklist.ChecklistFormatException;
import org.tekigo.reports.review.JudgedReview;
import org.tekigo.reports.review.JudgedRow;
import org.tekigo.reports.review.ReviewAnalysis;
import org.tekigo.reports.review.ReviewView;
import org.tekigo.reports.review.ReviewView.Judgement;
import org.tekigo.reports.review.ReviewWorkbookReader;
import org.tekigo.reports.review.ReviewWorkbookWriter;

/**
 * review-&lt;id&gt;.xlsx as a workbook to judge in: the verdict column's drop-down, the sheet's
 * protection with only the judge's cells unlocked, the hidden id, pin and fingerprint; and how it
 * reads back, edited as a person edits it, or damaged as a careless or hostile tool leaves it.
 */
class ReviewWorkbookJudgingTest {

	/** The verdicts sheet's columns, as the writer lays them out. */
	static final int ANSWER = 0, STATUS = 2, VERDICT = 4, NOTE = 5, DATE = 6, AGAIN = 7, ACTION = 8, OWNER = 9, DUE = 10, ID = 11, PIN = 12,
			JUDGED = 13;
	static final List<Integer> JUDGES_COLUMNS = List.of(VERDICT, NOTE, ACTION, OWNER, DUE);

	@TempDir
	Path folder;

	private final ReviewWorkbookReader reader = new ReviewWorkbookReader();
	private Path written;

	/** The fixture's review, each answer's row with the pin a verdict given now would get. */
	static ReviewView pinnedReview() {
		ReviewView review = ReviewFixture.review();
		List<ReviewView.Row> rows = review.rows().stream().map(r -> new ReviewView.Row(r.answerId(), r.itemText(), r.status(), r.comment(),
				r.minimumGap(), r.judged(), r.judgement(), r.note(), r.date(), r.suspect(), r.orphan(), r.followUp(), r.line(),
				r.orphan() ? "" : "pinned " + r.status() + " 0a1b2c3d")).toList();
		return new ReviewView(review.id(), review.title(), review.reviewer(), review.disclosureId(), review.vendor(), rows);
	}

	@BeforeEach
	void writeWorkbook() throws IOException {
		written = folder.resolve("review-kyoto-chatwork.xlsx");
		new ReviewWorkbookWriter().write(ReviewAnalysis.of(pinnedReview()), written);
	}

	@Test
	void theVerdictColumnHasADropDownOfExactlyTheFourVerdicts() throws IOException {
		try (XSSFWorkbook workbook = open(written)) {
			XSSFSheet sheet = verdicts(workbook);
			List<XSSFDataValidation> validations = sheet.getDataValidations();
			assertEquals(1, validations.size());
			XSSFDataValidation dropDown = validations.get(0);
			assertEquals(List.of("受入可", "要確認", "受入不可", "未判定"), List.of(dropDown.getValidationConstraint().getExplicitListValues()));
			assertEquals(List.of(new CellRangeAddress(1, 8, VERDICT, VERDICT)), List.of(dropDown.getRegions().getCellRangeAddresses()));
			assertEquals(DataValidation.ErrorStyle.STOP, dropDown.getErrorStyle());
			assertTrue(dropDown.getShowErrorBox());
		}
	}

	@Test
	void theSheetIsLockedWithoutPasswordAndOnlyTheJudgesCellsAreUnlocked() throws IOException {
		try (XSSFWorkbook workbook = open(written)) {
			XSSFSheet sheet = verdicts(workbook);
			assertTrue(sheet.getProtect(), "the sheet is protected");
			var protection = sheet.getCTWorksheet().getSheetProtection();
			assertFalse(protection.isSetPassword() || protection.isSetHashValue(), "no password: a guard against slips");
			assertFalse(protection.getAutoFilter(), "the filter still works");
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				for (int column = ANSWER; column <= JUDGED; column++) {
					CellStyle style = row.getCell(column).getCellStyle();
					assertEquals(!JUDGES_COLUMNS.contains(column), style.getLocked(), "row " + (r + 1) + ", column " + column);
				}
			}
			assertTrue(sheet.getRow(0).getCell(VERDICT).getCellStyle().getLocked(), "the header is locked");
		}
	}

	@Test
	void theIdPinAndFingerprintAreInHiddenColumns() throws IOException {
		try (XSSFWorkbook workbook = open(written)) {
			XSSFSheet sheet = verdicts(workbook);
			for (int column = ANSWER; column <= JUDGED; column++) {
				assertEquals(column >= ID, sheet.isColumnHidden(column), "column " + column);
			}
			assertEquals(List.of("Tekigo ID", "Tekigo pin", "Tekigo judged"), List.of(text(sheet, 0, ID), text(sheet, 0, PIN), text(sheet, 0, JUDGED)));
			Row question = sheet.getRow(3);
			assertEquals("1.1-⑤-6", text(sheet, 3, ID));
			assertEquals("pinned 不適合 0a1b2c3d", question.getCell(PIN).getStringCellValue());
			assertEquals(8, text(sheet, 3, JUDGED).length(), "a fingerprint");
			assertEquals("", text(sheet, 8, PIN), "the answer is gone: nothing to pin to");
			assertEquals(List.of("ベンダーへ照会", "情報システム課 佐藤", "2027-01-15"), List.of(text(sheet, 3, ACTION), text(sheet, 3, OWNER), text(sheet, 3, DUE)));
		}
	}

	@Test
	void anUnchangedWorkbookReadsBackEveryRowAsUntouched() throws Exception {
		JudgedReview read = reader.read(written);
		assertEquals("kyoto-chatwork", read.review());
		assertEquals("chatwork", read.disclosure());
		assertEquals(pinnedReview().rows().stream().map(ReviewView.Row::answerId).toList(), List.copyOf(read.rows().keySet()));
		assertTrue(read.rows().values().stream().allMatch(JudgedRow::untouched), read.rows().toString());
		assertEquals(Judgement.NEEDS_CLARIFICATION, read.rows().get("1.1-⑤-6").verdict());
		assertNull(read.rows().get("1.2-①-2").verdict(), "no verdict");
		assertEquals(Judgement.PENDING, read.rows().get("1.2-①-1").verdict());
		assertEquals(ReviewFixture.FORMULA_NOTE, read.rows().get("1.5-②-2").note(), "a note that looks like a formula is text");
		assertTrue(read.notes().isEmpty(), read.notes().toString());
	}

	@Test
	void aVerdictNoteAndFollowUpGivenInTheWorkbookAreReadByTheRowsId() throws Exception {
		Path edited = edit(sheet -> {
			set(sheet, 6, VERDICT, "要確認"); // 1.2-①-2, which had no verdict
			set(sheet, 6, NOTE, "手順書の提出を求める\r\n二行目");
			set(sheet, 1, ACTION, "契約書の確認");
			set(sheet, 1, OWNER, "医療情報部 山田");
			Cell due = sheet.getRow(1).getCell(DUE);
			due.setCellValue(LocalDate.of(2027, 2, 26)); // as Excel stores a typed date
			CellStyle dated = sheet.getWorkbook().createCellStyle();
			dated.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("yyyy/m/d"));
			due.setCellStyle(dated);
			// The first row moved to the end: the id, not the position, says whose verdict it is.
			sheet.shiftRows(1, 1, 20);
			sheet.shiftRows(2, 8, -1);
			sheet.shiftRows(21, 21, -13);
		});
		JudgedReview read = reader.read(edited);
		assertEquals(List.of("1.1-③-10", "1.1-①-1"), List.of(read.rows().keySet().iterator().next(), List.copyOf(read.rows().keySet()).getLast()));
		JudgedRow given = read.rows().get("1.2-①-2");
		assertEquals(Judgement.NEEDS_CLARIFICATION, given.verdict());
		assertEquals("手順書の提出を求める\n二行目", given.note());
		assertFalse(given.untouched());
		JudgedRow followed = read.rows().get("1.1-①-1");
		assertEquals(List.of("契約書の確認", "医療情報部 山田", "2027-02-26"), List.of(followed.action(), followed.owner(), followed.due()));
		assertFalse(followed.untouched());
		assertTrue(read.rows().get("1.1-⑤-6").untouched());
	}

	@Test
	void aFormulaInANoteIsReportedAndTheVerdictKeepsItsNote() throws Exception {
		Path edited = edit(sheet -> {
			Cell note = sheet.getRow(3).getCell(NOTE);
			note.setBlank();
			note.setCellFormula("CONCATENATE(\"a\",\"b\")"); // saved without a value
		});
		JudgedReview read = reader.read(edited);
		assertNull(read.rows().get("1.1-⑤-6").note(), "unknown: the verdict keeps its note");
		assertEquals(List.of("sheet \"Verdicts\", cell F4 (1.1-⑤-6): a formula (=CONCATENATE(\"a\",\"b\")) saved without its value;"
				+ " the verdict keeps its note"), read.notes().stream().map(CellNote::toString).toList());
	}

	@Test
	void refusesACopiedRowNamingBothRows() throws IOException {
		assertRefused(edit(sheet -> set(sheet, 2, ID, "1.1-①-1")),
				"sheet \"Verdicts\", row 3: the id \"1.1-①-1\" was already in row 2; was a row copied?");
	}

	@Test
	void refusesAVerdictWordNotInTheList() throws IOException {
		assertRefused(edit(sheet -> set(sheet, 2, VERDICT, "OK")),
				"sheet \"Verdicts\", row 3: unknown verdict \"OK\" (expected 受入可, 要確認, 受入不可, 未判定, or empty)");
	}

	@Test
	void refusesAVerdictInARowWithoutId() throws IOException {
		assertRefused(edit(sheet -> {
			Row added = sheet.createRow(12);
			added.createCell(VERDICT).setCellValue("受入可");
		}), "sheet \"Verdicts\", row 13: a verdict (受入可) in a row without a Tekigo id; verdicts cannot be added by inserting rows");
	}

	@Test
	void refusesAFollowUpWithoutItsAction() throws IOException {
		assertRefused(edit(sheet -> set(sheet, 2, OWNER, "医療情報部 山田")),
				"sheet \"Verdicts\", row 3: a follow-up owner or due date without its action; write what is to be done under \"Follow-up\"");
	}

	@Test
	void refusesADueDateThatIsNoDate() throws IOException {
		assertRefused(edit(sheet -> set(sheet, 4, DUE, "来月末")),
				"sheet \"Verdicts\", row 5: the follow-up due date \"来月末\" is not a date (write it as 2027-03-31, or leave it empty)");
	}

	@Test
	void refusesAnEditedPin() throws IOException {
		assertRefused(edit(sheet -> set(sheet, 1, PIN, "pinned 適合可能 gggggggg")),
				"sheet \"Verdicts\", row 2: the hidden pin \"pinned 適合可能 gggggggg\" is not as Tekigo wrote it; was it edited?"
						+ " Write the workbook again with tekigo report");
	}

	@Test
	void refusesAnotherFormatVersionAndARenamedSheet() throws IOException {
		Path version = edit(sheet -> sheet.getWorkbook().getSheet("tekigo").getRow(1).getCell(1).setCellValue("2"));
		assertRefused(version, "this is a Tekigo review workbook of format version 2; this Tekigo reads version 1");
		Path renamed = edit(sheet -> sheet.getWorkbook().setSheetName(sheet.getWorkbook().getSheetIndex(sheet), "判定（山田）"));
		assertRefused(renamed, "this is a Tekigo review workbook but its sheet \"Verdicts\" is missing; was it renamed?");
	}

	@Test
	void refusesAWorkbookThatIsNoReviewWorkbook() throws IOException {
		Path foreign = folder.resolve("budget.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(foreign)) {
			workbook.createSheet("予算").createRow(0).createCell(0).setCellValue("費目");
			workbook.write(out);
		}
		assertFalse(ReviewWorkbookReader.isTekigoReview(foreign));
		assertTrue(ReviewWorkbookReader.isTekigoReview(written));
		assertRefused(foreign, "this spreadsheet is not a Tekigo review workbook: it has neither the \"tekigo\" marker sheet"
				+ " nor the TekigoFormat document property that Tekigo writes");
	}

	@Test
	void refusesAZipBombWithASentenceNotAStackTrace() throws IOException {
		Path bomb = rewrite(written, folder.resolve("bomb.xlsx"), "xl/worksheets/sheet2.xml",
				xml -> xml.replace("<sheetData>", "<sheetData><!--" + " ".repeat(20_000_000) + "-->"));
		assertRefused(bomb, "refused: its part xl/worksheets/sheet2.xml would expand to far more than its stored size, as a \"zip bomb\" does");
	}

	@Test
	void refusesXmlThatDeclaresADocumentTypeWithoutReadingTheEntity() throws IOException {
		Path dtd = rewrite(written, folder.resolve("dtd.xlsx"), "xl/sharedStrings.xml", xml -> xml
				.replace("?>", "?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>").replaceFirst("<t>", "<t>&xxe;"));
		ChecklistFormatException refusal = assertThrows(ChecklistFormatException.class, () -> reader.read(dtd));
		assertTrue(refusal.getMessage().startsWith("refused: its XML declares a document type (DTD)"), refusal.getMessage());
		assertFalse(refusal.getMessage().contains("root:"), "the entity was not read");
	}

	private void assertRefused(Path file, String message) {
		ChecklistFormatException refusal = assertThrows(ChecklistFormatException.class, () -> reader.read(file));
		assertEquals(message, refusal.getMessage());
	}

	/** Opens the workbook as a person would, changes its verdicts sheet, saves it under a new name. */
	private Path edit(Consumer<XSSFSheet> change) throws IOException {
		Path edited = folder.resolve("edited-" + System.nanoTime() + ".xlsx");
		try (XSSFWorkbook workbook = open(written); OutputStream out = Files.newOutputStream(edited)) {
			change.accept(verdicts(workbook));
			workbook.write(out);
		}
		return edited;
	}

	static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	static XSSFSheet verdicts(XSSFWorkbook workbook) {
		return workbook.getSheet(ReviewWorkbookWriter.VERDICTS_SHEET);
	}

	static String text(XSSFSheet sheet, int row, int column) {
		Cell cell = sheet.getRow(row) == null ? null : sheet.getRow(row).getCell(column);
		return cell == null ? "" : cell.getStringCellValue();
	}

	private static void set(XSSFSheet sheet, int rowIndex, int column, String value) {
		Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
		Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
		cell.setCellValue(value);
	}

	/** Rewrites one part of an xlsx package as a hostile or careless tool might, the others byte for byte. */
	static Path rewrite(Path xlsx, Path target, String partName, UnaryOperator<String> change) throws IOException {
		List<String> seen = new ArrayList<>();
		try (ZipFile in = new ZipFile(xlsx.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
			out.setLevel(Deflater.BEST_COMPRESSION);
			for (ZipEntry entry : java.util.Collections.list(in.entries())) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				byte[] bytes;
				try (InputStream part = in.getInputStream(entry)) {
					bytes = part.readAllBytes();
				}
				if (entry.getName().equals(partName)) {
					seen.add(partName);
					bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
				}
				out.write(bytes);
				out.closeEntry();
			}
		}
		assertEquals(List.of(partName), seen, "the part to rewrite");
		return target;
	}
}
