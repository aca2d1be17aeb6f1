package org.tekigo.reports.checklist;

import java.util.EnumSet;
import java.util.List;

import org.tekigo.reports.model.DisclosureView;

/**
 * Which columns a checklist sheet has. A catalog of the provider guideline has the published
 * layout (measures, scenario, the related requirements, answer, comment); a checklist of its own,
 * whose items relate to no guideline (the cybersecurity checklist), has the sections and items,
 * the answer, the comment and the target date (what its scale asks of a gap): not the
 * provider's layout with five empty columns.
 */
enum ChecklistShape {
	PROVIDER(EnumSet.complementOf(EnumSet.of(ChecklistColumn.DUE))),
	STANDALONE(EnumSet.of(ChecklistColumn.CATEGORY, ChecklistColumn.GROUP, ChecklistColumn.MEASURE, ChecklistColumn.ITEM,
			ChecklistColumn.STATUS, ChecklistColumn.COMMENT, ChecklistColumn.DUE, ChecklistColumn.ID));

	private final List<ChecklistColumn> columns;

	ChecklistShape(EnumSet<ChecklistColumn> columns) {
		this.columns = List.copyOf(columns);
	}

	static ChecklistShape of(DisclosureView disclosure) {
		return disclosure.standsAlone() ? STANDALONE : PROVIDER;
	}

	/** The columns in the order they stand. */
	List<ChecklistColumn> columns() {
		return columns;
	}

	/** Where a column stands (0-based), or -1 when this shape has none. */
	int index(ChecklistColumn column) {
		return columns.indexOf(column);
	}

	boolean has(ChecklistColumn column) {
		return columns.contains(column);
	}

	/** The columns a reader sees: all but the hidden id. */
	List<ChecklistColumn> visible() {
		return columns.subList(0, columns.size() - 1);
	}
}
