package org.tekigo.ui.answers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The rows the Answers page shows, in the order it shows them: all rows of the last reconcile,
 * filtered, then sorted by a column (the catalog's order when none). Plain Java: a 4,330-row
 * disclosure filters and sorts in milliseconds (docs/performance.md), and the table is virtual,
 * so only the rows on screen are ever drawn.
 */
public final class AnswerTableModel {

	private List<AnswerRow> all = List.of();
	private AnswerFilter filter = AnswerFilter.NONE;
	private AnswerColumn sortColumn;
	private boolean descending;
	private List<AnswerRow> visible = List.of();

	public void setRows(List<AnswerRow> rows) {
		all = List.copyOf(rows);
		update();
	}

	public void setFilter(AnswerFilter newFilter) {
		filter = newFilter;
		update();
	}

	public AnswerFilter filter() {
		return filter;
	}

	/** Sorts by the column; the same column again reverses the order; null: the catalog's order. */
	public void sortBy(AnswerColumn column) {
		descending = column != null && column == sortColumn && !descending;
		sortColumn = column;
		update();
	}

	public AnswerColumn sortColumn() {
		return sortColumn;
	}

	public boolean descending() {
		return descending;
	}

	public List<AnswerRow> visible() {
		return visible;
	}

	public List<AnswerRow> all() {
		return all;
	}

	/** The row whose answer's text holds this offset, or null. */
	public AnswerRow rowAt(int offset) {
		for (AnswerRow row : all) {
			if (row.offset() >= 0 && row.offset() <= offset && offset < row.offset() + Math.max(1, row.length())) {
				return row;
			}
		}
		return null;
	}

	private void update() {
		List<AnswerRow> shown = new ArrayList<>();
		for (AnswerRow row : all) {
			if (filter.test(row)) {
				shown.add(row);
			}
		}
		if (sortColumn != null) {
			// Each row's text once, not once per comparison.
			List<Map.Entry<String, AnswerRow>> keyed = new ArrayList<>(shown.size());
			shown.forEach(row -> keyed.add(Map.entry(sortColumn.text(row), row)));
			Comparator<Map.Entry<String, AnswerRow>> order = Map.Entry.<String, AnswerRow>comparingByKey()
					.thenComparingInt(entry -> entry.getValue().position());
			keyed.sort(descending ? order.reversed() : order);
			shown = keyed.stream().map(Map.Entry::getValue).toList();
		}
		visible = List.copyOf(shown);
	}
}
