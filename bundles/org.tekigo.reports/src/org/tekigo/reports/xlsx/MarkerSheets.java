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
 * saves, and nobody sees it. Beside it, a custom property names the format too, kept by tools that
 * drop hidden sheets. Both kinds of workbook share the sheet's name and the property's: which
 * kind a file is, its format says.
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

	/** Column A as key, column B as value, as text (a key in another type of cell is skipped). */
	public static Map<String, String> read(Sheet sheet) {
		Map<String, String> entries = new java.util.LinkedHashMap<>();
		for (Row row : sheet) {
			org.apache.poi.ss.usermodel.Cell key = row.getCell(0);
			org.apache.poi.ss.usermodel.Cell value = row.getCell(1);
			if (key != null && key.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
				entries.put(key.getStringCellValue().strip(),
						value != null && value.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING ? value.getStringCellValue().strip() : "");
			}
		}
		return entries;
	}

	/**
	 * The Tekigo format a workbook says it is ("tekigo-checklist", "tekigo-review"): its custom
	 * property, else its marker sheet's format entry (the workbook is parsed only then); null for a
	 * workbook without either, and for what is no workbook.
	 */
	public static String formatOf(java.nio.file.Path file, String markerSheet, String formatProperty, String formatKey) {
		try {
			org.apache.poi.openxml4j.opc.OPCPackage pkg = org.tekigo.reports.checklist.HostileWorkbook.open(file);
			try {
				var property = new org.apache.poi.ooxml.POIXMLProperties(pkg).getCustomProperties().getProperty(formatProperty);
				if (property != null) {
					return property.getLpwstr();
				}
				var sheets = (org.apache.poi.xssf.eventusermodel.XSSFReader.SheetIterator) new org.apache.poi.xssf.eventusermodel.XSSFReader(pkg)
						.getSheetIterator();
				while (sheets.hasNext()) {
					try (java.io.InputStream sheet = sheets.next()) {
						if (markerSheet.equals(sheets.getSheetName())) {
							return read(new org.apache.poi.xssf.usermodel.XSSFWorkbook(pkg).getSheet(markerSheet)).get(formatKey);
						}
					}
				}
				return null;
			} finally {
				pkg.revert();
			}
		} catch (org.tekigo.reports.checklist.ChecklistFormatException | java.io.IOException | org.apache.poi.openxml4j.exceptions.OpenXML4JException
				| org.apache.xmlbeans.XmlException | RuntimeException notAWorkbook) {
			return null;
		}
	}
}
