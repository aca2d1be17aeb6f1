package org.tekigo.ui.verdicts;

import java.util.Locale;

import org.tekigo.reports.review.ReviewView.Judgement;
import org.tekigo.reports.review.ReviewView.Row;

/**
 * What the Verdicts page shows: every switch set narrows the rows further (not judged, questions
 * to the vendor, not accepted, suspect, gaps on minimum requirements), and the search keeps the
 * rows with its words in the answer's id, item, status, comment or the verdict's note.
 */
public record VerdictFilter(boolean notJudged, boolean questions, boolean notAccepted, boolean suspect, boolean minimumGaps,
		String search) {

	public static final VerdictFilter NONE = new VerdictFilter(false, false, false, false, false, "");

	boolean shows(Row row) {
		if (notJudged && row.judged() && row.judgement() != Judgement.PENDING) {
			return false;
		}
		if (questions && row.judgement() != Judgement.NEEDS_CLARIFICATION || notAccepted && row.judgement() != Judgement.NOT_ACCEPTED) {
			return false;
		}
		if (suspect && !row.suspect() && !row.orphan() || minimumGaps && !row.minimumGap()) {
			return false;
		}
		String words = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
		return words.isEmpty() || String.join(" ", row.answerId(), row.itemText(), row.status(), row.comment(), row.note())
				.toLowerCase(Locale.ROOT).contains(words);
	}
}
