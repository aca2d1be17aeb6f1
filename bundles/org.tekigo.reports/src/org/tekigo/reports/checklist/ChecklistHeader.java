package org.tekigo.reports.checklist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.tekigo.reports.model.DisclosureView;
import org.tekigo.reports.xlsx.TextCells;

/**
 * The two header rows of the published checklist:
 *
 * <pre>
 * | 対策項目              | 対策項目で対応   | 関連する医療情報安全管理ガイドライン要求事項 | ガイドライン | Chatwork | Tekigo |
 * | 大項目 | 小項目 | 内容 | できるシナリオ例 | 項番 | 区分 | 内容（5.1版） | 内容          | への適合性   | の見解   | ID     |
 * </pre>
 */
final class ChecklistHeader {

	static final String MEASURES = "対策項目";
	static final String SCENARIO = "対策項目で対応できるシナリオ例";
	static final String REQUIREMENTS = "関連する医療情報安全管理ガイドライン要求事項";
	static final String CATEGORY = "大項目";
	static final String GROUP = "小項目";
	static final String CONTENT = "内容";
	static final String SECTION = "項番";
	static final String CLASS = "区分";

	private static final Pattern TRAILING_VERSION = Pattern.compile("(\\d+(?:\\.\\d+)*)\\s*$");

	private ChecklistHeader() {
	}

	static void write(Sheet sheet, DisclosureView disclosure, ChecklistStyles styles, TextCells cells, float rowPoints) {
		Row top = sheet.createRow(0);
		Row sub = sheet.createRow(1);
		top.setHeightInPoints(rowPoints);
		sub.setHeightInPoints(rowPoints);
		for (ChecklistColumn column : ChecklistColumn.values()) {
			top.createCell(column.index()).setCellStyle(styles.header);
			sub.createCell(column.index()).setCellStyle(styles.header);
		}
		set(top, ChecklistColumn.CATEGORY, MEASURES, styles, cells);
		set(top, ChecklistColumn.SCENARIO, SCENARIO, styles, cells);
		set(top, ChecklistColumn.SECTION, REQUIREMENTS, styles, cells);
		set(top, ChecklistColumn.STATUS, ChecklistFormat.STATUS_HEADER, styles, cells);
		set(top, ChecklistColumn.COMMENT, commentHeader(disclosure), styles, cells);
		set(top, ChecklistColumn.ID, ChecklistFormat.ID_HEADER, styles, cells);

		set(sub, ChecklistColumn.CATEGORY, CATEGORY, styles, cells);
		set(sub, ChecklistColumn.GROUP, GROUP, styles, cells);
		set(sub, ChecklistColumn.MEASURE, CONTENT, styles, cells);
		set(sub, ChecklistColumn.SECTION, SECTION, styles, cells);
		set(sub, ChecklistColumn.CLASS, CLASS, styles, cells);
		set(sub, ChecklistColumn.TEXT, currentTextHeader(disclosure.guidelineTitle()), styles, cells);
		set(sub, ChecklistColumn.PREVIOUS_TEXT, CONTENT, styles, cells);

		merge(sheet, 0, 0, ChecklistColumn.CATEGORY, ChecklistColumn.ITEM);
		merge(sheet, 0, 1, ChecklistColumn.SCENARIO, ChecklistColumn.SCENARIO);
		merge(sheet, 0, 0, ChecklistColumn.SECTION, ChecklistColumn.PREVIOUS_TEXT);
		merge(sheet, 0, 1, ChecklistColumn.STATUS, ChecklistColumn.STATUS);
		merge(sheet, 0, 1, ChecklistColumn.COMMENT, ChecklistColumn.COMMENT);
		merge(sheet, 0, 1, ChecklistColumn.ID, ChecklistColumn.ID);
		merge(sheet, 1, 1, ChecklistColumn.MEASURE, ChecklistColumn.ITEM);
	}

	static String commentHeader(DisclosureView disclosure) {
		return disclosure.vendor() + ChecklistFormat.COMMENT_HEADER_SUFFIX;
	}

	/** "内容（5.1版）" for "…ガイドライン 5.1": the header names the version the texts come from. */
	static String currentTextHeader(String guidelineTitle) {
		Matcher version = TRAILING_VERSION.matcher(guidelineTitle == null ? "" : guidelineTitle);
		return version.find() ? CONTENT + "（" + version.group(1) + "版）" : CONTENT;
	}

	private static void set(Row row, ChecklistColumn column, String text, ChecklistStyles styles, TextCells cells) {
		Cell cell = row.getCell(column.index());
		cells.set(cell, text, styles.header);
	}

	private static void merge(Sheet sheet, int firstRow, int lastRow, ChecklistColumn first, ChecklistColumn last) {
		sheet.addMergedRegionUnsafe(new CellRangeAddress(firstRow, lastRow, first.index(), last.index()));
	}
}
