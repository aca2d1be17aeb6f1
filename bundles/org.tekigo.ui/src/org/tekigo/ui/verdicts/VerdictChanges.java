package org.tekigo.ui.verdicts;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.tekigo.dsl.ide.edit.AnswerEdits.Replacement;
import org.tekigo.dsl.review.ReviewedAnswers;
import org.tekigo.dsl.review.ReviewedAnswers.Key;
import org.tekigo.dsl.review.VerdictEdits;
import org.tekigo.dsl.review.VerdictEdits.Judgement;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Review;
import org.tekigo.dsl.tekigo.Verdict;
import org.tekigo.dsl.tekigo.VerdictKind;
import org.tekigo.reports.review.ReviewView.Row;
import org.tekigo.ui.answers.AnswersPage;

/**
 * The Verdicts page's edits: each changes the verdicts of some rows through {@link VerdictEdits}
 * (that verdict's text only, a new judgement dated today and pinned to the answer as it is now),
 * applied by the editor to its document as one undo step.
 */
final class VerdictChanges {

	private final AnswersPage.Host host;

	VerdictChanges(AnswersPage.Host host) {
		this.host = host;
	}

	/** Changes the rows' judgements as {@code change} says, from what each says now (未判定 for none). */
	void judge(List<Row> rows, UnaryOperator<Judgement> change) {
		Set<String> ids = new HashSet<>(rows.stream().map(Row::answerId).toList());
		host.change(resource -> {
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Review review)) {
				return List.of();
			}
			Disclosure disclosure = ReviewedAnswers.disclosure(review).orElse(null);
			if (disclosure == null) {
				return List.of();
			}
			Map<Answer, Judgement> judgements = new LinkedHashMap<>();
			for (Answer answer : ReviewedAnswers.answers(disclosure).values()) {
				if (ids.contains(Key.of(answer).id())) {
					Verdict verdict = VerdictEdits.verdictOn(review, answer);
					Judgement now = verdict == null ? new Judgement(VerdictKind.PENDING, null, null, null, null) : VerdictEdits.of(verdict);
					Judgement changed = change.apply(now);
					if (!changed.equals(now) || verdict == null) {
						judgements.put(answer, changed);
					}
				}
			}
			return VerdictEdits.judgeAll(review, judgements, LocalDate.now().toString()).stream()
					.map(edit -> new Replacement(edit.offset(), edit.length(), edit.text())).toList();
		});
	}

	/** The verdict given to the rows, their notes and follow-ups kept. */
	void judgeAs(List<Row> rows, VerdictKind kind) {
		judge(rows, now -> new Judgement(kind, now.note(), now.action(), now.owner(), now.due()));
	}
}
