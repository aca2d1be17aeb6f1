package org.tekigo.reports.checklist;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.tekigo.reports.xlsx.CellStyles;

/**
 * The few cell styles of the checklist, created once per workbook: a workbook holds at most
 * 64,000 styles, and a style per cell would also bloat the file for 40,000 rows.
 */
final class ChecklistStyles {

	/** Japanese Excel's default face; LibreOffice substitutes an installed Japanese font. */
	static final short FONT_POINTS = 9;

	final CellStyle header;
	final CellStyle text;
	final CellStyle status;
	final CellStyle id;

	ChecklistStyles(Workbook workbook) {
		Font plain = CellStyles.font(workbook, false, FONT_POINTS);
		Font bold = CellStyles.font(workbook, true, FONT_POINTS);

		header = CellStyles.bordered(workbook, bold);
		header.setAlignment(HorizontalAlignment.CENTER);
		header.setVerticalAlignment(VerticalAlignment.CENTER);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

		text = CellStyles.bordered(workbook, plain);
		text.setVerticalAlignment(VerticalAlignment.TOP);

		status = CellStyles.bordered(workbook, plain);
		status.setAlignment(HorizontalAlignment.CENTER);
		status.setVerticalAlignment(VerticalAlignment.CENTER);

		id = CellStyles.bordered(workbook, CellStyles.font(workbook, false, (short) 8));
		id.setVerticalAlignment(VerticalAlignment.TOP);
	}
}
