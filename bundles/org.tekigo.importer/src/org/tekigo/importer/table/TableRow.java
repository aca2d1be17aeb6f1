package org.tekigo.importer.table;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One row of a checklist's table, as a file holds it: for each column, the lines of its cell, and
 * whether that cell began in a row above (a merged cell, or a cell that continues from the page
 * before) rather than in this row.
 *
 * @param where where the row is, for messages: "sheet "チェックリスト", row 12" or "page 3"
 * @param lines the lines of each cell as the file breaks them (an xlsx keeps the typed line breaks;
 *              a PDF breaks where the cell wrapped), absent for a column the file does not have
 * @param continued the columns whose cell began above this row
 */
public record TableRow(String where, Map<Column, List<String>> lines, Set<Column> continued) {

	public TableRow {
		lines = lines.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(lines));
		continued = continued.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(continued));
	}

	/** The cell's lines; empty when the column is absent or its cell is empty. */
	public List<String> lines(Column column) {
		return lines.getOrDefault(column, List.of());
	}

	/** Whether a cell begins in this row with something in it: a new category, item, requirement… */
	public boolean starts(Column column) {
		return !continued.contains(column) && lines(column).stream().anyMatch(line -> !line.isBlank());
	}

	public boolean isEmpty() {
		return lines.values().stream().flatMap(List::stream).allMatch(String::isBlank);
	}
}
