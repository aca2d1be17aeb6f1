package org.tekigo.reports.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/** The fonts and the bordered, wrapping cell style every Tekigo workbook is built from. */
public final class CellStyles {

	/** The Japanese UI font of Office; LibreOffice falls back to a CJK font of its own. */
	public static final String FONT_NAME = "游ゴシック";

	private CellStyles() {
	}

	public static Font font(Workbook workbook, boolean bold, short points) {
		Font font = workbook.createFont();
		font.setFontName(FONT_NAME);
		font.setFontHeightInPoints(points);
		font.setBold(bold);
		return font;
	}

	public static CellStyle bordered(Workbook workbook, Font font) {
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
