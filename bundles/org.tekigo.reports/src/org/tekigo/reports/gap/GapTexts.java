package org.tekigo.reports.gap;

import org.tekigo.reports.nls.ReportMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import org.tekigo.reports.model.DisclosureView.Meaning;
import org.tekigo.reports.model.DisclosureView.RequirementView;
import org.tekigo.reports.model.ScaleWords;

/**
 * The words the gap reports share, so that the HTML page, the workbook and the pull request
 * comment name things the same way; in the language of the run ({@link ReportMessages}).
 */
public final class GapTexts {

	public static final String TITLE = ReportMessages.Gap_title;
	public static final String SUMMARY = ReportMessages.Gap_summary;
	public static final String BY_CATEGORY = ReportMessages.Gap_byCategory;
	public static final String BY_GROUP = ReportMessages.Gap_byGroup;
	public static final String GAPS = ReportMessages.Gap_gaps;
	public static final String STALE = ReportMessages.Gap_stale;
	public static final String UNANSWERED = ReportMessages.Gap_unanswered;
	public static final String NOT_APPLICABLE_WITHOUT_REASON = ReportMessages.Gap_notApplicableWithoutReason;
	public static final String UNANSWERED_STATUS = ReportMessages.Gap_unansweredStatus;

	public static final String COLUMN_ID = ReportMessages.Gap_columnId;
	public static final String COLUMN_WEIGHT = ReportMessages.Gap_columnWeight;
	public static final String COLUMN_CATEGORY = ReportMessages.Gap_columnCategory;
	public static final String COLUMN_GROUP = ReportMessages.Gap_columnGroup;
	public static final String COLUMN_MEASURE = ReportMessages.Gap_columnMeasure;
	public static final String COLUMN_ITEM = ReportMessages.Gap_columnItem;
	public static final String COLUMN_REQUIREMENTS = ReportMessages.Gap_columnRequirements;
	public static final String COLUMN_COMMENT = ReportMessages.Gap_columnComment;
	public static final String COLUMN_PLAN = ReportMessages.Gap_columnPlan;
	public static final String COLUMN_OWNER = ReportMessages.Gap_columnOwner;
	public static final String COLUMN_DUE = ReportMessages.Gap_columnDue;
	public static final String COLUMN_REQUIREMENT = ReportMessages.Gap_columnRequirement;
	public static final String COLUMN_ANSWERS = ReportMessages.Gap_columnAnswers;
	public static final String COLUMN_COUNT = ReportMessages.Gap_columnCount;
	public static final String COLUMN_TOTAL = ReportMessages.Gap_columnTotal;
	public static final String COLUMN_CHANGE = ReportMessages.Gap_columnChange;
	public static final String COLUMN_THEN = ReportMessages.Gap_columnThen;
	public static final String COLUMN_NOW = ReportMessages.Gap_columnNow;

	/** A summary line: its label, its value, and whether it is a detail of the line above. */
	public record SummaryLine(String label, int value, boolean detail) {
	}

	private GapTexts() {
	}

	/** "minimum (C)": the weight of a gap with the guideline's names for it. */
	public static String weight(GapWeight weight, WeightNames names) {
		return switch (weight) {
			case MINIMUM -> names.minimum(ReportMessages.Gap_weightMinimum);
			case RECOMMENDED -> names.recommended(ReportMessages.Gap_weightRecommended);
			case UNCLASSIFIED -> ReportMessages.Gap_weightNone;
		};
	}

	/** "Minimum (C) requirements with only 不適合 answers". */
	public static String minimumRequirements(WeightNames names) {
		return names.minimum(ReportMessages.Gap_minimumRequirements);
	}

	/** The summary in reading order; every report prints these lines (stale answers only when there are some). */
	public static List<SummaryLine> summaryLines(GapAnalysis analysis) {
		GapSummary summary = analysis.summary();
		WeightNames names = analysis.weights();
		ScaleWords words = analysis.words();
		List<SummaryLine> lines = new ArrayList<>();
		lines.add(new SummaryLine(ReportMessages.Gap_lineItems, summary.items(), false));
		lines.add(new SummaryLine(ReportMessages.Gap_lineAnswers, summary.answers(), false));
		lines.add(new SummaryLine(words.labels(Meaning.FULFILLED), summary.conformant(), false));
		if (words.has(Meaning.PARTLY_FULFILLED)) {
			lines.add(new SummaryLine(words.labels(Meaning.PARTLY_FULFILLED), summary.partlyFulfilled(), false));
		}
		lines.add(new SummaryLine(words.labels(Meaning.GAP), summary.nonconformant(), false));
		if (analysis.weighed()) {
			lines.add(new SummaryLine(names.minimum(ReportMessages.Gap_lineMinimumGaps), summary.minimumGaps(), true));
			lines.add(new SummaryLine(names.recommended(ReportMessages.Gap_lineRecommendedGaps), summary.recommendedGaps(), true));
			if (summary.unclassifiedGaps() > 0) {
				lines.add(new SummaryLine(ReportMessages.Gap_lineUnclassifiedGaps, summary.unclassifiedGaps(), true));
			}
		}
		lines.add(new SummaryLine(ReportMessages.Gap_lineGapsWithoutPlan, summary.gapsWithoutPlan(), true));
		if (analysis.saysNotApplicable()) {
			lines.add(new SummaryLine(words.labels(Meaning.NOT_APPLICABLE), summary.notApplicable(), false));
			lines.add(new SummaryLine(ReportMessages.Gap_lineNotApplicableWithoutReason, summary.notApplicableWithoutReason(), true));
		}
		lines.add(new SummaryLine(ReportMessages.Gap_lineUnanswered, summary.unanswered(), false));
		if (analysis.weighed()) {
			lines.add(new SummaryLine(words.say(ReportMessages.Gap_lineMinimumRequirements), summary.minimumRequirementsAllNonconformant(),
					false));
		}
		if (!analysis.stale().isEmpty()) {
			lines.add(new SummaryLine(ReportMessages.Gap_lineStale, analysis.stale().size(), false));
		}
		return lines;
	}

	/** The list without the elements at these positions: the weight and requirement columns of a checklist of its own. */
	static <T> List<T> without(List<T> list, boolean drop, int... positions) {
		if (!drop) {
			return list;
		}
		List<T> kept = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			final int position = i;
			if (java.util.Arrays.stream(positions).noneMatch(p -> p == position)) {
				kept.add(list.get(i));
			}
		}
		return kept;
	}

	/** "Guideline conformance: gap analysis: Chatwork", "ガイドライン適合性 ギャップ分析：Chatwork" */
	public static String titleFor(String vendor) {
		return bind(ReportMessages.Gap_titleFor, TITLE, vendor);
	}

	/** "Gaps (不適合) (72)", "不適合一覧（72件）" */
	public static String counted(String heading, int count) {
		return bind(ReportMessages.Gap_headingCount, heading, count);
	}

	/** "6.7 情報の破棄" */
	public static String section(RequirementView requirement) {
		return requirement.section() + " " + requirement.sectionTitle();
	}

	/** "C.最低限のガイドライン 【医療機関等に保存する場合】 （5）機器・ソフトウェアの品質管理" */
	public static String classAndQualifiers(RequirementView requirement) {
		List<String> parts = new ArrayList<>();
		parts.add(requirement.classLabel());
		parts.addAll(requirement.qualifiers());
		return String.join(" ", parts);
	}

	/** "6.7/C/4 情報の破棄": short enough for a table cell, precise enough to look up. */
	public static String compact(RequirementView requirement) {
		return requirement.id() + " " + requirement.sectionTitle();
	}

	/** The largest total, to scale bar charts; at least 1. */
	static int maxOf(List<StatusCount> counts, ToIntFunction<StatusCount> value) {
		return Math.max(1, counts.stream().mapToInt(value).max().orElse(1));
	}
}
