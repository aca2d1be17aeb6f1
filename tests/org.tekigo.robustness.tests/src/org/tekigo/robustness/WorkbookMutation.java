package org.tekigo.robustness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tekigo.reports.checklist.ChecklistFormat;

/**
 * What a person or another program does to checklist.xlsx between `tekigo report` and
 * `tekigo import`: formulas, numbers, dates, error values and rich text typed into the status
 * or comment column, a comment longer than a cell may hold, rows deleted or copied, an id
 * edited, the marker sheet removed, a foreign table (applied with POI's user model, as a spreadsheet program
 * would save them); and two hostile packages, a zip bomb and XML with an external entity.
 */
public enum WorkbookMutation {

	FORMULA_WITH_VALUE {
		@Override
		void apply(XSSFSheet sheet, Random random) {
			Cell cell = cell(sheet, random, random.nextBoolean() ? STATUS : COMMENT);
			cell.setCellFormula(random.nextBoolean() ? "\"不適合\"" : "CONCATENATE(\"是正\",\"予定\")");
			sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
		}
	},
	FORMULA_WITHOUT_VALUE {
		@Override
		void apply(XSSFSheet sheet, Random random) {
			Cell cell = cell(sheet, random, random.nextBoolean() ? STATUS : COMMENT);
			cell.setBlank();
			cell.setCellFormula("HYPERLINK(\"https://go.chatwork.com/ja/terms/\",\"利用規約\")");
		}
	},
	NUMBER {
		@Override
		void apply(XSSFSheet sheet, Random random) {
			cell(sheet, random, random.nextBoolean() ? STATUS : COMMENT).setCellValue(random.nextInt(100));
		}
	},
	DATE {
		@Override
		void apply(XSSFSheet sheet, Random random) {
			Cell cell = cell(sheet, random, COMMENT);
			cell.setCellValue(LocalDate.of(2027, 3, 31));
			CellStyle style = sheet.getWorkbook().createCellStyle();
			style.setDataFormat(sheet.getWorkbook().getCreationHelper().createDataFormat().getFormat("yyyy/mm/dd"));
			cell.setCellStyle(style);
		}
	},
	ERROR_VALUE {
		@Override
		void apply(XSSFSheet sheet, Random random) {
			cell(sheet, random, random.nextBoolean() ? STATUS : COMMENT).setCellErrorValue(
					(random.nextBoolean() ? FormulaError.REF : FormulaError.NA).getCode());
		}
	},
	RICH_TEXT {
		@Override
		void apply(XSSFSheet sheet, Random random) {
			XSSFRichTextString text = new XSSFRichTextString("重要：是正計画を策定中です。");
			XSSFFont bold = sheet.getWorkbook().createFont();
			bold.setBold(true);
			text.applyFont(0, 3, bold);
			cell(sheet, random, COMMENT).setCellValue(text);
		}
	},
	LONG_TEXT {
		@Override
		void apply(XSSFSheet sheet, Random random) {
			// Excel refuses more than 32,767 characters in a cell; another program may not.
			cell(sheet, random, COMMENT).setCellValue("長い見解。".repeat(7_000).substring(0, 32_767));
		}
	},
	DELETE_ROW {
		@Override
		void apply(XSSFSheet sheet, Random random) {
			Row row = sheet.getRow(dataRow(sheet, random));
			if (row != null) {
				sheet.removeRow(row);
			}
		}
	},
	DUPLICATE_ROW {
		@Override
		void apply(XSSFSheet sheet, Random random) {
			int from = dataRow(sheet, random);
			sheet.copyRows(from, from, sheet.getLastRowNum() + 1, new org.apache.poi.ss.usermodel.CellCopyPolicy());
		}
	},
	EDIT_ID {
		@Override
		void apply(XSSFSheet sheet, Random random) {
			Cell cell = cell(sheet, random, ID);
			String id = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING ? cell.getStringCellValue() : "";
			cell.setCellValue(random.nextBoolean() ? id + "x" : "9.9-⑳-" + random.nextInt(99));
		}
	},
	STATUS_WORD {
		@Override
		void apply(XSSFSheet sheet, Random random) {
			cell(sheet, random, STATUS).setCellValue(List.of("不適合", "対象外", "適合可能", "適合", " 不適合 ", "").get(random.nextInt(6)));
		}
	},
	/** A sheet padded so that it inflates a thousandfold: POI's zip-bomb guard stops it. */
	ZIP_BOMB {
		@Override
		void apply(XSSFSheet sheet, Random random) {
		}

		@Override
		public void mutate(Path source, Path target, long seed) throws IOException {
			rewritePart(source, target, "xl/worksheets/sheet1.xml",
					xml -> xml.replace("<sheetData>", "<sheetData><!--" + " ".repeat(20_000_000) + "-->"));
		}
	},
	/** The shared strings declaring a DTD with an external entity (XXE): refused, never read. */
	DOCTYPE_ENTITY {
		@Override
		void apply(XSSFSheet sheet, Random random) {
		}

		@Override
		public void mutate(Path source, Path target, long seed) throws IOException {
			rewritePart(source, target, "xl/sharedStrings.xml", xml -> xml
					.replace("?>", "?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>").replaceFirst("<t>", "<t>&xxe;"));
		}
	},
	/** A vendor's workbook of some other table: Tekigo's marks gone and the headings other words. */
	FOREIGN_TABLE {
		@Override
		void apply(XSSFSheet sheet, Random random) {
			REMOVE_MARKER_SHEET.apply(sheet, new Random(0));
			sheet.getWorkbook().getProperties().getCustomProperties().getUnderlyingProperties().getPropertyList().clear();
			String[] words = { "費目", "金額", "担当", "備考" };
			for (int r = 0; r <= 1; r++) {
				for (Cell cell : sheet.getRow(r)) {
					cell.setCellValue(words[random.nextInt(words.length)]);
				}
			}
		}
	},
	REMOVE_MARKER_SHEET {
		@Override
		void apply(XSSFSheet sheet, Random random) {
			XSSFWorkbook workbook = sheet.getWorkbook();
			workbook.removeSheetAt(workbook.getSheetIndex(ChecklistFormat.MARKER_SHEET));
			if (random.nextBoolean()) {
				workbook.getProperties().getCustomProperties().getUnderlyingProperties().getPropertyList().clear();
			}
		}
	};

	/** The columns of checklist.xlsx, as the writer lays them out. */
	static final int STATUS = 9, COMMENT = 10, ID = 11;

	abstract void apply(XSSFSheet sheet, Random random);

	/** Writes {@code target}: {@code source} with this mutation; the same seed gives the same workbook. */
	public void mutate(Path source, Path target, long seed) throws IOException {
		try (InputStream in = Files.newInputStream(source); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			apply(workbook.getSheet(ChecklistFormat.CHECKLIST_SHEET), new Random(seed));
			try (OutputStream out = Files.newOutputStream(target)) {
				workbook.write(out);
			}
		}
	}

	/** Copies an xlsx package with one part's XML changed, the others byte for byte. */
	static void rewritePart(Path source, Path target, String partName, UnaryOperator<String> change) throws IOException {
		try (ZipFile in = new ZipFile(source.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
			for (ZipEntry entry : Collections.list(in.entries())) {
				byte[] bytes;
				try (InputStream part = in.getInputStream(entry)) {
					bytes = part.readAllBytes();
				}
				if (entry.getName().equals(partName)) {
					bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(bytes);
				out.closeEntry();
			}
		}
	}

	private static int dataRow(XSSFSheet sheet, Random random) {
		return ChecklistFormat.HEADER_ROWS + random.nextInt(sheet.getLastRowNum() - ChecklistFormat.HEADER_ROWS + 1);
	}

	private static Cell cell(XSSFSheet sheet, Random random, int column) {
		Row row = sheet.getRow(dataRow(sheet, random));
		return row.getCell(column) != null ? row.getCell(column) : row.createCell(column);
	}
}
