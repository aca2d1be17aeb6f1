package org.tekigo.reports.checklist;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles of the checklist, created once per workbook: a workbook holds at most
 * 64,000 styles, and a style per cell would also bloat the file for 40,000 rows.
 */
final class ChecklistStyles {

	/** Japanese Excel's default face; LibreOffice substitutes an installed Japanese font. */
	static final String FONT_NAME = "游ゴシック";
	static final short FONT_POINTS = 9;

	final CellStyle header;
	final CellStyle text;
	final CellStyle status;
	final CellStyle id;

	ChecklistStyles(Workbook workbook) {
		Font plain = font(workbook, false, FONT_POINTS);
		Font bold = font(workbook, true, FONT_POINTS);

		header = bordered(workbook, bold);
		header.setAlignment(HorizontalAlignment.CENTER);
		header.setVerticalAlignment(VerticalAlignment.CENTER);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

		text = bordered(workbook, plain);
		text.setVerticalAlignment(VerticalAlignment.TOP);

		status = bordered(workbook, plain);
		status.setAlignment(HorizontalAlignment.CENTER);
		status.setVerticalAlignment(VerticalAlignment.CENTER);

		id = bordered(workbook, font(workbook, false, (short) 8));
		id.setVerticalAlignment(VerticalAlignment.TOP);
	}

	private static Font font(Workbook workbook, boolean bold, short points) {
		Font font = workbook.createFont();
		font.setFontName(FONT_NAME);
		font.setFontHeightInPoints(points);
		font.setBold(bold);
		return font;
	}

	private static CellStyle bordered(Workbook workbook, Font font) {
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		style.setWrapText(true);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		return style;
	}
}
