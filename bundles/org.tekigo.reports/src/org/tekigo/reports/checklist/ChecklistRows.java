package org.tekigo.reports.checklist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.tekigo.reports.model.DisclosureView;
import org.tekigo.reports.model.DisclosureView.AnswerView;
import org.tekigo.reports.model.DisclosureView.CategoryView;
import org.tekigo.reports.model.DisclosureView.GroupView;
import org.tekigo.reports.model.DisclosureView.ItemView;
import org.tekigo.reports.model.DisclosureView.MeasureView;
import org.tekigo.reports.model.DisclosureView.RequirementView;
import org.tekigo.reports.model.RelatedRequirements;

/** Flattens a disclosure into checklist rows: one per answer, one per unanswered item. */
public final class ChecklistRows {

	private ChecklistRows() {
	}

	public static List<ChecklistRow> of(DisclosureView disclosure) {
		List<ChecklistRow> rows = new ArrayList<>();
		// Items relating to the same requirements share the formatted cells (and their memory).
		Map<String, RequirementCells> cellsByKey = new HashMap<>();
		int categoryOrdinal = 0, groupOrdinal = 0, measureOrdinal = 0, itemOrdinal = 0;
		for (CategoryView category : disclosure.categories()) {
			categoryOrdinal++;
			for (GroupView group : category.groups()) {
				groupOrdinal++;
				for (MeasureView measure : group.measures()) {
					measureOrdinal++;
					for (ItemView item : measure.items()) {
						itemOrdinal++;
						List<AnswerView> answers = item.answers().isEmpty() ? singleUnanswered() : item.answers();
						for (AnswerView answer : answers) {
							List<RequirementView> requirements = RelatedRequirements.of(item, answer);
							String key = key(requirements);
							RequirementCells cells = cellsByKey.computeIfAbsent(key, k -> RequirementCells.of(requirements));
							rows.add(new ChecklistRow(categoryOrdinal, groupOrdinal, measureOrdinal, itemOrdinal, category,
									group, measure, item, answer, cells, key));
						}
					}
				}
			}
		}
		return rows;
	}

	private static List<AnswerView> singleUnanswered() {
		List<AnswerView> none = new ArrayList<>(1);
		none.add(null);
		return none;
	}

	private static String key(List<RequirementView> requirements) {
		return requirements.stream().map(RequirementView::id).collect(Collectors.joining("\u0000"));
	}
}
