package org.tekigo.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.tekigo.dsl.review.ReviewTexts;
import org.tekigo.dsl.review.ReviewedAnswers;
import org.tekigo.dsl.review.ReviewedAnswers.Key;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Guideline;
import org.tekigo.dsl.tekigo.WeightLevel;
import org.tekigo.dsl.workspace.Scales;
import org.tekigo.dsl.workspace.Weights;
import org.tekigo.dsl.tekigo.Review;
import org.tekigo.dsl.tekigo.Verdict;
import org.tekigo.dsl.workspace.Requirements;
import org.tekigo.reports.model.DisclosureView.Status;
import org.tekigo.reports.review.ReviewView;
import org.tekigo.reports.review.ReviewView.FollowUp;
import org.tekigo.reports.review.ReviewView.Judgement;
import org.tekigo.reports.review.ReviewView.Row;

/** Reads a linked review (with the disclosure it judges) into what the review reports print. */
public final class ReviewViews {

	private ReviewViews() {
	}

	public static ReviewView of(Review review) {
		Disclosure disclosure = ReviewedAnswers.disclosure(review).orElseThrow(() -> new IllegalArgumentException(
				"review " + review.getName() + ": its disclosure is not in the workspace"));
		Map<Key, Verdict> verdicts = new HashMap<>();
		review.getVerdicts().forEach(verdict -> verdicts.putIfAbsent(Key.of(verdict), verdict));
		List<Row> rows = new ArrayList<>();
		Map<Key, Answer> answers = ReviewedAnswers.answers(disclosure);
		answers.forEach((key, answer) -> rows.add(row(key, answer, verdicts.get(key))));
		verdicts.forEach((key, verdict) -> {
			if (!answers.containsKey(key) && !verdict.getItem().eIsProxy()) {
				rows.add(row(key, null, verdict));
			}
		});
		Guideline guideline = disclosure.getCatalog() == null || disclosure.getCatalog().eIsProxy() ? null
				: disclosure.getCatalog().getGuideline();
		return new ReviewView(review.getName(), review.getTitle(), review.getReviewer(), disclosure.getName(),
				disclosure.getTitle(), rows, Weights.names(guideline == null || guideline.eIsProxy() ? null : guideline, WeightLevel.MINIMUM));
	}

	private static Row row(Key key, Answer answer, Verdict verdict) {
		String status = answer == null ? "" : DisclosureViews.status(answer).map(Status::label).orElse(answer.getStatus());
		String comment = answer == null ? "" : answer.getStatement() != null && !answer.getStatement().eIsProxy()
				? answer.getStatement().getText() : orEmpty(answer.getComment());
		boolean minimumGap = answer != null && Scales.isGap(answer) && Requirements.firstMinimum(answer).isPresent();
		String pin = answer == null ? "" : ReviewTexts.pin(answer);
		if (verdict == null) {
			return new Row(key.id(), key.item().getText(), status, comment, minimumGap, false, Judgement.PENDING, "", "", false,
					false, null, 0, pin);
		}
		boolean suspect = answer != null && ReviewedAnswers.isSuspect(verdict, answer);
		FollowUp followUp = verdict.getFollowUp() == null ? null : new FollowUp(orEmpty(verdict.getFollowUp().getAction()),
				orEmpty(verdict.getFollowUp().getOwner()), orEmpty(verdict.getFollowUp().getDue()));
		ICompositeNode node = NodeModelUtils.getNode(verdict);
		return new Row(key.id(), key.item().getText(), status, comment, minimumGap, true, judgement(verdict), orEmpty(verdict.getNote()),
				orEmpty(verdict.getDate()), suspect, answer == null, followUp, node == null ? 0 : node.getStartLine(), pin);
	}

	/** The verdict's judgement as the reports name it. */
	public static Judgement judgement(Verdict verdict) {
		return switch (verdict.getVerdict()) {
			case ACCEPTED -> Judgement.ACCEPTED;
			case NEEDS_CLARIFICATION -> Judgement.NEEDS_CLARIFICATION;
			case NOT_ACCEPTED -> Judgement.NOT_ACCEPTED;
			case PENDING -> Judgement.PENDING;
		};
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}
