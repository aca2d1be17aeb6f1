package org.tekigo.reports.gap;

/**
 * The totals a reader looks at first.
 *
 * @param items          measure items in the catalog part disclosed
 * @param answers        answers given (an item answered per requirement counts once per answer)
 * @param unanswered     items without any answer
 * @param conformant     answers whose word means fulfilled (適合可能); nonconformant: a gap (不適合)
 * @param minimumGaps    gaps touching at least one C requirement
 * @param recommendedGaps gaps answers touching D requirements only
 * @param unclassifiedGaps gaps answers relating to no requirement
 * @param gapsWithoutPlan gaps without a remediation plan (or, on a scale that asks only for one, a target date)
 */
public record GapSummary(int items, int answers, int conformant, int nonconformant, int notApplicable,
		int unanswered, int minimumGaps, int recommendedGaps, int unclassifiedGaps, int gapsWithoutPlan,
		int notApplicableWithoutReason, int minimumRequirementsAllNonconformant, int partlyFulfilled) {

	/** The totals of a scale without a partly-fulfilled word. */
	public GapSummary(int items, int answers, int conformant, int nonconformant, int notApplicable, int unanswered,
			int minimumGaps, int recommendedGaps, int unclassifiedGaps, int gapsWithoutPlan, int notApplicableWithoutReason,
			int minimumRequirementsAllNonconformant) {
		this(items, answers, conformant, nonconformant, notApplicable, unanswered, minimumGaps, recommendedGaps,
				unclassifiedGaps, gapsWithoutPlan, notApplicableWithoutReason, minimumRequirementsAllNonconformant, 0);
	}
}
