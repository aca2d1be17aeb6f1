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
 *
 * and, for a checklist of its own (no guideline, no requirements):
 *
 * <pre>
 * | 確認項目                 | 回答 | Vendor の見解 | 目標日 | Tekigo ID |
 * | 大項目 | 小項目 | 内容   |      |               |        |           |
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
	/** Over the sections and items of a checklist of its own. */
	static final String CHECK_ITEMS = "確認項目";

	private static final Pattern TRAILING_VERSION = Pattern.compile("(\\d+(?:\\.\\d+)*)\\s*$");

	private ChecklistHeader() {
	}

	static void write(Sheet sheet, ChecklistShape shape, DisclosureView disclosure, ChecklistStyles styles, TextCells cells,
			float rowPoints) {
		Row top = sheet.createRow(0);
		Row sub = sheet.createRow(1);
		top.setHeightInPoints(rowPoints);
		sub.setHeightInPoints(rowPoints);
		for (ChecklistColumn column : shape.columns()) {
			top.createCell(shape.index(column)).setCellStyle(styles.header);
			sub.createCell(shape.index(column)).setCellStyle(styles.header);
		}
		Headers headers = new Headers(sheet, shape, top, sub, styles, cells);
		boolean standalone = shape == ChecklistShape.STANDALONE;
		headers.set(top, ChecklistColumn.CATEGORY, standalone ? CHECK_ITEMS : MEASURES);
		headers.set(top, ChecklistColumn.SCENARIO, SCENARIO);
		headers.set(top, ChecklistColumn.SECTION, REQUIREMENTS);
		headers.set(top, ChecklistColumn.STATUS, statusHeader(shape));
		headers.set(top, ChecklistColumn.COMMENT, commentHeader(disclosure));
		headers.set(top, ChecklistColumn.DUE, ChecklistFormat.DUE_HEADER);
		headers.set(top, ChecklistColumn.ID, ChecklistFormat.ID_HEADER);

		headers.set(sub, ChecklistColumn.CATEGORY, CATEGORY);
		headers.set(sub, ChecklistColumn.GROUP, GROUP);
		headers.set(sub, ChecklistColumn.MEASURE, CONTENT);
		headers.set(sub, ChecklistColumn.SECTION, SECTION);
		headers.set(sub, ChecklistColumn.CLASS, CLASS);
		headers.set(sub, ChecklistColumn.TEXT, currentTextHeader(disclosure.guidelineTitle()));
		headers.set(sub, ChecklistColumn.PREVIOUS_TEXT, CONTENT);

		headers.merge(0, 0, ChecklistColumn.CATEGORY, ChecklistColumn.ITEM);
		headers.merge(0, 1, ChecklistColumn.SCENARIO, ChecklistColumn.SCENARIO);
		headers.merge(0, 0, ChecklistColumn.SECTION, ChecklistColumn.PREVIOUS_TEXT);
		headers.merge(0, 1, ChecklistColumn.STATUS, ChecklistColumn.STATUS);
		headers.merge(0, 1, ChecklistColumn.COMMENT, ChecklistColumn.COMMENT);
		headers.merge(0, 1, ChecklistColumn.DUE, ChecklistColumn.DUE);
		headers.merge(0, 1, ChecklistColumn.ID, ChecklistColumn.ID);
		headers.merge(1, 1, ChecklistColumn.MEASURE, ChecklistColumn.ITEM);
	}

	/** "ガイドラインへの適合性" in the published layout; "回答" in a checklist of its own. */
	static String statusHeader(ChecklistShape shape) {
		return shape == ChecklistShape.PROVIDER ? ChecklistFormat.STATUS_HEADER : ChecklistFormat.ANSWER_HEADER;
	}

	static String commentHeader(DisclosureView disclosure) {
		return disclosure.vendor() + ChecklistFormat.COMMENT_HEADER_SUFFIX;
	}

	/** "内容（5.1版）" for "…ガイドライン 5.1": the header names the version the texts come from. */
	static String currentTextHeader(String guidelineTitle) {
		Matcher version = TRAILING_VERSION.matcher(guidelineTitle == null ? "" : guidelineTitle);
		return version.find() ? CONTENT + "（" + version.group(1) + "版）" : CONTENT;
	}

	/** Writes the header cells of one sheet, placed by its shape. */
	private record Headers(Sheet sheet, ChecklistShape shape, Row top, Row sub, ChecklistStyles styles, TextCells cells) {

		/** Writes a header; a column the shape does not have is left out. */
		void set(Row row, ChecklistColumn column, String text) {
			if (shape.has(column)) {
				cells.set(row.getCell(shape.index(column)), text, styles.header);
			}
		}

		/** Merges a header over columns that stand together in every shape that has them. */
		void merge(int firstRow, int lastRow, ChecklistColumn first, ChecklistColumn last) {
			if (shape.has(first) && shape.has(last)) {
				sheet.addMergedRegionUnsafe(new CellRangeAddress(firstRow, lastRow, shape.index(first), shape.index(last)));
			}
		}
	}
}
