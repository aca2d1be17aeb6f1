package org.tekigo.reports.xlsx;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes plain list sheets: a bold header row, then wrapped text rows, with the header frozen,
 * filterable and repeated on printed pages. Styles are created once per workbook; every text
 * goes through {@link TextCells}, so no cell can turn into a formula.
 */
public final class TableSheets {

	/** A column: its header and its width in characters. */
	public record Column(String header, int width) {
	}

	public static final short FONT_POINTS = 10;

	private final SXSSFWorkbook workbook;
	private final TextCells cells;
	private final TextHeight textHeight = new TextHeight(FONT_POINTS);
	private final CellStyle title;
	private final CellStyle header;
	private final CellStyle text;
	private final CellStyle plain;
	private final CellStyle number;

	public TableSheets(SXSSFWorkbook workbook, TextCells cells) {
		this.workbook = workbook;
		this.cells = cells;
		Font plainFont = CellStyles.font(workbook, false, FONT_POINTS);
		Font boldFont = CellStyles.font(workbook, true, FONT_POINTS);

		title = workbook.createCellStyle();
		title.setFont(CellStyles.font(workbook, true, (short) 14));

		plain = workbook.createCellStyle();
		plain.setFont(plainFont);

		header = CellStyles.bordered(workbook, boldFont);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setVerticalAlignment(VerticalAlignment.CENTER);

		text = CellStyles.bordered(workbook, plainFont);
		text.setVerticalAlignment(VerticalAlignment.TOP);

		number = CellStyles.bordered(workbook, plainFont);
		number.setVerticalAlignment(VerticalAlignment.TOP);
	}

	/** A list sheet: header row, one row per entry, frozen and filterable header. */
	public SXSSFSheet write(String name, List<Column> columns, List<List<String>> rows) {
		SXSSFSheet sheet = workbook.createSheet(name);
		for (int column = 0; column < columns.size(); column++) {
			sheet.setColumnWidth(column, columns.get(column).width() * 256);
		}
		headerRow(sheet, 0, columns.stream().map(Column::header).toList());
		for (int index = 0; index < rows.size(); index++) {
			Row row = sheet.createRow(index + 1);
			List<String> values = rows.get(index);
			float height = textHeight.points(1);
			for (int column = 0; column < values.size(); column++) {
				cells.set(row.createCell(column), values.get(column), text);
				height = Math.max(height, textHeight.points(values.get(column), columns.get(column).width()));
			}
			row.setHeightInPoints(height);
		}
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows.size()), 0, columns.size() - 1));
		printLandscape(sheet, 1);
		return sheet;
	}

	public void titleRow(Sheet sheet, int rowIndex, String value) {
		Row row = sheet.createRow(rowIndex);
		row.setHeightInPoints(22);
		cells.set(row.createCell(0), value, title);
	}

	public void textRow(Sheet sheet, int rowIndex, List<String> values) {
		Row row = sheet.createRow(rowIndex);
		for (int column = 0; column < values.size(); column++) {
			cells.set(row.createCell(column), values.get(column), plain);
		}
	}

	public void headerRow(Sheet sheet, int rowIndex, List<String> headers) {
		Row row = sheet.createRow(rowIndex);
		for (int column = 0; column < headers.size(); column++) {
			cells.set(row.createCell(column), headers.get(column), header);
		}
	}

	/** A label followed by numbers, as numeric cells so that they can be summed. */
	public void countRow(Sheet sheet, int rowIndex, String label, List<Integer> values) {
		Row row = sheet.createRow(rowIndex);
		cells.set(row.createCell(0), label, text);
		for (int column = 0; column < values.size(); column++) {
			Cell cell = row.createCell(column + 1);
			cell.setCellStyle(number);
			cell.setCellValue(values.get(column));
		}
	}

	/** A4 landscape, fit to the page width, the first {@code headerRows} rows on every page. */
	public static void printLandscape(Sheet sheet, int headerRows) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		sheet.setFitToPage(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		if (headerRows > 0) {
			sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
		}
	}
}
