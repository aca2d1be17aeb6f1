package org.tekigo.importer.table;

import java.util.List;

/**
 * A vendor's checklist read as a table, from a PDF or a workbook: its rows in reading order, and
 * the vendor named by the comment column's heading ("Chatworkの見解").
 */
public record ChecklistTable(String vendor, List<TableRow> rows) {

	public ChecklistTable {
		rows = List.copyOf(rows);
	}
}
