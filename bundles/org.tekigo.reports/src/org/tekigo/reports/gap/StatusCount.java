package org.tekigo.reports.gap;

import org.tekigo.reports.model.DisclosureView.Meaning;

/**
 * How many answers of each meaning a category or group has, and how many of its items are
 * unanswered. Named by the provider's words (conformant: fulfilled; nonconformant: a gap);
 * partly fulfilled answers only a scale with such a word has.
 *
 * @param label "1.人的・組織的対策" or "1.1.規程・手順の策定"
 */
public record StatusCount(String label, int conformant, int nonconformant, int notApplicable, int unanswered,
		int partlyFulfilled) {

	/** The counts of a scale without a partly-fulfilled word. */
	public StatusCount(String label, int conformant, int nonconformant, int notApplicable, int unanswered) {
		this(label, conformant, nonconformant, notApplicable, unanswered, 0);
	}

	public int count(Meaning meaning) {
		return switch (meaning) {
			case FULFILLED -> conformant;
			case PARTLY_FULFILLED -> partlyFulfilled;
			case GAP -> nonconformant;
			case NOT_APPLICABLE -> notApplicable;
		};
	}

	/** Answers plus unanswered items: the rows of the checklist. */
	public int total() {
		return conformant + partlyFulfilled + nonconformant + notApplicable + unanswered;
	}
}
