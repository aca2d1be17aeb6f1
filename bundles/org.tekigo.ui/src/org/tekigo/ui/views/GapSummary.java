package org.tekigo.ui.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Catalog;
import org.tekigo.dsl.tekigo.Category;
import org.tekigo.dsl.tekigo.ClassKind;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Group;
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.tekigo.Measure;
import org.tekigo.dsl.tekigo.Remediation;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.tekigo.Statement;
import org.tekigo.dsl.tekigo.Status;
import org.tekigo.dsl.workspace.Ids;
import org.tekigo.dsl.workspace.Requirements;

/**
 * What the gap dashboard shows of a disclosure: its answers counted by category of its catalog,
 * and every 不適合 answer, minimum (class C) gaps first. Plain Java, so that it is tested without
 * a workbench.
 */
public final class GapSummary {

	/** Answers by status and items without any answer, of one category or (the total) of all. */
	public record Counts(String label, int conformant, int nonconformant, int notApplicable, int unanswered) {
	}

	/**
	 * One 不適合 answer. The class is C when a requirement it concerns is minimum, D when they are
	 * all recommended, null when the item relates to no requirement. Texts absent are "".
	 */
	public record Gap(Answer answer, String itemId, List<String> requirementIds, ClassKind requirementClass,
			String comment, String plan, String owner, String due) {

		public boolean minimum() {
			return requirementClass == ClassKind.C;
		}
	}

	public static final String TOTAL = "Total";

	/** Tallies are indexed by status value (0 to 2), then this for items without an answer. */
	private static final int UNANSWERED = 3;

	private final List<Counts> categories = new ArrayList<>();
	private final Counts total;
	private final List<Gap> gaps = new ArrayList<>();

	public GapSummary(Disclosure disclosure) {
		Catalog catalog = disclosure.getCatalog();
		Map<Category, int[]> tally = new LinkedHashMap<>();
		if (catalog != null && !catalog.eIsProxy()) {
			catalog.getCategories().forEach(category -> tally.put(category, new int[UNANSWERED + 1]));
		}
		Map<Item, Category> categoryOf = itemsOf(tally.keySet());
		Set<Item> answered = new HashSet<>();
		for (Answer answer : disclosure.getAnswers()) {
			// Answers to unresolved items or to another catalog's are the validator's to report.
			Category category = categoryOf.get(answer.getItem());
			if (category != null && answer.getStatus() != null) {
				tally.get(category)[answer.getStatus().getValue()]++;
				answered.add(answer.getItem());
			}
			if (answer.getStatus() == Status.NONCONFORMANT) {
				gaps.add(gap(answer));
			}
		}
		categoryOf.forEach((item, category) -> {
			if (!answered.contains(item)) {
				tally.get(category)[UNANSWERED]++;
			}
		});
		int[] sum = new int[UNANSWERED + 1];
		tally.forEach((category, counts) -> {
			categories.add(counts(category.getName() + "." + Objects.toString(category.getTitle(), ""), counts));
			for (int i = 0; i < sum.length; i++) {
				sum[i] += counts[i];
			}
		});
		total = counts(TOTAL, sum);
		// A stable sort: within a class the gaps stay in the order the disclosure gives them.
		gaps.sort(Comparator.comparingInt(gap -> gap.requirementClass() == null ? 2 : gap.requirementClass().getValue()));
	}

	/** One row per category of the catalog, in its order. */
	public List<Counts> categories() {
		return categories;
	}

	public Counts total() {
		return total;
	}

	public List<Gap> gaps() {
		return gaps;
	}

	private static Map<Item, Category> itemsOf(Set<Category> categories) {
		Map<Item, Category> categoryOf = new LinkedHashMap<>();
		for (Category category : categories) {
			for (Group group : category.getGroups()) {
				for (Measure measure : group.getMeasures()) {
					for (Item item : measure.getItems()) {
						categoryOf.put(item, category);
					}
				}
			}
		}
		return categoryOf;
	}

	private static Counts counts(String label, int[] counts) {
		return new Counts(label, counts[Status.CONFORMANT_VALUE], counts[Status.NONCONFORMANT_VALUE],
				counts[Status.NOT_APPLICABLE_VALUE], counts[UNANSWERED]);
	}

	private static Gap gap(Answer answer) {
		List<Requirement> concerned = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		if (answer.getRequirement() != null) {
			concerned.add(answer.getRequirement());
			String id = AnswerIds.requirement(answer);
			if (id != null) {
				ids.add(id);
			}
		} else if (answer.getItem() != null && !answer.getItem().eIsProxy()) {
			for (Requirement requirement : answer.getItem().getRelations()) {
				if (!requirement.eIsProxy()) {
					concerned.add(requirement);
					ids.add(Ids.of(requirement));
				}
			}
		}
		Remediation remediation = answer.getRemediation();
		return new Gap(answer, AnswerIds.item(answer), List.copyOf(ids), classOf(concerned), comment(answer),
				remediation == null ? "" : text(remediation.getPlan()),
				remediation == null ? "" : text(remediation.getOwner()),
				remediation == null ? "" : text(remediation.getDue()));
	}

	private static ClassKind classOf(List<Requirement> requirements) {
		if (requirements.stream().anyMatch(Requirements::isMinimum)) {
			return ClassKind.C;
		}
		return requirements.stream().anyMatch(r -> Requirements.classOf(r) == ClassKind.D) ? ClassKind.D : null;
	}

	/** The answer's own comment, else the text of the statement it refers to. */
	private static String comment(Answer answer) {
		if (answer.getComment() != null && !answer.getComment().isBlank()) {
			return answer.getComment();
		}
		Statement statement = answer.getStatement();
		return statement == null || statement.eIsProxy() ? "" : text(statement.getText());
	}

	private static String text(String text) {
		return text == null ? "" : text;
	}
}
