package org.tekigo.reports.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Runs of consecutive rows that show the same thing in one column and so share a merged cell,
 * as the published checklist prints a category, a group, a measure or a shared requirement once
 * beside all the rows it belongs to.
 */
final class ColumnSpans {

	/** Rows {@code first}..{@code last}, 0-based among the data rows. */
	record Run(int first, int last) {
		int length() {
			return last - first + 1;
		}
	}

	private final int[] runLength;
	private final boolean[] continues;
	private final List<Run> merged;

	private ColumnSpans(int[] runLength, boolean[] continues, List<Run> merged) {
		this.runLength = runLength;
		this.continues = continues;
		this.merged = merged;
	}

	/**
	 * @param key what the column shows for a row, compared between neighbours; null never merges
	 */
	static ColumnSpans of(List<ChecklistRow> rows, Function<ChecklistRow, Object> key) {
		int size = rows.size();
		int[] runLength = new int[size];
		boolean[] continues = new boolean[size];
		List<Run> merged = new ArrayList<>();
		int first = 0;
		Object firstKey = size > 0 ? key.apply(rows.get(0)) : null;
		for (int row = 1; row <= size; row++) {
			Object rowKey = row < size ? key.apply(rows.get(row)) : null;
			boolean same = row < size && firstKey != null && Objects.equals(firstKey, rowKey);
			if (same) {
				continues[row] = true;
				continue;
			}
			Run run = new Run(first, row - 1);
			runLength[first] = run.length();
			if (run.length() > 1) {
				merged.add(run);
			}
			first = row;
			firstKey = rowKey;
		}
		return new ColumnSpans(runLength, continues, merged);
	}

	/** Whether the row's cell is covered by the merged cell that starts above it. */
	boolean continuesAbove(int row) {
		return continues[row];
	}

	/** The number of rows of the run starting at {@code row}; 0 if a run does not start there. */
	int runLengthAt(int row) {
		return runLength[row];
	}

	List<Run> merged() {
		return merged;
	}
}
