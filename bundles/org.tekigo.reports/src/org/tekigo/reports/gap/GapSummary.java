package org.tekigo.reports.gap;

/**
 * The totals a reader looks at first.
 *
 * @param items          measure items in the catalog part disclosed
 * @param answers        answers given (an item answered per requirement counts once per answer)
 * @param unanswered     items without any answer
 * @param minimumGaps    不適合 answers touching at least one C requirement
 * @param recommendedGaps 不適合 answers touching D requirements only
 * @param unclassifiedGaps 不適合 answers relating to no requirement
 * @param gapsWithoutPlan 不適合 answers without a remediation plan
 */
public record GapSummary(int items, int answers, int conformant, int nonconformant, int notApplicable,
		int unanswered, int minimumGaps, int recommendedGaps, int unclassifiedGaps, int gapsWithoutPlan,
		int notApplicableWithoutReason, int minimumRequirementsAllNonconformant) {
}
