package org.tekigo.reports.review;

import java.util.Comparator;
import java.util.List;

import org.tekigo.reports.review.ReviewView.Judgement;
import org.tekigo.reports.review.ReviewView.Row;

/**
 * The hospital's view of a review: how many answers it accepted, asked about, did not accept or
 * has still to judge; which verdicts are suspect; the follow-ups by owner and due date.
 */
public record ReviewAnalysis(ReviewView review, Summary summary, List<Row> notAccepted, List<Row> questions,
		List<Row> suspect, List<Row> unjudged, List<Row> followUps) {

	/**
	 * @param open what keeps the review from being done: answers not judged (or with no verdict),
	 *             open questions (要確認) and suspect verdicts, each counted once
	 */
	public record Summary(int answers, int accepted, int needsClarification, int notAccepted, int pending, int suspect,
			int acceptedMinimumGaps, int followUps, int open) {
	}

	public static ReviewAnalysis of(ReviewView review) {
		List<Row> answered = review.rows().stream().filter(row -> !row.orphan()).toList();
		List<Row> notAccepted = byJudgement(answered, Judgement.NOT_ACCEPTED);
		List<Row> questions = byJudgement(answered, Judgement.NEEDS_CLARIFICATION);
		List<Row> unjudged = byJudgement(answered, Judgement.PENDING);
		List<Row> suspect = review.rows().stream().filter(Row::suspect).toList();
		List<Row> followUps = review.rows().stream().filter(row -> row.followUp() != null)
				.sorted(Comparator.comparing((Row row) -> row.followUp().owner().isEmpty())
						.thenComparing(row -> row.followUp().owner())
						.thenComparing(row -> row.followUp().due().isEmpty() ? "9999" : row.followUp().due()))
				.toList();
		int accepted = byJudgement(answered, Judgement.ACCEPTED).size();
		int acceptedMinimumGaps = (int) answered.stream().filter(r -> r.judgement() == Judgement.ACCEPTED && r.minimumGap()).count();
		int open = (int) answered.stream().filter(r -> r.judgement() == Judgement.PENDING
				|| r.judgement() == Judgement.NEEDS_CLARIFICATION || r.suspect()).count();
		Summary summary = new Summary(answered.size(), accepted, questions.size(), notAccepted.size(), unjudged.size(),
				suspect.size(), acceptedMinimumGaps, followUps.size(), open);
		return new ReviewAnalysis(review, summary, notAccepted, questions, suspect, unjudged, followUps);
	}

	private static List<Row> byJudgement(List<Row> rows, Judgement judgement) {
		return rows.stream().filter(row -> row.judgement() == judgement).toList();
	}
}
