package org.tekigo.reports.tests.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Opens a written checklist with POI's user model, as a test looks at it. */
final class ChecklistSheets {

	static final int CATEGORY = 0, GROUP = 1, MEASURE = 2, ITEM = 3, SCENARIO = 4, SECTION = 5, CLASS = 6, TEXT = 7,
			PREVIOUS_TEXT = 8, STATUS = 9, COMMENT = 10, ID = 11;
	static final int FIRST_DATA_ROW = 2;

	private ChecklistSheets() {
	}

	static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	static String text(XSSFSheet sheet, int rowIndex, int column) {
		Row row = sheet.getRow(rowIndex);
		Cell cell = row == null ? null : row.getCell(column);
		return cell == null ? "" : cell.getStringCellValue();
	}

	/** The 0-based index of the data row holding {@code id} in the hidden column. */
	static int rowOf(XSSFSheet sheet, String id) {
		for (int row = FIRST_DATA_ROW; row <= sheet.getLastRowNum(); row++) {
			if (id.equals(text(sheet, row, ID))) {
				return row;
			}
		}
		throw new AssertionError("no row with id " + id);
	}
}
