package org.tekigo.reports.gap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tekigo.reports.model.DisclosureView;
import org.tekigo.reports.model.DisclosureView.AnswerView;
import org.tekigo.reports.model.DisclosureView.CategoryView;
import org.tekigo.reports.model.DisclosureView.GroupView;
import org.tekigo.reports.model.DisclosureView.ItemView;
import org.tekigo.reports.model.DisclosureView.MeasureView;
import org.tekigo.reports.model.DisclosureView.RequirementView;
import org.tekigo.reports.model.DisclosureView.Meaning;
import org.tekigo.reports.model.RelatedRequirements;
import org.tekigo.reports.model.ScaleWords;

/** Walks a disclosure once, in catalog order, and collects everything {@link GapAnalysis} holds. */
final class GapAnalyzer {

	/** Counts of one category or group while walking. */
	private static final class Tally {
		final String label;
		final int[] byMeaning = new int[Meaning.values().length];
		int unanswered;

		Tally(String label) {
			this.label = label;
		}

		StatusCount toCount() {
			return new StatusCount(label, byMeaning[Meaning.FULFILLED.ordinal()], byMeaning[Meaning.GAP.ordinal()],
					byMeaning[Meaning.NOT_APPLICABLE.ordinal()], unanswered, byMeaning[Meaning.PARTLY_FULFILLED.ordinal()]);
		}
	}

	/** The answers related to one minimum requirement, over all items. */
	private static final class MinimumRequirementAnswers {
		final RequirementView requirement;
		final List<String> answerIds = new ArrayList<>();
		boolean allNonconformant = true;

		MinimumRequirementAnswers(RequirementView requirement) {
			this.requirement = requirement;
		}
	}

	private final DisclosureView disclosure;
	private final List<StatusCount> byCategory = new ArrayList<>();
	private final List<StatusCount> byGroup = new ArrayList<>();
	private final List<Gap> gaps = new ArrayList<>();
	private final List<UnansweredItem> unanswered = new ArrayList<>();
	private final List<NotApplicableWithoutReason> notApplicableWithoutReason = new ArrayList<>();
	private final List<StaleAnswer> stale = new ArrayList<>();
	private final Map<String, MinimumRequirementAnswers> minimumRequirements = new LinkedHashMap<>();
	private final int[] totals = new int[Meaning.values().length];
	private int items;

	GapAnalyzer(DisclosureView disclosure) {
		this.disclosure = disclosure;
	}

	GapAnalysis analyse() {
		for (CategoryView category : disclosure.categories()) {
			Tally categoryTally = new Tally(category.label());
			for (GroupView group : category.groups()) {
				Tally groupTally = new Tally(group.label());
				for (MeasureView measure : group.measures()) {
					for (ItemView item : measure.items()) {
						ItemContext context = new ItemContext(category.label(), group.label(), measure.label(), item.id(),
								item.text());
						visit(context, item, categoryTally, groupTally);
					}
				}
				byGroup.add(groupTally.toCount());
			}
			byCategory.add(categoryTally.toCount());
		}
		List<NonconformantMinimumRequirement> unmet = minimumRequirements.values().stream()
				.filter(answers -> answers.allNonconformant && !answers.answerIds.isEmpty())
				.map(answers -> new NonconformantMinimumRequirement(answers.requirement, List.copyOf(answers.answerIds)))
				.toList();
		return new GapAnalysis(disclosure.id(), disclosure.vendor(), disclosure.catalogTitle(),
				disclosure.guidelineTitle(), summary(unmet.size()), List.copyOf(byCategory), List.copyOf(byGroup),
				List.copyOf(gaps), List.copyOf(unanswered), List.copyOf(notApplicableWithoutReason), unmet, List.copyOf(stale),
				WeightNames.of(disclosure), ScaleWords.of(disclosure), disclosure.standsAlone());
	}

	private void visit(ItemContext context, ItemView item, Tally categoryTally, Tally groupTally) {
		items++;
		if (item.answers().isEmpty()) {
			categoryTally.unanswered++;
			groupTally.unanswered++;
			unanswered.add(new UnansweredItem(context, item.requirements()));
			return;
		}
		for (AnswerView answer : item.answers()) {
			Meaning meaning = answer.status().meaning();
			categoryTally.byMeaning[meaning.ordinal()]++;
			groupTally.byMeaning[meaning.ordinal()]++;
			totals[meaning.ordinal()]++;
			List<RequirementView> requirements = RelatedRequirements.of(item, answer);
			if (answer.isStale()) {
				stale.add(new StaleAnswer(context, answer));
			}
			if (meaning == Meaning.GAP) {
				gaps.add(new Gap(context, answer, requirements, weightOf(requirements)));
			}
			if (meaning == Meaning.NOT_APPLICABLE && hasNoReason(answer)) {
				notApplicableWithoutReason.add(new NotApplicableWithoutReason(context, answer));
			}
			for (RequirementView requirement : requirements) {
				if (requirement.minimum()) {
					MinimumRequirementAnswers related = minimumRequirements.computeIfAbsent(requirement.id(),
							id -> new MinimumRequirementAnswers(requirement));
					related.answerIds.add(answer.id());
					related.allNonconformant &= meaning == Meaning.GAP;
				}
			}
		}
	}

	private static GapWeight weightOf(List<RequirementView> requirements) {
		if (requirements.stream().anyMatch(RequirementView::minimum)) {
			return GapWeight.MINIMUM;
		}
		return requirements.isEmpty() ? GapWeight.UNCLASSIFIED : GapWeight.RECOMMENDED;
	}

	private static boolean hasNoReason(AnswerView answer) {
		return (answer.comment() == null || answer.comment().isBlank()) && answer.statement() == null;
	}

	private GapSummary summary(int unmetMinimumRequirements) {
		int answers = java.util.Arrays.stream(totals).sum();
		return new GapSummary(items, answers, totals[Meaning.FULFILLED.ordinal()],
				totals[Meaning.GAP.ordinal()], totals[Meaning.NOT_APPLICABLE.ordinal()], unanswered.size(),
				count(GapWeight.MINIMUM), count(GapWeight.RECOMMENDED), count(GapWeight.UNCLASSIFIED),
				(int) gaps.stream().filter(gap -> !gap.hasPlan()).count(), notApplicableWithoutReason.size(),
				unmetMinimumRequirements, totals[Meaning.PARTLY_FULFILLED.ordinal()]);
	}

	private int count(GapWeight weight) {
		return (int) gaps.stream().filter(gap -> gap.weight() == weight).count();
	}
}
