package org.tekigo.bench;

import java.util.ArrayList;
import java.util.List;

import org.tekigo.reports.checklist.ChecklistRow;
import org.tekigo.reports.checklist.ChecklistRows;
import org.tekigo.reports.model.DisclosureView;

/**
 * The strings {@code ChecklistWorkbookWriter} puts into the 12 cells of each data row of
 * checklist.xlsx: the same rows (one per answer, one per unanswered item), and blank where a
 * merged cell covers the cell, as the writer leaves them. The POI floor writes exactly these.
 */
public final class ChecklistStrings {

	public static final int COLUMNS = 12;

	private ChecklistStrings() {
	}

	public static List<String[]> of(DisclosureView view) {
		List<ChecklistRow> rows = ChecklistRows.of(view);
		List<String[]> strings = new ArrayList<>(rows.size());
		ChecklistRow previous = null;
		for (ChecklistRow row : rows) {
			boolean sameCategory = previous != null && previous.categoryOrdinal() == row.categoryOrdinal();
			boolean sameGroup = previous != null && previous.groupOrdinal() == row.groupOrdinal();
			boolean sameMeasure = previous != null && previous.measureOrdinal() == row.measureOrdinal();
			boolean sameItem = previous != null && previous.itemOrdinal() == row.itemOrdinal();
			boolean sameRequirements = sameMeasure && !row.requirementKey().isEmpty()
					&& row.requirementKey().equals(previous.requirementKey());
			strings.add(new String[] {
					sameCategory ? "" : row.category().label(),
					sameGroup ? "" : row.group().label(),
					sameMeasure ? "" : row.measure().label(),
					sameItem ? "" : row.item().text(),
					sameMeasure ? "" : row.measure().scenario(),
					sameRequirements ? "" : row.requirements().section(),
					sameRequirements ? "" : row.requirements().classes(),
					sameRequirements ? "" : row.requirements().text(),
					sameRequirements ? "" : row.requirements().previousText(),
					row.statusLabel(),
					row.comment(),
					row.id() });
			previous = row;
		}
		return strings;
	}
}
