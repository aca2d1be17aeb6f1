package org.tekigo.reports.checklist;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.tekigo.reports.io.AtomicFiles;
import org.tekigo.reports.model.DisclosureView;
import org.tekigo.reports.xlsx.StreamingWorkbooks;
import org.tekigo.reports.xlsx.TextCells;
import org.tekigo.reports.xlsx.TextHeight;

/**
 * Writes {@code checklist.xlsx} in the published layout: the two header rows, one row per
 * answer (and per unanswered item), categories, groups, measures, items and shared requirement
 * cells merged over their rows; the status column with a drop-down and colours; the answer's
 * stable id in a hidden last column, which {@link ChecklistWorkbookReader} reads back.
 * Streams rows (SXSSF), so 40,000 rows do not need 40,000 rows of memory.
 */
public final class ChecklistWorkbookWriter {

	public void write(DisclosureView disclosure, Path target) throws IOException {
		AtomicFiles.write(target, out -> write(disclosure, out));
	}

	public void write(DisclosureView disclosure, OutputStream out) throws IOException {
		List<ChecklistRow> rows = ChecklistRows.of(disclosure);
		ChecklistShape shape = ChecklistShape.of(disclosure);
		TextHeight textHeight = new TextHeight(ChecklistStyles.FONT_POINTS);
		ChecklistLayout layout = ChecklistLayout.plan(rows, shape, textHeight);
		// close() also deletes the streaming workbook's temporary files.
		try (SXSSFWorkbook workbook = StreamingWorkbooks.editable()) {
			ChecklistStyles styles = new ChecklistStyles(workbook);
			TextCells cells = new TextCells(workbook);
			SXSSFSheet sheet = workbook.createSheet(ChecklistFormat.CHECKLIST_SHEET);
			setColumns(sheet, shape);
			ChecklistHeader.write(sheet, shape, disclosure, styles, cells, textHeight.points(2));
			writeRows(sheet, shape, rows, layout, styles, cells);
			mergeSpans(sheet, shape, layout);
			int firstDataRow = ChecklistFormat.HEADER_ROWS;
			int lastDataRow = firstDataRow + rows.size() - 1;
			new StatusColumnRules(disclosure.scale(), shape.index(ChecklistColumn.STATUS), ChecklistHeader.statusHeader(shape))
					.apply(sheet, firstDataRow, lastDataRow);
			sheet.createFreezePane(0, ChecklistFormat.HEADER_ROWS);
			// The filter covers the hidden id too: sorting through it must move the id with its row.
			sheet.setAutoFilter(new CellRangeAddress(ChecklistFormat.HEADER_ROWS - 1, Math.max(lastDataRow, firstDataRow),
					0, shape.index(ChecklistColumn.ID)));
			setUpPrinting(sheet, disclosure);
			ChecklistMarker.write(workbook, disclosure, cells);
			workbook.setActiveSheet(0);
			workbook.write(out);
		}
	}

	private static void setColumns(Sheet sheet, ChecklistShape shape) {
		for (ChecklistColumn column : shape.columns()) {
			sheet.setColumnWidth(shape.index(column), column.width() * 256);
		}
		sheet.setColumnHidden(shape.index(ChecklistColumn.ID), true);
	}

	private static void writeRows(Sheet sheet, ChecklistShape shape, List<ChecklistRow> rows, ChecklistLayout layout,
			ChecklistStyles styles, TextCells cells) {
		for (int index = 0; index < rows.size(); index++) {
			ChecklistRow data = rows.get(index);
			Row row = sheet.createRow(ChecklistFormat.HEADER_ROWS + index);
			row.setHeightInPoints(layout.heightInPoints(index));
			for (ChecklistColumn column : shape.columns()) {
				Cell cell = row.createCell(shape.index(column));
				CellStyle style = styleOf(column, styles);
				// Cells covered by a merged cell stay blank but keep the style, so borders print.
				String text = layout.spans(column).continuesAbove(index) ? "" : ChecklistLayout.text(data, column);
				cells.set(cell, text, style);
			}
		}
	}

	private static CellStyle styleOf(ChecklistColumn column, ChecklistStyles styles) {
		return switch (column) {
			case STATUS, DUE -> styles.status;
			case ID -> styles.id;
			default -> styles.text;
		};
	}

	private static void mergeSpans(Sheet sheet, ChecklistShape shape, ChecklistLayout layout) {
		for (ChecklistColumn column : shape.columns()) {
			for (ColumnSpans.Run run : layout.spans(column).merged()) {
				// Unsafe: the spans are disjoint by construction; the checked variant is quadratic.
				sheet.addMergedRegionUnsafe(new CellRangeAddress(ChecklistFormat.HEADER_ROWS + run.first(),
						ChecklistFormat.HEADER_ROWS + run.last(), shape.index(column), shape.index(column)));
			}
		}
	}

	private static void setUpPrinting(Sheet sheet, DisclosureView disclosure) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A3_PAPERSIZE);
		print.setLandscape(true);
		sheet.setFitToPage(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setAutobreaks(true);
		sheet.setRepeatingRows(new CellRangeAddress(0, ChecklistFormat.HEADER_ROWS - 1, -1, -1));
		sheet.setMargin(PageMargin.LEFT, 0.4);
		sheet.setMargin(PageMargin.RIGHT, 0.4);
		sheet.setMargin(PageMargin.TOP, 0.6);
		sheet.setMargin(PageMargin.BOTTOM, 0.6);
		sheet.setMargin(PageMargin.HEADER, 0.25);
		sheet.setMargin(PageMargin.FOOTER, 0.25);
		sheet.getHeader().setLeft(headerFooterText(disclosure.vendor() + "　" + disclosure.catalogTitle()));
		sheet.getFooter().setCenter("&P / &N");
	}

	/* "&" starts a control code in page headers and footers. */
	private static String headerFooterText(String text) {
		return text.replace("&", "&&");
	}
}
