package org.tekigo.reports.review;

import static org.eclipse.osgi.util.NLS.bind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.tekigo.reports.checklist.CellNote;
import org.tekigo.reports.nls.ReportMessages;

/**
 * Reads the cells of one row of the verdicts sheet as the text a person typed, in checklist.xlsx's
 * terms: a formula is read as the value the spreadsheet program saved with it, and said so; a
 * formula saved without a value, a number, a date, a truth value or an error value is no text,
 * is said so, and reads as null, so that the verdict keeps what it had there. Rich text is read
 * as plain text. Nothing a cell holds is dropped without a word.
 */
final class VerdictCells {

	private final String sheet;
	private final DataFormatter formatter = new DataFormatter();
	private final List<CellNote> rowNotes = new ArrayList<>();

	VerdictCells(String sheet) {
		this.sheet = sheet;
	}

	/** Starts a row: the notes of the last one are gone. */
	void startRow() {
		rowNotes.clear();
	}

	/** This row's notes, with the row's id now that it is known. */
	List<CellNote> notes(String id) {
		return rowNotes.stream().map(note -> new CellNote(note.sheet(), note.cell(), id, note.message())).toList();
	}

	/**
	 * The cell's text, "" when it is missing or blank; null when it holds no text, which is noted
	 * with {@code otherwise}, what the import does instead.
	 */
	String text(Cell cell, String otherwise) {
		if (cell == null) {
			return "";
		}
		return switch (cell.getCellType()) {
			case BLANK -> "";
			case STRING -> richText(cell) ? noted(cell, cell.getStringCellValue(), ReportMessages.Cell_richText) : cell.getStringCellValue();
			case FORMULA -> formula(cell, otherwise);
			case NUMERIC -> noted(cell, null, bind(DateUtil.isCellDateFormatted(cell) ? ReportMessages.Cell_date : ReportMessages.Cell_number,
					shown(cell), otherwise));
			case BOOLEAN -> noted(cell, null, bind(ReportMessages.Cell_boolean, shown(cell), otherwise));
			case ERROR -> noted(cell, null, bind(ReportMessages.Cell_error, shown(cell), otherwise));
			default -> noted(cell, null, bind(ReportMessages.Workbook_unreadable, cell.getCellType()));
		};
	}

	/**
	 * A hidden column's text (the id, the pin): as {@link #text}, but rich text is read without a
	 * word, since nobody sees its formatting (LibreOffice saves text mixing Latin and Japanese as
	 * rich text, with a font per script).
	 */
	String hiddenText(Cell cell, String otherwise) {
		return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : text(cell, otherwise);
	}

	/**
	 * The due column's cell: a date cell as its ISO date (Excel turns a typed 2027-01-15 into one
	 * when the cell is not formatted as text), anything else as {@link #text}.
	 */
	String dateOrText(Cell cell, String otherwise) {
		if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().toString();
		}
		return text(cell, otherwise);
	}

	private String formula(Cell cell, String otherwise) {
		CTCell xml = ((XSSFCell) cell).getCTCell();
		String formula = "=" + abbreviate(cell.getCellFormula());
		if (!xml.isSetV() || xml.getV().isEmpty()) {
			return noted(cell, null, bind(ReportMessages.Cell_formulaWithoutValue, formula, otherwise));
		}
		if (cell.getCachedFormulaResultType() == CellType.STRING) {
			String value = cell.getStringCellValue();
			return noted(cell, value, bind(ReportMessages.Cell_formulaText, formula, abbreviate(value)));
		}
		return noted(cell, null, bind(ReportMessages.Cell_formulaNumber, new Object[] { formula, shown(cell), otherwise }));
	}

	private static boolean richText(Cell cell) {
		return cell.getRichStringCellValue() instanceof XSSFRichTextString rich && rich.numFormattingRuns() > 0;
	}

	private String noted(Cell cell, String text, String message) {
		rowNotes.add(new CellNote(sheet, cell.getAddress().formatAsString(), "", message));
		return text;
	}

	private String shown(Cell cell) {
		return abbreviate(formatter.formatCellValue(cell).replaceFirst("^ERROR:", ""));
	}

	/** "2027-03-31" for 2027-03-31, 2027/3/31 or 2027.3.31; empty for any other text. */
	static Optional<String> isoDate(String text) {
		if (!text.matches("\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}")) {
			return Optional.empty();
		}
		String[] parts = text.split("[-/.]");
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])).toString());
		} catch (java.time.DateTimeException e) {
			return Optional.empty();
		}
	}

	static String abbreviate(String text) {
		String line = text.replaceAll("\\s*\\R\\s*", " ");
		return line.length() <= 60 ? line : line.substring(0, 60) + "…";
	}
}
