package org.tekigo.reports.checklist;

import org.tekigo.reports.model.DisclosureView.AnswerView;
import org.tekigo.reports.model.DisclosureView.CategoryView;
import org.tekigo.reports.model.DisclosureView.GroupView;
import org.tekigo.reports.model.DisclosureView.ItemView;
import org.tekigo.reports.model.DisclosureView.MeasureView;

/**
 * One row of the checklist sheet: one answer, or an unanswered item. The ordinals number
 * categories, groups, measures and items across the whole disclosure, so that the writer can
 * tell where a merged cell ends without comparing records deeply.
 *
 * @param answer          null for an unanswered item
 * @param requirements    the cells of the requirements this row answers
 * @param requirementKey  identifies those requirements ("" when none): equal keys in
 *                        consecutive rows of a measure share one merged cell
 */
public record ChecklistRow(int categoryOrdinal, int groupOrdinal, int measureOrdinal, int itemOrdinal,
		CategoryView category, GroupView group, MeasureView measure, ItemView item, AnswerView answer,
		RequirementCells requirements, String requirementKey) {

	/** The stable id written to the hidden column: the answer's, or the item's when unanswered. */
	public String id() {
		return answer != null ? answer.id() : item.id();
	}

	/** The answer's word (適合可能, いいえ…), or "" when unanswered. */
	public String statusLabel() {
		return answer != null ? answer.status().label() : "";
	}

	public String comment() {
		return answer != null && answer.comment() != null ? answer.comment() : "";
	}

	/** The answer's target date ("" when it has none). */
	public String due() {
		return answer != null && answer.remediation() != null && answer.remediation().due() != null ? answer.remediation().due() : "";
	}
}
