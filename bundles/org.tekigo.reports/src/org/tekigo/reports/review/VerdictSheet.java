package org.tekigo.reports.review;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.tekigo.reports.nls.ReportMessages;
import org.tekigo.reports.review.ReviewView.FollowUp;
import org.tekigo.reports.review.VerdictColumn.Role;
import org.tekigo.reports.xlsx.CellStyles;
import org.tekigo.reports.xlsx.TableSheets;
import org.tekigo.reports.xlsx.TextCells;
import org.tekigo.reports.xlsx.TextHeight;
import org.tekigo.reports.xlsx.XlsxColours;

/**
 * The verdicts sheet, a sheet to judge in: the vendor's answer beside the hospital's verdict (a
 * drop-down), note and follow-up. The sheet is protected without a password, a guard against
 * slips rather than a lock: only the judge's cells are unlocked (and shaded), so a stray keystroke
 * cannot change the vendor's answer or the hidden id and pin the import relies on; the filter and
 * column widths still work.
 */
final class VerdictSheet {

	/** The shade of the cells the judge writes in. */
	private static final String JUDGE_FILL = "FFF8E1";

	private final SXSSFWorkbook workbook;
	private final TextCells cells;
	private final TextHeight textHeight = new TextHeight(TableSheets.FONT_POINTS);
	private final Map<Role, CellStyle> styles = new EnumMap<>(Role.class);

	VerdictSheet(SXSSFWorkbook workbook, TextCells cells) {
		this.workbook = workbook;
		this.cells = cells;
		Font font = CellStyles.font(workbook, false, TableSheets.FONT_POINTS);
		CellStyle locked = CellStyles.bordered(workbook, font);
		locked.setVerticalAlignment(VerticalAlignment.TOP);
		XSSFCellStyle judge = (XSSFCellStyle) CellStyles.bordered(workbook, font);
		judge.setVerticalAlignment(VerticalAlignment.TOP);
		judge.setLocked(false);
		judge.setFillForegroundColor(XlsxColours.rgb(JUDGE_FILL));
		judge.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		// Text, so that Excel keeps a typed 2027-01-15 as written rather than turning it into a number.
		judge.setDataFormat(workbook.createDataFormat().getFormat("@"));
		styles.put(Role.VENDOR, locked);
		styles.put(Role.TEKIGO, locked);
		styles.put(Role.HIDDEN, locked);
		styles.put(Role.JUDGE, judge);
	}

	void write(TableSheets tables, String name, List<ReviewView.Row> rows) {
		SXSSFSheet sheet = workbook.createSheet(name);
		VerdictColumn[] columns = VerdictColumn.values();
		for (VerdictColumn column : columns) {
			sheet.setColumnWidth(column.index(), column.width() * 256);
			sheet.setColumnHidden(column.index(), column.role() == Role.HIDDEN);
		}
		tables.headerRow(sheet, 0, java.util.Arrays.stream(columns).map(VerdictColumn::header).toList());
		for (int index = 0; index < rows.size(); index++) {
			Row row = sheet.createRow(ReviewWorkbookFormat.HEADER_ROWS + index);
			float height = textHeight.points(1);
			for (VerdictColumn column : columns) {
				String text = text(rows.get(index), column);
				cells.set(row.createCell(column.index()), text, styles.get(column.role()));
				if (column.role() != Role.HIDDEN) {
					height = Math.max(height, textHeight.points(text, column.width()));
				}
			}
			row.setHeightInPoints(height);
		}
		int lastRow = ReviewWorkbookFormat.HEADER_ROWS + rows.size() - 1;
		VerdictColumnRules.apply(sheet, VerdictColumn.VERDICT.index(), ReviewWorkbookFormat.HEADER_ROWS, lastRow);
		sheet.createFreezePane(1, ReviewWorkbookFormat.HEADER_ROWS);
		// The filter covers the hidden columns too: sorting through it must move the id and pin with their row.
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, lastRow), 0, columns.length - 1));
		protect(sheet);
		TableSheets.printLandscape(sheet, ReviewWorkbookFormat.HEADER_ROWS);
	}

	/** No password: the protection keeps slips out, and whoever needs to can lift it from the menu. */
	private static void protect(SXSSFSheet sheet) {
		sheet.enableLocking();
		sheet.lockAutoFilter(false);
		sheet.lockFormatColumns(false);
		sheet.lockFormatRows(false);
		sheet.lockSelectLockedCells(false);
		sheet.lockSelectUnlockedCells(false);
	}

	static String text(ReviewView.Row row, VerdictColumn column) {
		FollowUp followUp = row.followUp();
		return switch (column) {
			case ANSWER -> row.answerId();
			case ITEM -> row.itemText();
			case STATUS -> row.status() + (row.minimumGap() ? ReviewLabels.MINIMUM_MARK : "");
			case COMMENT -> row.comment();
			case VERDICT -> row.judged() ? row.judgement().label() : ReportMessages.Review_notJudged;
			case NOTE -> row.note();
			case DATE -> row.date();
			case AGAIN -> row.orphan() ? ReportMessages.Review_orphan : row.suspect() ? ReportMessages.Review_again : "";
			case ACTION -> followUp == null ? "" : followUp.action();
			case OWNER -> followUp == null ? "" : followUp.owner();
			case DUE -> followUp == null ? "" : followUp.due();
			case ID -> row.answerId();
			case PIN -> row.pin();
			case JUDGED -> JudgedRow.fingerprint(row.judged() ? row.judgement() : null, row.note(), followUp == null ? "" : followUp.action(),
					followUp == null ? "" : followUp.owner(), followUp == null ? "" : followUp.due());
		};
	}
}
