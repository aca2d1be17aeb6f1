package org.tekigo.reports.review;

import java.util.List;

/**
 * What the review reports read: a hospital's review of one disclosure, one row per answer of the
 * disclosure (in its order) with the verdict given on it, and the verdicts whose answer is gone.
 * Built from the EMF model by {@code org.tekigo.reports.ReviewViews}; plain records, so that the
 * writers can be tested without Xtext.
 */
public record ReviewView(String id, String title, String reviewer, String disclosureId, String vendor, List<Row> rows,
		List<String> minimumWeights) {

	/** A review of a disclosure on a guideline weighed as 5.1 is (C minimum). */
	public ReviewView(String id, String title, String reviewer, String disclosureId, String vendor, List<Row> rows) {
		this(id, title, reviewer, disclosureId, vendor, rows, List.of("C"));
	}

	/** The hospital's judgement, as the review writes it; PENDING also for an answer with no verdict. */
	public enum Judgement {
		ACCEPTED("受入可", "accepted"), NEEDS_CLARIFICATION("要確認", "needsClarification"), NOT_ACCEPTED("受入不可", "notAccepted"),
		PENDING("未判定", "pending");

		private final String label;
		private final String alias;

		Judgement(String label, String alias) {
			this.label = label;
			this.alias = alias;
		}

		public String label() {
			return label;
		}

		/** The English alias, as the language accepts it: the JSON's value and the HTML's class. */
		public String alias() {
			return alias;
		}

		/** The judgement a word names, as the language accepts it (受入可 or accepted); empty for any other word. */
		public static java.util.Optional<Judgement> named(String word) {
			return java.util.Arrays.stream(values()).filter(j -> j.label.equals(word) || j.alias.equals(word)).findFirst();
		}
	}

	/**
	 * One answer and its verdict.
	 *
	 * @param answerId   "1.1-①-1", or "1.7-①-1[8.1.2/D/2]" for an answer to one requirement
	 * @param status     the answer's status as printed (適合可能 / 不適合 / 対象外), "" when the answer is gone
	 * @param comment    the answer's comment or the text of its statement
	 * @param minimumGap the answer is 不適合 and concerns a minimum (C) requirement
	 * @param judged     false when the review has no verdict on this answer
	 * @param suspect    the answer changed since the verdict was given (or the verdict is not pinned)
	 * @param orphan     the verdict judges an answer the disclosure no longer has
	 * @param followUp   null when none
	 * @param pin        what a verdict given now would be pinned to ("pinned 適合可能 151aec6f"), "" when the
	 *                   answer is gone: the review workbook keeps it, so that a verdict given in Excel is
	 *                   pinned to the answer as the workbook showed it
	 */
	public record Row(String answerId, String itemText, String status, String comment, boolean minimumGap, boolean judged,
			Judgement judgement, String note, String date, boolean suspect, boolean orphan, FollowUp followUp, int line,
			String pin) {

		/** A row without a pin (the reports that are only read do not need one). */
		public Row(String answerId, String itemText, String status, String comment, boolean minimumGap, boolean judged,
				Judgement judgement, String note, String date, boolean suspect, boolean orphan, FollowUp followUp, int line) {
			this(answerId, itemText, status, comment, minimumGap, judged, judgement, note, date, suspect, orphan, followUp, line, "");
		}
	}

	public record FollowUp(String action, String owner, String due) {
	}
}
