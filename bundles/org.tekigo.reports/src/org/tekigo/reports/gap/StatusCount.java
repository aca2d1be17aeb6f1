package org.tekigo.reports.gap;

import org.tekigo.reports.model.DisclosureView.Status;

/**
 * How many answers of each status a category or group has, and how many of its items are
 * unanswered.
 *
 * @param label "1.人的・組織的対策" or "1.1.規程・手順の策定"
 */
public record StatusCount(String label, int conformant, int nonconformant, int notApplicable, int unanswered) {

	public int count(Status status) {
		return switch (status) {
			case CONFORMANT -> conformant;
			case NONCONFORMANT -> nonconformant;
			case NOT_APPLICABLE -> notApplicable;
		};
	}

	/** Answers plus unanswered items: the rows of the checklist. */
	public int total() {
		return conformant + nonconformant + notApplicable + unanswered;
	}
}
