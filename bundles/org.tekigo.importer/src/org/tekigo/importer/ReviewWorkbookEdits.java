package org.tekigo.importer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.tekigo.dsl.review.ReviewedAnswers;
import org.tekigo.dsl.review.ReviewedAnswers.Key;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Review;
import org.tekigo.dsl.tekigo.Verdict;
import org.tekigo.reports.checklist.ChecklistFormatException;
import org.tekigo.reports.review.JudgedReview;
import org.tekigo.reports.review.JudgedRow;

/**
 * Brings the verdicts, notes and follow-ups a hospital gave in review-&lt;id&gt;.xlsx into the
 * review's text. Rows are matched by their stable id, never by position. A verdict given or
 * changed is dated today and pinned to the answer as the workbook showed it (its hidden pin), not
 * as the answer is now: an answer the vendor changed after the workbook was written makes the
 * verdict suspect at once, as it should, since the judge never saw the change. A note or follow-up
 * changed alone keeps the verdict's date and pin, as the studio's Verdicts page does. Only the
 * changed verdicts' text is written, each part over its own region (see {@link VerdictTextEdits});
 * every other byte of the review stays as it was, so an unchanged workbook gives the same file. A
 * verdict for an answer that has none yet goes on a line of its own where the disclosure's order
 * puts it. A row the judge did not touch (its cells still give the fingerprint written beside
 * them) changes nothing, even when the review's text changed since the workbook was written.
 *
 * <p>The studio's Verdicts page writes its edits through this too, its rows pinned to the answers
 * as they are now: one writer of verdict text.
 */
public final class ReviewWorkbookEdits {

	/**
	 * One verdict changed, for the user.
	 *
	 * @param before the judgement as the review said it ("受入可 \"…\" follow-up \"…\""), null when it had no verdict
	 * @param after  the judgement now
	 */
	public record Change(String id, String before, String after) {
	}

	/**
	 * @param text        the review's text with the changes made (the same text when there are none)
	 * @param answersGone rows changed in the workbook whose answer the disclosure no longer has: not brought in
	 */
	public record Result(String text, List<Change> changes, List<JudgedRow> answersGone) {
	}

	private ReviewWorkbookEdits() {
	}

	/**
	 * The review the workbook was written from: the one of its name that judges the disclosure it
	 * names (two hospitals may give their reviews of two vendors one name), else the one of its name.
	 */
	public static Optional<Review> reviewJudged(Collection<Review> reviews, JudgedReview sheet) {
		List<Review> named = reviews.stream().filter(review -> Objects.equals(review.getName(), sheet.review())).toList();
		return named.stream().filter(review -> ReviewedAnswers.disclosure(review).map(Disclosure::getName).filter(name -> name.equals(sheet.disclosure()))
				.isPresent()).findFirst().or(() -> named.stream().findFirst());
	}

	/**
	 * The review's text with the workbook's judgements; refuses them all, before changing
	 * anything, when a row's id is not one the review can judge or an answer's row lost its pin.
	 *
	 * @param review a review linked to its disclosure, parsed from the text it is to change
	 * @param clock  what "today" is, for the dates of the verdicts given or changed
	 */
	public static Result apply(Review review, JudgedReview sheet, Clock clock) throws ChecklistFormatException {
		Disclosure disclosure = ReviewedAnswers.disclosure(review)
				.orElseThrow(() -> new IllegalArgumentException("review " + review.getName() + ": its disclosure is not in the workspace"));
		Map<String, Key> answers = new LinkedHashMap<>();
		ReviewedAnswers.answers(disclosure).keySet().forEach(key -> answers.put(key.id(), key));
		Map<String, Verdict> verdicts = new LinkedHashMap<>();
		for (Verdict verdict : review.getVerdicts()) {
			if (!verdict.getItem().eIsProxy() && (verdict.getRequirement() == null || !verdict.getRequirement().eIsProxy())) {
				verdicts.putIfAbsent(Key.of(verdict).id(), verdict);
			}
		}
		sheet.refuseRowsOutside(answers.keySet(), verdicts.keySet(), disclosure.getName());
		VerdictTextEdits edit = new VerdictTextEdits(NodeModelUtils.getNode(review), LocalDate.now(clock).toString());
		List<String> order = List.copyOf(answers.keySet());
		for (String id : order) {
			JudgedRow row = sheet.rows().get(id);
			if (row != null && !row.untouched()) {
				WorkbookJudgement now = WorkbookJudgement.of(row, verdicts.get(id));
				if (now.changes()) {
					edit.judge(row, now, verdicts.get(id), () -> edit.placeFor(order, verdicts, answers.get(id)));
				}
			}
		}
		List<JudgedRow> gone = new ArrayList<>();
		for (JudgedRow row : sheet.rows().values()) {
			if (!answers.containsKey(row.id()) && !row.untouched() && WorkbookJudgement.of(row, verdicts.get(row.id())).changes()) {
				gone.add(row);
			}
		}
		return new Result(edit.result(), edit.changes, gone);
	}
}
