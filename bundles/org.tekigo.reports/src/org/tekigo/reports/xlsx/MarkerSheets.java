package org.tekigo.reports.xlsx;

import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The very hidden sheet of key/value rows that marks a workbook Tekigo wrote to read back
 * (checklist.xlsx, the review workbook): Excel and LibreOffice keep it when a person edits and
 * saves, and nobody sees it.
 */
public final class MarkerSheets {

	private MarkerSheets() {
	}

	/** A very hidden sheet of this name holding the entries, one per row, as text cells. */
	public static void write(SXSSFWorkbook workbook, TextCells cells, String name, Map<String, String> entries) {
		Sheet sheet = workbook.createSheet(name);
		CellStyle plain = workbook.getCellStyleAt(0);
		int rowIndex = 0;
		for (Map.Entry<String, String> entry : entries.entrySet()) {
			Row row = sheet.createRow(rowIndex++);
			cells.set(row.createCell(0), entry.getKey(), plain);
			cells.set(row.createCell(1), entry.getValue(), plain);
		}
		workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
	}
}
