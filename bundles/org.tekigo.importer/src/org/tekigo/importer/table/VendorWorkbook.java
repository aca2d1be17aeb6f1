package org.tekigo.importer.table;

import static org.eclipse.osgi.util.NLS.bind;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tekigo.importer.nls.ImporterMessages;

/**
 * Reads a checklist that a vendor keeps in its own workbook, in the published layout but not
 * written by Tekigo: the sheet whose headings are the published ones (in whatever order, beside
 * other columns, under any sheet name), its columns found by those headings, a merged cell read
 * as one cell over its rows, and every row after the headings as a row of the table.
 */
public final class VendorWorkbook {

	/** Headings stand in the first rows; a longer cell is no heading. */
	private static final int HEADING_ROWS = 12;
	private static final int HEADING_LENGTH = 40;

	private VendorWorkbook() {
	}

	public static ChecklistTable read(Path file) throws IOException, TableFormatException {
		OPCPackage pkg;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
		} catch (InvalidFormatException | POIXMLException | IllegalArgumentException e) {
			throw new TableFormatException(bind(ImporterMessages.Workbook_notXlsx, e.getMessage()), e);
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
			List<String> sheets = new ArrayList<>();
			for (Sheet sheet : workbook) {
				sheets.add(sheet.getSheetName());
				Optional<ChecklistTable> table = read(sheet);
				if (table.isPresent()) {
					return table.get();
				}
			}
			throw new TableFormatException(bind(ImporterMessages.Workbook_noChecklist, String.join(", ", sheets), Headings.needed()));
		} catch (POIXMLException | IllegalStateException | IllegalArgumentException e) {
			throw new TableFormatException(bind(ImporterMessages.Workbook_unreadable, e.getMessage()), e);
		} finally {
			pkg.revert(); // opened read-only: nothing to save
		}
	}

	private static Optional<ChecklistTable> read(Sheet sheet) {
		Map<Long, CellRangeAddress> merged = new HashMap<>();
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			for (int r = region.getFirstRow(); r <= Math.min(region.getLastRow(), region.getFirstRow() + 100_000); r++) {
				for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
					merged.put(key(r, c), region);
				}
			}
		}
		DataFormatter formatter = new DataFormatter();
		List<Headings.Heading> headings = new ArrayList<>();
		for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + HEADING_ROWS - 1); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			for (Cell cell : row) {
				String text = text(cell, formatter);
				if (!text.isBlank() && text.length() <= HEADING_LENGTH) {
					CellRangeAddress region = merged.get(key(r, cell.getColumnIndex()));
					headings.add(new Headings.Heading(text, r, cell.getColumnIndex(),
							region == null ? cell.getColumnIndex() : region.getLastColumn()));
				}
			}
		}
		Optional<Headings.Found> found = Headings.find(headings);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		List<TableRow> rows = new ArrayList<>();
		for (int r = found.get().lastHeadingRow() + 1; r <= sheet.getLastRowNum(); r++) {
			Map<Column, List<String>> lines = new EnumMap<>(Column.class);
			Set<Column> continued = EnumSet.noneOf(Column.class);
			for (Map.Entry<Column, Integer> column : found.get().columns().entrySet()) {
				int c = column.getValue();
				CellRangeAddress region = merged.get(key(r, c));
				int sourceRow = region == null ? r : region.getFirstRow();
				Row row = sheet.getRow(sourceRow);
				Cell cell = row == null ? null : row.getCell(region == null ? c : region.getFirstColumn());
				String text = cell == null ? "" : text(cell, formatter);
				lines.put(column.getKey(), List.of(text.replace("\r\n", "\n").split("\n", -1)));
				if (sourceRow < r) {
					continued.add(column.getKey());
				}
			}
			rows.add(new TableRow(bind(ImporterMessages.Workbook_row, sheet.getSheetName(), r + 1), lines, continued));
		}
		return Optional.of(new ChecklistTable(found.get().vendor(), rows));
	}

	/** What a person sees in the cell: its text, a formula's saved value (never the formula), a number as shown. */
	private static String text(Cell cell, DataFormatter formatter) {
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case BLANK, ERROR, _NONE -> "";
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			case NUMERIC, FORMULA -> cell.getCellType() == CellType.FORMULA ? String.valueOf(cell.getNumericCellValue())
					: formatter.formatCellValue(cell);
		};
	}

	private static long key(int row, int column) {
		return ((long) row << 20) | column;
	}
}
