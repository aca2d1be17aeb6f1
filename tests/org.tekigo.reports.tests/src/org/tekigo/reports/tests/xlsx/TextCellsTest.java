package org.tekigo.reports.tests.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tekigo.reports.xlsx.TextCells;

class TextCellsTest {

	@Test
	void formulaStartsIncludingFullWidthForms() {
		for (String dangerous : new String[] { "=1+1", "+81 3", "-1", "@SUM(A1)", "＝１＋１", "－注記" }) {
			assertTrue(TextCells.startsLikeFormula(dangerous), dangerous);
		}
		for (String harmless : new String[] { "", "適合可能", "1.1-①-1", " =not at the start", "・箇条書き" }) {
			assertFalse(TextCells.startsLikeFormula(harmless), harmless);
		}
	}

	@Test
	void quotePrefixedTwinsAreCreatedOncePerStyle() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			TextCells cells = new TextCells(workbook);
			CellStyle wrapped = workbook.createCellStyle();
			wrapped.setWrapText(true);
			var row = workbook.createSheet().createRow(0);
			for (int column = 0; column < 10; column++) {
				cells.set(row.createCell(column), "=HYPERLINK(\"x\")", wrapped);
			}
			cells.set(row.createCell(10), "plain", wrapped);
			int styles = workbook.getNumCellStyles();
			assertEquals(3, styles, "default, wrapped and one quoted twin");
			Cell quoted = row.getCell(0);
			assertEquals(CellType.STRING, quoted.getCellType());
			assertTrue(quoted.getCellStyle().getQuotePrefixed());
			assertTrue(quoted.getCellStyle().getWrapText());
			assertFalse(row.getCell(10).getCellStyle().getQuotePrefixed());
		}
	}

	@Test
	void textLongerThanACellHoldsIsCutVisibly() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Cell cell = workbook.createSheet().createRow(0).createCell(0);
			new TextCells(workbook).set(cell, "あ".repeat(40_000), workbook.getCellStyleAt(0));
			String text = cell.getStringCellValue();
			assertEquals(TextCells.MAX_CELL_TEXT, text.length());
			assertTrue(text.endsWith(TextCells.CUT_MARK));
		}
	}
}
