package org.tekigo.reports.compare;

import org.tekigo.reports.nls.ReportMessages;
import org.tekigo.reports.model.DisclosureView.Meaning;
import org.tekigo.reports.model.DisclosureView.Status;
import org.tekigo.reports.model.ScaleWords;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFPatternFormatting;
import org.tekigo.reports.compare.CompareMatrix.Row;
import org.tekigo.reports.compare.CompareMatrix.Vendor;
import org.tekigo.reports.io.AtomicFiles;
import org.tekigo.reports.xlsx.StreamingWorkbooks;
import org.tekigo.reports.xlsx.TableSheets;
import org.tekigo.reports.xlsx.TableSheets.Column;
import org.tekigo.reports.xlsx.TextCells;
import org.tekigo.reports.xlsx.XlsxColours;

/**
 * The matrix as a workbook: one row per item (the items where vendors differ first), one status
 * column per vendor, coloured by conditional formats (so a cell edited by hand takes its colour),
 * a frozen, filterable header; and a sheet of each vendor's totals.
 */
public final class CompareWorkbookWriter {

	public static final String MATRIX_SHEET = ReportMessages.Compare_sheetMatrix;
	public static final String TOTALS_SHEET = ReportMessages.Compare_sheetTotals;
	static final List<String> FIXED_HEADERS = List.of(ReportMessages.Compare_differs, ReportMessages.Compare_category, ReportMessages.Compare_group,
			ReportMessages.Compare_item, ReportMessages.Compare_itemText, ReportMessages.Compare_minimum);

	public void write(CompareMatrix matrix, Path target) throws IOException {
		AtomicFiles.write(target, out -> write(matrix, out));
	}

	public void write(CompareMatrix matrix, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = StreamingWorkbooks.report()) {
			TableSheets tables = new TableSheets(workbook, new TextCells(workbook));
			List<Column> columns = new ArrayList<>(List.of(new Column(FIXED_HEADERS.get(0), 6), new Column(FIXED_HEADERS.get(1), 16),
					new Column(FIXED_HEADERS.get(2), 18), new Column(FIXED_HEADERS.get(3), 12), new Column(FIXED_HEADERS.get(4), 48),
					new Column(FIXED_HEADERS.get(5), 7)));
			matrix.vendors().forEach(vendor -> columns.add(new Column(vendor.name(), 16)));
			List<List<String>> rows = new ArrayList<>();
			for (Row row : matrix.rows()) {
				List<String> values = new ArrayList<>(List.of(row.differs() ? ReportMessages.Compare_differs : "", row.category(), row.group(), row.itemId(),
						row.itemText(), row.minimumWeight()));
				row.cells().forEach(cell -> values.add(cell.text()));
				rows.add(values);
			}
			SXSSFSheet sheet = tables.write(MATRIX_SHEET, columns, rows);
			ScaleWords words = matrix.words();
			colourStatuses(sheet, FIXED_HEADERS.size(), columns.size() - 1, rows.size(), words);
			List<List<String>> totals = new ArrayList<>();
			for (Vendor vendor : matrix.vendors()) {
				List<String> values = new ArrayList<>(List.of(vendor.name(), vendor.id()));
				matrix.totalColumns().forEach(column -> values.add(String.valueOf(column.of(vendor.totals()))));
				totals.add(values);
			}
			List<Column> totalColumns = new ArrayList<>(List.of(new Column(ReportMessages.Compare_vendor, 20),
					new Column(ReportMessages.Compare_disclosure, 16)));
			matrix.totalColumns().forEach(column -> totalColumns.add(new Column(column.header(words), WIDTHS.get(column))));
			tables.write(TOTALS_SHEET, totalColumns, totals);
			workbook.setActiveSheet(0);
			workbook.write(out);
		}
	}

	/** The totals' widths, as they were before scales: the provider's words are short, most scales' words too. */
	private static final java.util.Map<CompareMatrix.Total, Integer> WIDTHS = java.util.Map.of(CompareMatrix.Total.ANSWERS, 8,
			CompareMatrix.Total.FULFILLED, 9, CompareMatrix.Total.PARTLY_FULFILLED, 9, CompareMatrix.Total.GAPS, 8,
			CompareMatrix.Total.MINIMUM_GAPS, 10, CompareMatrix.Total.NOT_APPLICABLE, 8, CompareMatrix.Total.UNANSWERED, 8);

	/** Green 適合可能, red 不適合 (darker with 最低限), grey 対象外, yellow 未回答, over the vendors' columns. */
	private static void colourStatuses(SXSSFSheet sheet, int firstColumn, int lastColumn, int rows, ScaleWords words) {
		SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
		String cell = new CellReference(1, firstColumn, false, false).formatAsString();
		CellRangeAddress[] range = { new CellRangeAddress(1, Math.max(1, rows), firstColumn, lastColumn) };
		rule(formatting, range, "ISNUMBER(SEARCH(\"" + CompareMatrix.MINIMUM_MARK + "\"," + cell + "))", "F4B6B6");
		words.scale().stream().filter(Status::isGap).forEach(gap -> rule(formatting, range, contains(gap.label(), cell), "FFC7CE"));
		rule(formatting, range, contains(CompareMatrix.UNANSWERED, cell), "FFEB9C");
		for (Meaning meaning : List.of(Meaning.PARTLY_FULFILLED, Meaning.FULFILLED, Meaning.NOT_APPLICABLE)) {
			String fill = switch (meaning) {
				case PARTLY_FULFILLED -> "FFE0B2";
				case FULFILLED -> "C6EFCE";
				default -> "E7E6E6";
			};
			words.scale().stream().filter(status -> status.meaning() == meaning)
					.forEach(status -> rule(formatting, range, contains(status.label(), cell), fill));
		}
	}

	/* A formula's string literal doubles its quotes (a scale's words hold none today, but a formula must never break). */
	private static String contains(String word, String cell) {
		return "ISNUMBER(SEARCH(\"" + word.replace("\"", "\"\"") + "\"," + cell + "))";
	}

	private static void rule(SheetConditionalFormatting formatting, CellRangeAddress[] range, String formula, String rgb) {
		ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(formula);
		XSSFPatternFormatting fill = (XSSFPatternFormatting) rule.createPatternFormatting();
		fill.setFillBackgroundColor(XlsxColours.rgb(rgb));
		fill.setFillPattern(XSSFPatternFormatting.SOLID_FOREGROUND);
		formatting.addConditionalFormatting(range, rule);
	}
}
