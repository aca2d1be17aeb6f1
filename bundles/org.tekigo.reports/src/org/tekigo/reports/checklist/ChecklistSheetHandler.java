package org.tekigo.reports.checklist;

import org.tekigo.reports.nls.ReportMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.tekigo.reports.checklist.CellMarkup.Kind;

/**
 * Reads the checklist sheet row by row as it streams past: finds the id, status and comment
 * columns by their headers, then takes one answer per data row, keyed by the hidden id, so rows
 * a person re-sorted or moved still reach their answer. A status or comment cell that does not
 * hold plain text is reported as a {@link CellNote}; where its text cannot be known, the answer
 * keeps what it had.
 */
final class ChecklistSheetHandler implements SheetContentsHandler {

	/** Carries a format problem out of the SAX callbacks, which cannot throw checked exceptions. */
	static final class Refusal extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Refusal(String message) {
			super(message, null, false, false);
		}
	}

	/** One cell of the current row: its text as POI formats it (null when unknown) and its kind. */
	private record SheetCell(String reference, String text, Kind kind, String formula) {
	}

	private final String sheetName;
	private final CellMarkup markup;
	private final Map<Integer, SheetCell> rowCells = new HashMap<>();
	private final Map<String, EditedAnswer> answers = new LinkedHashMap<>();
	private final List<CellNote> notes = new ArrayList<>();
	private final List<CellNote> rowNotes = new ArrayList<>();
	private int nextColumn;
	private int idColumn = -1;
	private int statusColumn = -1;
	private int commentColumn = -1;
	/** Only in a checklist of its own; -1 in the published layout. */
	private int dueColumn = -1;

	ChecklistSheetHandler(String sheetName, SharedStrings strings, StylesTable styles) {
		this.sheetName = sheetName;
		this.markup = new CellMarkup(strings, styles, this::valuelessFormula);
	}

	/** The filter to put between the XML parser and POI's sheet handler that reports to this one. */
	CellMarkup markup() {
		return markup;
	}

	EditedChecklist result() {
		return new EditedChecklist(answers, List.copyOf(notes));
	}

	@Override
	public void startRow(int rowNum) {
		rowCells.clear();
		nextColumn = 0;
	}

	@Override
	public void cell(String cellReference, String formattedValue, XSSFComment comment) {
		int column = cellReference != null ? new CellReference(cellReference).getCol() : nextColumn;
		nextColumn = column + 1;
		if (formattedValue != null && !formattedValue.isEmpty()) {
			rowCells.put(column, new SheetCell(cellReference, formattedValue, markup.kindOfCurrentCell(),
					markup.formulaOfCurrentCell()));
		}
	}

	/** A formula cell saved without a value (POI's handler reports nothing for it). */
	private void valuelessFormula(String cellReference, String formula) {
		if (cellReference != null) {
			rowCells.put((int) new CellReference(cellReference).getCol(),
					new SheetCell(cellReference, null, Kind.FORMULA_WITHOUT_VALUE, formula));
		}
	}

	@Override
	public void endRow(int rowNum) {
		if (rowNum < ChecklistFormat.HEADER_ROWS) {
			findColumns();
			return;
		}
		requireColumns();
		readAnswer(rowNum + 1);
	}

	@Override
	public void endSheet() {
		requireColumns();
	}

	private void findColumns() {
		rowCells.forEach((column, cell) -> {
			String header = cell.text() == null ? "" : cell.text().strip();
			if (idColumn < 0 && header.equals(ChecklistFormat.ID_HEADER)) {
				idColumn = column;
			} else if (statusColumn < 0 && (header.equals(ChecklistFormat.STATUS_HEADER) || header.equals(ChecklistFormat.ANSWER_HEADER))) {
				statusColumn = column;
			} else if (commentColumn < 0 && header.endsWith(ChecklistFormat.COMMENT_HEADER_SUFFIX)) {
				commentColumn = column;
			} else if (dueColumn < 0 && header.equals(ChecklistFormat.DUE_HEADER)) {
				dueColumn = column;
			}
		});
	}

	private void requireColumns() {
		if (idColumn < 0 || statusColumn < 0 || commentColumn < 0) {
			String missing = idColumn < 0 ? ChecklistFormat.ID_HEADER
					: statusColumn < 0 ? ChecklistFormat.STATUS_HEADER : "…" + ChecklistFormat.COMMENT_HEADER_SUFFIX;
			throw new Refusal(bind(ReportMessages.Sheet_noColumn, new Object[] { sheetName, missing, ChecklistFormat.HEADER_ROWS }));
		}
	}

	private void readAnswer(int row) {
		rowNotes.clear();
		String id = readable(idColumn, ReportMessages.Sheet_rowSkipped);
		String statusText = readable(statusColumn, ReportMessages.Sheet_keepsStatus);
		String comment = readable(commentColumn, ReportMessages.Sheet_keepsComment);
		String due = dueColumn < 0 ? null : due(row);
		String rowId = id == null ? "" : id.strip();
		rowNotes.forEach(note -> notes.add(new CellNote(note.sheet(), note.cell(), rowId, note.message())));
		if (id == null) {
			return;
		}
		statusText = statusText == null ? "" : statusText.strip();
		if (rowId.isEmpty()) {
			if (!statusText.isEmpty()) {
				throw new Refusal(bind(ReportMessages.Sheet_statusWithoutId, where(row), statusText));
			}
			return;
		}
		// The word is checked against the scale of the disclosure the sheet is brought into (EditedChecklist).
		EditedAnswer earlier = answers.putIfAbsent(rowId, new EditedAnswer(rowId, statusText.isEmpty() ? null : statusText,
				comment == null ? null : comment.replace("\r\n", "\n"), row, due, sheetName));
		if (earlier != null) {
			throw new Refusal(bind(ReportMessages.Sheet_duplicateId, new Object[] { where(row), rowId, earlier.row() }));
		}
	}

	/**
	 * The text of a cell of this row, "" when it is empty; null when it holds something that is
	 * not text, which is noted with {@code otherwise}, what the import does instead.
	 */
	private String readable(int column, String otherwise) {
		SheetCell cell = rowCells.get(column);
		if (cell == null) {
			return "";
		}
		String shown = cell.text() == null ? "" : abbreviate(cell.text());
		String formula = "=" + (cell.formula() == null || cell.formula().isEmpty() ? "…" : abbreviate(cell.formula()));
		return switch (cell.kind()) {
			case TEXT -> cell.text();
			case RICH_TEXT -> noted(cell, cell.text(), ReportMessages.Cell_richText);
			case FORMULA_TEXT -> noted(cell, cell.text(), bind(ReportMessages.Cell_formulaText, formula, shown));
			case FORMULA_WITHOUT_VALUE -> noted(cell, null, bind(ReportMessages.Cell_formulaWithoutValue, formula, otherwise));
			case NUMBER -> noted(cell, null, cell.formula() != null
					? bind(ReportMessages.Cell_formulaNumber, new Object[] { formula, shown, otherwise })
					: bind(ReportMessages.Cell_number, shown, otherwise));
			case DATE -> noted(cell, null, bind(ReportMessages.Cell_date, shown, otherwise));
			case BOOLEAN -> noted(cell, null, bind(ReportMessages.Cell_boolean, shown, otherwise));
			case ERROR -> noted(cell, null, bind(ReportMessages.Cell_error, shown.replaceFirst("^ERROR:", ""), otherwise));
		};
	}

	private String noted(SheetCell cell, String text, String message) {
		rowNotes.add(new CellNote(sheetName, cell.reference(), "", message));
		return text;
	}

	/**
	 * The target date of this row: "" when empty, ISO when the cell holds a date in another
	 * spelling (2027/3/31, or a date cell shown so); null when a date cell cannot be read (noted:
	 * the answer keeps its date). Text that is no date refuses the sheet, naming the row.
	 */
	private String due(int row) {
		SheetCell cell = rowCells.get(dueColumn);
		if (cell == null || cell.text() == null || cell.text().isBlank()) {
			return cell != null && cell.kind() == Kind.FORMULA_WITHOUT_VALUE ? readable(dueColumn, ReportMessages.Sheet_keepsDue) : "";
		}
		Optional<String> date = isoDate(cell.text().strip());
		if (date.isPresent() && (cell.kind() == Kind.TEXT || cell.kind() == Kind.DATE)) {
			return date.get();
		}
		if (cell.kind() == Kind.TEXT) {
			throw new Refusal(bind(ReportMessages.Sheet_badDue, where(row), abbreviate(cell.text())));
		}
		return readable(dueColumn, ReportMessages.Sheet_keepsDue);
	}

	/** "2027-03-31" for 2027-03-31, 2027/3/31 or 2027.3.31. */
	static Optional<String> isoDate(String text) {
		String[] parts = text.split("[-/.]");
		if (parts.length != 3 || !text.matches("\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}")) {
			return Optional.empty();
		}
		try {
			return Optional.of(java.time.LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]))
					.toString());
		} catch (java.time.DateTimeException e) {
			return Optional.empty();
		}
	}

	private String where(int row) {
		return bind(ReportMessages.Sheet_row, sheetName, row);
	}

	private static String abbreviate(String text) {
		String line = text.replaceAll("\\s*\\R\\s*", " ");
		return line.length() <= 60 ? line : line.substring(0, 60) + "…";
	}
}
