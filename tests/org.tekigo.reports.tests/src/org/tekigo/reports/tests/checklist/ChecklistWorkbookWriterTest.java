package org.tekigo.reports.tests.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tekigo.reports.tests.checklist.ChecklistSheets.CATEGORY;
import static org.tekigo.reports.tests.checklist.ChecklistSheets.CLASS;
import static org.tekigo.reports.tests.checklist.ChecklistSheets.COMMENT;
import static org.tekigo.reports.tests.checklist.ChecklistSheets.FIRST_DATA_ROW;
import static org.tekigo.reports.tests.checklist.ChecklistSheets.ID;
import static org.tekigo.reports.tests.checklist.ChecklistSheets.ITEM;
import static org.tekigo.reports.tests.checklist.ChecklistSheets.MEASURE;
import static org.tekigo.reports.tests.checklist.ChecklistSheets.SCENARIO;
import static org.tekigo.reports.tests.checklist.ChecklistSheets.SECTION;
import static org.tekigo.reports.tests.checklist.ChecklistSheets.STATUS;
import static org.tekigo.reports.tests.checklist.ChecklistSheets.TEXT;
import static org.tekigo.reports.tests.checklist.ChecklistSheets.rowOf;
import static org.tekigo.reports.tests.checklist.ChecklistSheets.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.reports.checklist.ChecklistWorkbookWriter;
import org.tekigo.reports.model.DisclosureView;
import org.tekigo.reports.tests.fixture.ChatworkFixture;

/**
 * Opens the written checklist with POI and checks what a hospital reader and a vendor editing
 * it would see. Excel rows below are 1-based as Excel shows them; POI indexes are 0-based.
 */
class ChecklistWorkbookWriterTest {

	@TempDir
	Path folder;

	private final DisclosureView disclosure = ChatworkFixture.disclosure();
	private XSSFWorkbook workbook;
	private XSSFSheet sheet;

	@BeforeEach
	void writeChecklist() throws IOException {
		Path file = folder.resolve("checklist.xlsx");
		new ChecklistWorkbookWriter().write(disclosure, file);
		workbook = ChecklistSheets.open(file);
		sheet = workbook.getSheet("チェックリスト");
	}

	@AfterEach
	void close() throws IOException {
		workbook.close();
	}

	@Test
	void theChecklistIsTheFirstAndActiveSheet() {
		assertNotNull(sheet);
		assertEquals(0, workbook.getSheetIndex(sheet));
		assertEquals(0, workbook.getActiveSheetIndex());
	}

	@Test
	void twoHeaderRowsAsPublished() {
		assertEquals("対策項目", text(sheet, 0, 0));
		assertEquals("対策項目で対応できるシナリオ例", text(sheet, 0, SCENARIO));
		assertEquals("関連する医療情報安全管理ガイドライン要求事項", text(sheet, 0, SECTION));
		assertEquals("ガイドラインへの適合性", text(sheet, 0, STATUS));
		assertEquals("Chatworkの見解", text(sheet, 0, COMMENT));
		assertEquals(List.of("大項目", "小項目", "内容", "", "", "項番", "区分", "内容（5.1版）", "内容"),
				List.of(text(sheet, 1, 0), text(sheet, 1, 1), text(sheet, 1, 2), text(sheet, 1, 3), text(sheet, 1, 4),
						text(sheet, 1, 5), text(sheet, 1, 6), text(sheet, 1, 7), text(sheet, 1, 8)));

		Set<String> merges = mergedRanges();
		for (String headerMerge : List.of("A1:D1", "E1:E2", "F1:I1", "J1:J2", "K1:K2", "L1:L2", "C2:D2")) {
			assertTrue(merges.contains(headerMerge), headerMerge + " in " + merges);
		}
	}

	@Test
	void theTenPublishedHeadersReadLeftToRightThenTheHiddenId() {
		// What a reader sees across the header: each merged header once, the lower row where it has one.
		List<String> headers = new ArrayList<>();
		for (int column = 0; column <= ID; column++) {
			String lower = text(sheet, 1, column);
			String header = lower.isEmpty() && !isCoveredBy(1, column, "C2:D2") ? text(sheet, 0, column) : lower;
			if (!header.isEmpty()) {
				headers.add(header);
			}
		}
		assertEquals(List.of("大項目", "小項目", "内容", "対策項目で対応できるシナリオ例", "項番", "区分", "内容（5.1版）", "内容",
				"ガイドラインへの適合性", "Chatworkの見解", "Tekigo ID"), headers);
		for (int column = 0; column < ID; column++) {
			assertFalse(sheet.isColumnHidden(column), "column " + column + " visible");
			assertTrue(sheet.getColumnWidth(column) >= 10 * 256, "column " + column + " wide enough to read");
		}
		assertTrue(sheet.isColumnHidden(ID), "the stable id column is hidden");
	}

	@Test
	void everyAnswerHasARowWithItsStatusAndComment() {
		List<String> ids = ChatworkFixture.rowIds(disclosure);
		assertEquals(24, ids.size());
		assertEquals(FIRST_DATA_ROW + ids.size() - 1, sheet.getLastRowNum());
		for (int index = 0; index < ids.size(); index++) {
			assertEquals(ids.get(index), text(sheet, FIRST_DATA_ROW + index, ID), "row " + (FIRST_DATA_ROW + index + 1));
		}
		disclosure.categories().forEach(category -> category.groups().forEach(group -> group.measures()
				.forEach(measure -> measure.items().forEach(item -> item.answers().forEach(answer -> {
					int row = rowOf(sheet, answer.id());
					assertEquals(answer.status().label(), text(sheet, row, STATUS), answer.id());
					assertEquals(answer.comment(), text(sheet, row, COMMENT), answer.id());
				})))));
	}

	@Test
	void anUnansweredItemHasARowWithAnEmptyStatus() {
		int row = rowOf(sheet, "1.8-①-5");
		assertEquals("", text(sheet, row, STATUS));
		assertTrue(text(sheet, row, ITEM).startsWith("①-4に関して、医療機関等へのサポート"));
	}

	@Test
	void measureHeadingItemTextAndScenarioAsPublished() {
		assertEquals("1.人的・組織的対策", text(sheet, 2, CATEGORY));
		assertEquals("1.1.規程・手順の策定", text(sheet, 2, 1));
		assertEquals("①アクセス管理規定の策定", text(sheet, 2, MEASURE));
		assertEquals("医療情報システム等へのアクセス制限、記録、点検等を定めたアクセス管理規定を作成し、医療機関等の求めに応じて提出できる状態にしておく。",
				text(sheet, 2, ITEM));
		assertEquals("権限のない第三者や内部不正による不正な閲覧や操作が行われる。", text(sheet, 2, SCENARIO));
		assertEquals("6.3組織的安全管理対策（体制、運用管理規程）", text(sheet, 2, SECTION));
		assertEquals("C.最低限のガイドライン", text(sheet, 2, CLASS));
		assertEquals("3.医療情報システムへのアクセス制限、記録、点検等を定めたアクセス管理規程を作成すること。", text(sheet, 2, TEXT));
	}

	@Test
	void aWholeItemAnswerListsItsRequirementsBetweenDashedLines() {
		int row = rowOf(sheet, "1.7-①-2");
		assertEquals("6.6人的安全対策\n-----\n8.1.2外部保存を受託する機関の選定基準及び情報の取扱いに関する基準", text(sheet, row, SECTION));
		assertTrue(text(sheet, row, CLASS).contains("-----\nC.最低限のガイドライン\n2. 医療機関等が外部の事業者との契約に基づいて確保した安全な場所に保存する場合\nD.推奨されるガイドライン"));
		assertTrue(text(sheet, row, TEXT).contains("(D.推奨されるガイドライン)\n2. 医療機関等が外部の事業者との契約に基づいて"));
	}

	@Test
	void anItemAnsweredPerRequirementHasOneRowPerAnswerWithItsOwnRequirement() {
		int first = rowOf(sheet, "1.7-①-1[6.6/C/2/1]");
		assertEquals(first + 1, rowOf(sheet, "1.7-①-1[8.1.2/C/2/5]"));
		assertEquals(first + 2, rowOf(sheet, "1.7-①-1[8.1.2/D/2]"));
		assertEquals("適合可能", text(sheet, first + 1, STATUS));
		assertEquals("不適合", text(sheet, first + 2, STATUS));
		assertEquals("D.推奨されるガイドライン", text(sheet, first + 2, CLASS));
		assertTrue(mergedRanges().contains("D11:D13"), "the item text spans its three answers");
	}

	@Test
	void categoriesGroupsMeasuresAndSharedRequirementsAreMergedOverTheirRows() {
		Set<String> merges = mergedRanges();
		// categories: rows 3-18, 19-20, 21-26
		for (String range : List.of("A3:A18", "A19:A20", "A21:A26",
				// groups 1.1, 1.7, 1.8, 2.1, 3.1, 3.20
				"B3:B10", "B11:B15", "B16:B18", "B19:B20", "B21:B24", "B25:B26",
				// measures: heading and scenario
				"C3:C4", "E3:E4", "C5:C8", "E5:E8", "C9:C10", "C11:C15", "E11:E15", "C16:C18", "C25:C26",
				// the same requirement cells over consecutive items of a measure
				"F3:F4", "G3:G4", "H3:H4", "I3:I4", "F6:F7", "F9:F10", "F14:F15", "I14:I15", "F16:F18", "H16:H18",
				"F23:F24")) {
			assertTrue(merges.contains(range), range + " merged; merges: " + merges);
		}
		// answers, comments and ids are never merged: each row is edited on its own
		for (CellRangeAddress merge : sheet.getMergedRegions()) {
			if (merge.getFirstRow() >= FIRST_DATA_ROW) {
				assertTrue(merge.getFirstColumn() < STATUS, "no merge in the answer columns: " + merge.formatAsString());
			}
		}
		// different requirements in neighbouring rows stay apart: 6.7/C/1 (row 5) and 6.7/C/2 (rows 6-7)
		assertFalse(merges.stream().anyMatch(range -> range.startsWith("F5:")), merges.toString());
	}

	@Test
	void theStatusCellOffersExactlyTheThreePublishedValues() {
		List<? extends DataValidation> validations = sheet.getDataValidations();
		assertEquals(1, validations.size());
		DataValidation validation = validations.get(0);
		assertEquals(List.of("適合可能", "不適合", "対象外"), List.of(validation.getValidationConstraint().getExplicitListValues()));
		assertEquals(List.of("J3:J26"), List.of(validation.getRegions().getCellRangeAddresses()).stream()
				.map(CellRangeAddress::formatAsString).toList());
		assertTrue(validation.getShowErrorBox(), "a typed fourth value is refused");
		assertTrue(validation.getEmptyCellAllowed(), "a row may stay unanswered");
		// OOXML's showDropDown="1" would hide the arrow in Excel
		assertFalse(sheet.getCTWorksheet().getDataValidations().getDataValidationArray(0).getShowDropDown());
	}

	@Test
	void theStatusColourFollowsTheValueThroughConditionalFormatting() {
		SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
		assertTrue(formatting.getNumConditionalFormattings() > 0);
		Set<String> conditions = new LinkedHashSet<>();
		for (int index = 0; index < formatting.getNumConditionalFormattings(); index++) {
			ConditionalFormatting format = formatting.getConditionalFormattingAt(index);
			for (CellRangeAddress range : format.getFormattingRanges()) {
				assertEquals("J3:J26", range.formatAsString());
			}
			for (int rule = 0; rule < format.getNumberOfRules(); rule++) {
				assertNotNull(format.getRule(rule).getPatternFormatting(), "each rule fills the cell");
				conditions.add(format.getRule(rule).getFormula1());
			}
		}
		assertTrue(conditions.containsAll(List.of("\"適合可能\"", "\"不適合\"", "\"対象外\"")), conditions.toString());
	}

	@Test
	void headerFrozenAndFilterOverEveryColumnIncludingTheId() {
		PaneInformation pane = sheet.getPaneInformation();
		assertTrue(pane.isFreezePane());
		assertEquals(2, pane.getHorizontalSplitPosition());
		assertEquals(0, pane.getVerticalSplitPosition());
		// the id must be inside the filter range, or sorting through the filter would separate rows from their ids
		assertEquals("A2:L26", sheet.getCTWorksheet().getAutoFilter().getRef());
	}

	@Test
	void printsOnA3LandscapeFitToWidthWithTheHeaderOnEveryPage() {
		PrintSetup print = sheet.getPrintSetup();
		assertEquals(PrintSetup.A3_PAPERSIZE, print.getPaperSize());
		assertTrue(print.getLandscape());
		assertTrue(sheet.getFitToPage());
		assertEquals(1, print.getFitWidth());
		assertEquals(0, print.getFitHeight());
		CellRangeAddress repeating = sheet.getRepeatingRows();
		assertNotNull(repeating);
		assertEquals(0, repeating.getFirstRow());
		assertEquals(1, repeating.getLastRow());
	}

	@Test
	void textsStartingLikeFormulasStayTextWithAQuotePrefix() {
		XSSFCell equals = sheet.getRow(rowOf(sheet, "1.1-⑥-2")).getCell(COMMENT);
		assertEquals(CellType.STRING, equals.getCellType());
		assertEquals(ChatworkFixture.HYPERLINK_COMMENT, equals.getStringCellValue());
		assertTrue(equals.getCellStyle().getQuotePrefixed());

		XSSFCell dash = sheet.getRow(rowOf(sheet, "3.1-⑤-3")).getCell(COMMENT);
		assertEquals(CellType.STRING, dash.getCellType());
		assertTrue(dash.getCellStyle().getQuotePrefixed());
		assertTrue(dash.getCellStyle().getWrapText(), "the quoted style keeps the wrapping");

		XSSFCell plain = sheet.getRow(rowOf(sheet, "1.1-①-1")).getCell(COMMENT);
		assertFalse(plain.getCellStyle().getQuotePrefixed());

		for (int row = FIRST_DATA_ROW; row <= sheet.getLastRowNum(); row++) {
			for (int column = 0; column <= ID; column++) {
				XSSFCell cell = sheet.getRow(row).getCell(column);
				assertTrue(cell == null || cell.getCellType() != CellType.FORMULA, "no formula anywhere");
			}
		}
	}

	@Test
	void rowsAreTallEnoughForTheirText() {
		float oneLine = sheet.getDefaultRowHeightInPoints();
		int longComment = rowOf(sheet, "1.1-③-10");
		assertTrue(sheet.getRow(longComment).getHeightInPoints() > 4 * oneLine,
				"a seven-line item is not squeezed into one line");
		for (int row = FIRST_DATA_ROW; row <= sheet.getLastRowNum(); row++) {
			assertTrue(sheet.getRow(row).getCell(ITEM).getCellStyle().getWrapText());
		}
	}

	@Test
	void stylesAreSharedNotCreatedPerCell() {
		int cells = (sheet.getLastRowNum() + 1) * (ID + 1);
		assertTrue(workbook.getNumCellStyles() < 16, workbook.getNumCellStyles() + " styles for " + cells + " cells");
	}

	@Test
	void markedAsATekigoChecklistWithAFormatVersion() {
		XSSFSheet marker = workbook.getSheet("tekigo");
		assertNotNull(marker);
		assertEquals(SheetVisibility.VERY_HIDDEN, workbook.getSheetVisibility(workbook.getSheetIndex(marker)));
		assertEquals("format", marker.getRow(0).getCell(0).getStringCellValue());
		assertEquals("tekigo-checklist", marker.getRow(0).getCell(1).getStringCellValue());
		assertEquals("1", marker.getRow(1).getCell(1).getStringCellValue());
		var custom = workbook.getProperties().getCustomProperties();
		assertEquals("tekigo-checklist", custom.getProperty("TekigoFormat").getLpwstr());
		assertEquals(1, custom.getProperty("TekigoFormatVersion").getI4());
	}

	private Set<String> mergedRanges() {
		Set<String> ranges = new LinkedHashSet<>();
		sheet.getMergedRegions().forEach(range -> ranges.add(range.formatAsString()));
		return ranges;
	}

	private boolean isCoveredBy(int row, int column, String range) {
		return CellRangeAddress.valueOf(range).isInRange(row, column);
	}
}
