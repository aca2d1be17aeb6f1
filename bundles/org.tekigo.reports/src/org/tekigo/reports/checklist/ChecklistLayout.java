package org.tekigo.reports.checklist;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.tekigo.reports.xlsx.TextHeight;

/**
 * Plans the data rows before any is written: which cells merge and how tall each row must be.
 * The streaming workbook forgets rows once written, so a merged cell's height need has to be
 * known before its first row goes out.
 */
final class ChecklistLayout {

	private final List<ChecklistRow> rows;
	private final ChecklistShape shape;
	private final Map<ChecklistColumn, ColumnSpans> spans = new EnumMap<>(ChecklistColumn.class);
	private final float[] heights;

	private ChecklistLayout(List<ChecklistRow> rows, ChecklistShape shape, TextHeight textHeight) {
		this.rows = rows;
		this.shape = shape;
		for (ChecklistColumn column : shape.columns()) {
			spans.put(column, ColumnSpans.of(rows, row -> mergeKey(row, column)));
		}
		this.heights = new float[rows.size()];
		fitSingleRowCells(textHeight);
		fitMergedCells(textHeight);
	}

	static ChecklistLayout plan(List<ChecklistRow> rows, ChecklistShape shape, TextHeight textHeight) {
		return new ChecklistLayout(rows, shape, textHeight);
	}

	ColumnSpans spans(ChecklistColumn column) {
		return spans.get(column);
	}

	float heightInPoints(int row) {
		return heights[row];
	}

	/** What a column shows in a row, as written to its cell. */
	static String text(ChecklistRow row, ChecklistColumn column) {
		return switch (column) {
			case CATEGORY -> row.category().label();
			case GROUP -> row.group().label();
			case MEASURE -> row.measure().label();
			case ITEM -> row.item().text();
			case SCENARIO -> row.measure().scenario();
			case SECTION -> row.requirements().section();
			case CLASS -> row.requirements().classes();
			case TEXT -> row.requirements().text();
			case PREVIOUS_TEXT -> row.requirements().previousText();
			case STATUS -> row.statusLabel();
			case COMMENT -> row.comment();
			case DUE -> row.due();
			case ID -> row.id();
		};
	}

	/*
	 * Requirement cells merge only inside a measure: a new measure starts its own requirement
	 * cell even when it cites the same requirement, as the published checklist does. Answers,
	 * comments and ids never merge: each row is edited on its own.
	 */
	private static Object mergeKey(ChecklistRow row, ChecklistColumn column) {
		return switch (column) {
			case CATEGORY -> row.categoryOrdinal();
			case GROUP -> row.groupOrdinal();
			case MEASURE, SCENARIO -> row.measureOrdinal();
			case ITEM -> row.itemOrdinal();
			case SECTION, CLASS, TEXT, PREVIOUS_TEXT ->
				row.requirementKey().isEmpty() ? null : row.measureOrdinal() + "\u0000" + row.requirementKey();
			case STATUS, COMMENT, DUE, ID -> null;
		};
	}

	private void fitSingleRowCells(TextHeight textHeight) {
		for (int row = 0; row < rows.size(); row++) {
			float height = textHeight.points(1);
			for (ChecklistColumn column : visibleColumns()) {
				if (spans.get(column).runLengthAt(row) == 1) {
					height = Math.max(height, textHeight.points(text(rows.get(row), column), column.width()));
				}
			}
			heights[row] = height;
		}
	}

	/* A merged cell's text must fit into the rows it covers: spread what is missing over them. */
	private void fitMergedCells(TextHeight textHeight) {
		for (ChecklistColumn column : visibleColumns()) {
			for (ColumnSpans.Run run : spans.get(column).merged()) {
				float needed = textHeight.points(text(rows.get(run.first()), column), column.width());
				float available = 0;
				for (int row = run.first(); row <= run.last(); row++) {
					available += heights[row];
				}
				if (needed > available) {
					float extra = (needed - available) / run.length();
					for (int row = run.first(); row <= run.last(); row++) {
						heights[row] = Math.min(TextHeight.MAX_ROW_POINTS, heights[row] + extra);
					}
				}
			}
		}
	}

	private List<ChecklistColumn> visibleColumns() {
		return shape.visible();
	}
}
