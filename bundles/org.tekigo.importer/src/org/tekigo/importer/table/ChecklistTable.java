package org.tekigo.importer.table;

import java.util.List;

/**
 * A vendor's checklist read as a table, from a PDF or a workbook: its rows in reading order, the
 * vendor named by the comment column's heading ("Chatworkの見解"), and what the reader noticed but
 * could read past, for the user to check (a cell the printout cut off).
 */
public record ChecklistTable(String vendor, List<TableRow> rows, List<String> warnings) {

	public ChecklistTable {
		rows = List.copyOf(rows);
		warnings = List.copyOf(warnings);
	}

	public ChecklistTable(String vendor, List<TableRow> rows) {
		this(vendor, rows, List.of());
	}

	/** Where the row at this place of the table (1 for the first) is, for messages; the nearest row outside them. */
	public String where(int place) {
		return rows.isEmpty() ? "" : rows.get(Math.min(Math.max(place, 1), rows.size()) - 1).where();
	}
}
