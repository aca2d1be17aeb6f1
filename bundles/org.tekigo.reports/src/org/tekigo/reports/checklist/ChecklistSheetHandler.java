package org.tekigo.reports.checklist;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.tekigo.reports.model.DisclosureView.Status;

/**
 * Reads the checklist sheet row by row as it streams past: finds the id, status and comment
 * columns by their headers, then takes one answer per data row, keyed by the hidden id, so rows
 * a person re-sorted or moved still reach their answer.
 */
final class ChecklistSheetHandler implements SheetContentsHandler {

	/** Carries a format problem out of the SAX callbacks, which cannot throw checked exceptions. */
	static final class Refusal extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Refusal(String message) {
			super(message, null, false, false);
		}
	}

	private final String sheetName;
	private final Map<Integer, String> rowCells = new HashMap<>();
	private final Map<String, EditedAnswer> answers = new LinkedHashMap<>();
	private int nextColumn;
	private int idColumn = -1;
	private int statusColumn = -1;
	private int commentColumn = -1;

	ChecklistSheetHandler(String sheetName) {
		this.sheetName = sheetName;
	}

	Map<String, EditedAnswer> answers() {
		return answers;
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
			rowCells.put(column, formattedValue);
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
		rowCells.forEach((column, text) -> {
			String header = text.strip();
			if (idColumn < 0 && header.equals(ChecklistFormat.ID_HEADER)) {
				idColumn = column;
			} else if (statusColumn < 0 && header.equals(ChecklistFormat.STATUS_HEADER)) {
				statusColumn = column;
			} else if (commentColumn < 0 && header.endsWith(ChecklistFormat.COMMENT_HEADER_SUFFIX)) {
				commentColumn = column;
			}
		});
	}

	private void requireColumns() {
		if (idColumn < 0 || statusColumn < 0 || commentColumn < 0) {
			throw new Refusal("sheet '" + sheetName + "' has no column headed "
					+ (idColumn < 0 ? "'" + ChecklistFormat.ID_HEADER + "'"
							: statusColumn < 0 ? "'" + ChecklistFormat.STATUS_HEADER + "'"
									: "'…" + ChecklistFormat.COMMENT_HEADER_SUFFIX + "'")
					+ " in its first " + ChecklistFormat.HEADER_ROWS + " rows");
		}
	}

	private void readAnswer(int row) {
		String id = text(idColumn).strip();
		String statusText = text(statusColumn).strip();
		String comment = text(commentColumn).replace("\r\n", "\n");
		if (id.isEmpty()) {
			if (!statusText.isEmpty()) {
				throw new Refusal(where(row) + ": a status (" + statusText + ") in a row without a Tekigo id;"
						+ " answers cannot be added by inserting rows");
			}
			return;
		}
		Status status = statusText.isEmpty() ? null : parseStatus(statusText, row);
		EditedAnswer earlier = answers.putIfAbsent(id, new EditedAnswer(id, status, comment, row));
		if (earlier != null) {
			throw new Refusal(where(row) + ": the id '" + id + "' was already in row " + earlier.row()
					+ "; was a row copied?");
		}
	}

	private Status parseStatus(String text, int row) {
		Optional<Status> status = Arrays.stream(Status.values()).filter(s -> s.label().equals(text)).findFirst();
		return status.orElseThrow(() -> new Refusal(where(row) + ": unknown status '" + text + "' (expected "
				+ String.join(", ", StatusColumnRules.labels()) + ", or empty)"));
	}

	private String where(int row) {
		return "sheet '" + sheetName + "', row " + row;
	}

	private String text(int column) {
		return rowCells.getOrDefault(column, "");
	}
}
