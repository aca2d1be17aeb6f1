package org.tekigo.importer;

import org.tekigo.dsl.review.ReviewTexts;
import org.tekigo.dsl.tekigo.Verdict;
import org.tekigo.reports.ReviewViews;
import org.tekigo.reports.review.JudgedRow;
import org.tekigo.reports.review.ReviewView.Judgement;

/**
 * A judgement as a row of the review workbook gives it: the verdict, its note, its follow-up (""
 * for what is not written), with the judgement the review's text gives now (null when it has no
 * verdict) to tell whether there is anything to write.
 */
record WorkbookJudgement(Judgement verdict, String note, String action, String owner, String due, WorkbookJudgement before) {

	/** What the row says, its unreadable cells taken from the verdict as it is ({@code before}). */
	static WorkbookJudgement of(JudgedRow row, Verdict verdict) {
		WorkbookJudgement before = verdict == null ? null : new WorkbookJudgement(ReviewViews.judgement(verdict), text(verdict.getNote()), action(verdict),
				owner(verdict), due(verdict), null);
		WorkbookJudgement kept = before != null ? before : new WorkbookJudgement(null, "", "", "", "", null);
		String note = row.note() == null ? kept.note : row.note();
		String action = row.action() == null ? kept.action : row.action();
		String owner = row.owner() == null ? kept.owner : row.owner();
		String due = row.due() == null ? kept.due : row.due();
		Judgement chosen = row.verdictRead() ? row.verdict() : kept.verdict;
		if (chosen == null) {
			// An emptied cell keeps the verdict; a note or follow-up on an answer without one asks for one.
			chosen = before != null ? before.verdict : note.isEmpty() && action.isEmpty() ? null : Judgement.PENDING;
		}
		return new WorkbookJudgement(chosen, note, action, owner, due, before);
	}

	/** Whether there is something to write: the row says other than the review. */
	boolean changes() {
		return verdict != null && !sameAs(before);
	}

	private boolean sameAs(WorkbookJudgement other) {
		return other != null && verdict == other.verdict && note.equals(other.note) && action.equals(other.action)
				&& owner.equals(other.owner) && due.equals(other.due);
	}

	/** As the review writes it, without date and pin: 受入不可 "…" follow-up "…" owner "…" due 2027-01-15. */
	String summary() {
		return verdict.label() + (note.isEmpty() ? "" : " " + ReviewTexts.quoted(note)) + (followUp() == null ? "" : " " + followUp());
	}

	String followUp() {
		return action.isEmpty() ? null
				: "follow-up " + ReviewTexts.quoted(action) + (owner.isEmpty() ? "" : " owner " + ReviewTexts.quoted(owner))
						+ (due.isEmpty() ? "" : " due " + due);
	}

	private static String action(Verdict verdict) {
		return verdict.getFollowUp() == null ? "" : text(verdict.getFollowUp().getAction());
	}

	private static String owner(Verdict verdict) {
		return verdict.getFollowUp() == null ? "" : text(verdict.getFollowUp().getOwner());
	}

	private static String due(Verdict verdict) {
		return verdict.getFollowUp() == null ? "" : text(verdict.getFollowUp().getDue());
	}

	private static String text(String text) {
		return text == null ? "" : text.replace("\r\n", "\n");
	}
}
