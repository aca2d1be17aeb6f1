package org.tekigo.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The floor for checklist.xlsx: a plain Apache POI program writing the same rows × 12 columns of
 * the same strings, with the streaming workbook configured as {@code ChecklistWorkbookWriter}
 * configures it (SXSSF, a 200-row window, uncompressed temporary files, a shared-strings table)
 * and one wrapped, bordered cell style; nothing else (no merges, row heights, validation,
 * conditional formatting, print set-up or marker sheet). It knows nothing of Tekigo.
 *
 * <p>As a program: {@code PoiFloor <rows file> <out dir>} reads the rows written by
 * {@link #save} and writes {@code <out dir>/<name>/checklist.xlsx} for every workbook in it.
 */
public final class PoiFloor {

	private static final int ROW_WINDOW = 200;
	private static final int[] WIDTHS = { 11, 13, 13, 40, 20, 14, 20, 44, 40, 11, 32, 22 };

	private PoiFloor() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: PoiFloor <rows file> <out dir>");
			System.exit(2);
		}
		Path out = Path.of(args[1]);
		for (Map.Entry<String, List<String[]>> workbook : load(Path.of(args[0])).entrySet()) {
			Path folder = Files.createDirectories(out.resolve(workbook.getKey()));
			write(workbook.getValue(), folder.resolve("checklist.xlsx"));
		}
	}

	public static void write(List<String[]> rows, Path target) throws IOException {
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
			write(rows, out);
		}
	}

	public static void write(List<String[]> rows, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROW_WINDOW, false, true)) {
			Font font = workbook.createFont();
			font.setFontName("游ゴシック");
			font.setFontHeightInPoints((short) 9);
			CellStyle style = workbook.createCellStyle();
			style.setFont(font);
			style.setWrapText(true);
			style.setVerticalAlignment(VerticalAlignment.TOP);
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			SXSSFSheet sheet = workbook.createSheet("checklist");
			for (int column = 0; column < WIDTHS.length; column++) {
				sheet.setColumnWidth(column, WIDTHS[column] * 256);
			}
			int index = 0;
			for (String[] strings : rows) {
				Row row = sheet.createRow(index++);
				for (int column = 0; column < strings.length; column++) {
					Cell cell = row.createCell(column);
					cell.setCellStyle(style);
					if (!strings[column].isEmpty()) {
						cell.setCellValue(strings[column]);
					}
				}
			}
			workbook.write(out);
		}
	}

	/** Saves workbooks of rows compactly: one table of distinct strings, rows as indexes into it. */
	public static void save(Map<String, List<String[]>> workbooks, Path file) throws IOException {
		Map<String, Integer> table = new LinkedHashMap<>();
		for (List<String[]> rows : workbooks.values()) {
			for (String[] row : rows) {
				for (String s : row) {
					table.putIfAbsent(s, table.size());
				}
			}
		}
		try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
			out.writeInt(table.size());
			for (String s : table.keySet()) {
				byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
				out.writeInt(bytes.length);
				out.write(bytes);
			}
			out.writeInt(workbooks.size());
			for (Map.Entry<String, List<String[]>> workbook : workbooks.entrySet()) {
				out.writeUTF(workbook.getKey());
				out.writeInt(workbook.getValue().size());
				for (String[] row : workbook.getValue()) {
					out.writeInt(row.length);
					for (String s : row) {
						out.writeInt(table.get(s));
					}
				}
			}
		}
	}

	public static Map<String, List<String[]>> load(Path file) throws IOException {
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
			String[] table = new String[in.readInt()];
			for (int i = 0; i < table.length; i++) {
				table[i] = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
			}
			int count = in.readInt();
			Map<String, List<String[]>> workbooks = new LinkedHashMap<>();
			for (int w = 0; w < count; w++) {
				String name = in.readUTF();
				int size = in.readInt();
				List<String[]> rows = new ArrayList<>(size);
				for (int r = 0; r < size; r++) {
					String[] row = new String[in.readInt()];
					for (int c = 0; c < row.length; c++) {
						row[c] = table[in.readInt()];
					}
					rows.add(row);
				}
				workbooks.put(name, rows);
			}
			return workbooks;
		}
	}
}
