package org.tekigo.ui.verdicts;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.tekigo.dsl.ide.edit.AnswerEdits.Replacement;
import org.tekigo.dsl.review.ReviewTexts;
import org.tekigo.dsl.review.ReviewedAnswers;
import org.tekigo.dsl.review.ReviewedAnswers.Key;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.FollowUp;
import org.tekigo.dsl.tekigo.Review;
import org.tekigo.dsl.tekigo.Verdict;
import org.tekigo.importer.ReviewWorkbookEdits;
import org.tekigo.reports.ReviewViews;
import org.tekigo.reports.checklist.ChecklistFormatException;
import org.tekigo.reports.review.JudgedReview;
import org.tekigo.reports.review.JudgedRow;
import org.tekigo.reports.review.ReviewView;
import org.tekigo.ui.TekigoUiPlugin;
import org.tekigo.ui.answers.AnswersPage;

/**
 * The Verdicts page's edits, written as the review workbook's import writes its judgements (one
 * writer of verdict text, {@link ReviewWorkbookEdits}): a verdict changed or given dated today and
 * pinned to the answer as it is now; a note or follow-up changed alone keeps date and pin; only
 * those verdicts' text changes, the reference and an alias as written. The editor applies the
 * result to its document as one undo step.
 */
final class VerdictChanges {

	/** What a verdict says: its judgement, note and follow-up ("" for none). */
	record Judgement(ReviewView.Judgement kind, String note, String action, String owner, String due) {
	}

	private final AnswersPage.Host host;

	VerdictChanges(AnswersPage.Host host) {
		this.host = host;
	}

	/** Changes the rows' judgements as {@code change} says, from what each says now (未判定 for none). */
	void judge(List<ReviewView.Row> rows, UnaryOperator<Judgement> change) {
		Set<String> ids = new HashSet<>(rows.stream().map(ReviewView.Row::answerId).toList());
		host.change(resource -> {
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Review review)) {
				return List.of();
			}
			Disclosure disclosure = ReviewedAnswers.disclosure(review).orElse(null);
			if (disclosure == null) {
				return List.of();
			}
			Map<String, JudgedRow> judged = new LinkedHashMap<>();
			for (Answer answer : ReviewedAnswers.answers(disclosure).values()) {
				String id = Key.of(answer).id();
				if (ids.contains(id)) {
					Judgement changed = change.apply(now(verdictOn(review, answer)));
					judged.put(id, new JudgedRow(id, ReviewTexts.pin(answer), false, changed.kind(), true, changed.note(), changed.action(),
							changed.owner(), changed.due(), 0, ""));
				}
			}
			String text = NodeModelUtils.getNode(review).getRootNode().getText();
			try {
				String changedText = ReviewWorkbookEdits.apply(review, new JudgedReview(review.getName(), disclosure.getName(), judged, List.of()),
						Clock.systemDefaultZone()).text();
				return changedText.equals(text) ? List.of() : List.of(Replacement.between(text, changedText));
			} catch (ChecklistFormatException cannotHappen) {
				// Only rows of answers the disclosure has are given: nothing to refuse.
				TekigoUiPlugin.log("Cannot write the verdicts", cannotHappen);
				return List.of();
			}
		});
	}

	/** The verdict given to the rows, their notes and follow-ups kept. */
	void judgeAs(List<ReviewView.Row> rows, ReviewView.Judgement kind) {
		judge(rows, now -> new Judgement(kind, now.note(), now.action(), now.owner(), now.due()));
	}

	private static Judgement now(Verdict verdict) {
		if (verdict == null) {
			return new Judgement(ReviewView.Judgement.PENDING, "", "", "", "");
		}
		FollowUp followUp = verdict.getFollowUp();
		return new Judgement(ReviewViews.judgement(verdict), orEmpty(verdict.getNote()), followUp == null ? "" : orEmpty(followUp.getAction()),
				followUp == null ? "" : orEmpty(followUp.getOwner()), followUp == null ? "" : orEmpty(followUp.getDue()));
	}

	private static Verdict verdictOn(Review review, Answer answer) {
		Key key = Key.of(answer);
		return review.getVerdicts().stream().filter(v -> v.getItem() != null && !v.getItem().eIsProxy() && Key.of(v).equals(key)).findFirst()
				.orElse(null);
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}
