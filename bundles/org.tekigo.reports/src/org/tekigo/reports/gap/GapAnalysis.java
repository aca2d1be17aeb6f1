package org.tekigo.reports.gap;

import java.util.List;

import org.tekigo.reports.model.DisclosureView;
import org.tekigo.reports.model.ScaleWords;

/**
 * What the gap reports show, computed once from a disclosure so that the HTML, workbook,
 * Markdown and JSON reports and the CI gate cannot disagree.
 *
 * <p>
 * A gap is an answer whose word means a gap (不適合, いいえ); one partly fulfilled (一部対応) is no gap
 * but is counted apart. The requirements an answer relates to are its own requirement when
 * the item is answered per requirement, otherwise all the item's requirements. Unanswered items
 * are not gaps (they are listed apart) and do not count as answers to a requirement. Stale
 * answers (given against texts that changed since) are listed apart too, whatever their status.
 */
public record GapAnalysis(String disclosureId, String vendor, String catalogTitle, String guidelineTitle,
		GapSummary summary, List<StatusCount> byCategory, List<StatusCount> byGroup, List<Gap> gaps,
		List<UnansweredItem> unanswered, List<NotApplicableWithoutReason> notApplicableWithoutReason,
		List<NonconformantMinimumRequirement> minimumRequirementsAllNonconformant, List<StaleAnswer> stale,
		WeightNames weights, ScaleWords words, boolean standsAlone) {

	public static GapAnalysis of(DisclosureView disclosure) {
		return new GapAnalyzer(disclosure).analyse();
	}

	/** Whether weights and requirements are said at all: not for a checklist of its own (see {@link DisclosureView#standsAlone()}). */
	public boolean weighed() {
		return !standsAlone;
	}

	/** Whether 対象外 (or the scale's word for it) is said at all: not when the scale has no such word. */
	public boolean saysNotApplicable() {
		return words.has(org.tekigo.reports.model.DisclosureView.Meaning.NOT_APPLICABLE);
	}

	public List<Gap> minimumGaps() {
		return gaps.stream().filter(gap -> gap.weight() == GapWeight.MINIMUM).toList();
	}
}
