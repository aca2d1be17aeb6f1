package org.tekigo.ui.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.util.TextRegion;
import org.eclipse.xtext.validation.Issue;
import org.tekigo.reports.model.DisclosureView;
import org.tekigo.reports.model.DisclosureView.AnswerView;
import org.tekigo.reports.model.DisclosureView.CategoryView;
import org.tekigo.reports.model.DisclosureView.GroupView;
import org.tekigo.reports.model.DisclosureView.ItemView;
import org.tekigo.reports.model.DisclosureView.MeasureView;
import org.tekigo.reports.model.DisclosureView.RequirementView;

/**
 * The rows of the Answers page, in the catalog's order: one per answer (an item answered per
 * requirement has one row per requirement) and one per unanswered item, from the same view of the
 * disclosure the reports read.
 */
public final class AnswerRows {

	private AnswerRows() {
	}

	/**
	 * @param regions where each answer's text is, by answer id
	 * @param issues  the validator's issues of the document; each goes to the row whose text holds it
	 * @param verdicts what the reviews say of each answer, by answer id ({@link AnswerVerdicts})
	 */
	public static List<AnswerRow> of(DisclosureView view, Map<String, TextRegion> regions, List<Issue> issues,
			Map<String, String> verdicts) {
		List<AnswerRow> rows = new ArrayList<>();
		for (CategoryView category : view.categories()) {
			for (GroupView group : category.groups()) {
				for (MeasureView measure : group.measures()) {
					for (ItemView item : measure.items()) {
						String requirements = String.join("\n", item.requirements().stream()
								.map(AnswerRows::withWeight).toList());
						boolean minimum = item.requirements().stream().anyMatch(RequirementView::minimum);
						if (item.answers().isEmpty()) {
							rows.add(new AnswerRow(item.id(), rows.size(), category.label(), group.label(), measure.label(), item.id(),
									item.text(), requirements, minimum, null, "", null, "", "", "", "", "", -1, 0, List.of(), List.of()));
						}
						for (AnswerView answer : item.answers()) {
							TextRegion region = regions.get(answer.id()); // null: no text of its own (cannot happen once parsed)
							RequirementView answered = answer.requirement();
							rows.add(new AnswerRow(answer.id(), rows.size(), category.label(), group.label(), measure.label(),
									item.id(), item.text(),
									answered == null ? requirements : withWeight(answered),
									answered == null ? minimum : answered.minimum(), answer.status(), answer.comment(),
									answer.statement(), String.join("\n", answer.evidence()),
									answer.remediation() == null ? "" : answer.remediation().plan(),
									answer.remediation() == null ? "" : answer.remediation().owner(),
									answer.remediation() == null ? "" : answer.remediation().due(),
									verdicts.getOrDefault(answer.id(), ""),
									region == null ? -1 : region.getOffset(), region == null ? 0 : region.getLength(),
									within(issues, region), answer.stale()));
						}
					}
				}
			}
		}
		return rows;
	}

	/** "6.3/C/3 (C)": the requirement and the name of its weight. */
	private static String withWeight(RequirementView requirement) {
		return requirement.weight().isEmpty() ? requirement.id() : requirement.id() + " (" + requirement.weight() + ")";
	}

	private static List<Issue> within(List<Issue> issues, TextRegion region) {
		if (region == null) {
			return List.of();
		}
		List<Issue> inside = new ArrayList<>();
		for (Issue issue : issues) {
			Integer offset = issue.getOffset();
			if (offset != null && offset >= region.getOffset() && offset < region.getOffset() + region.getLength()) {
				inside.add(issue);
			}
		}
		return inside;
	}
}
