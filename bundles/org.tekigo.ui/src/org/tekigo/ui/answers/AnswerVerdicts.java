package org.tekigo.ui.answers;

import org.tekigo.ui.nls.UiMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.tekigo.dsl.review.ReviewedAnswers;
import org.tekigo.dsl.review.ReviewedAnswers.Key;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Review;
import org.tekigo.dsl.tekigo.TekigoPackage;
import org.tekigo.dsl.tekigo.Verdict;
import org.tekigo.reports.ReviewViews;

/**
 * What the project's reviews of a disclosure say of each of its answers, for the Answers page's
 * verdict column: "受入可", "要確認 (suspect: the answer changed)", or, with several reviews,
 * each review's name before its verdict. Reviews are found by the name they give their disclosure
 * and answers by their ids, not through the reviews' links, which may still point at an older
 * parse of the editor's text.
 */
public final class AnswerVerdicts {

	private AnswerVerdicts() {
	}

	/** By answer id; answers no review judges are absent. */
	public static Map<String, String> of(ResourceSet resources, Disclosure disclosure) {
		List<Review> reviews = reviewsOf(resources, disclosure.getName());
		Map<String, Answer> answers = new LinkedHashMap<>();
		for (Answer answer : disclosure.getAnswers()) {
			if (answer.getItem() != null && !answer.getItem().eIsProxy()) {
				answers.putIfAbsent(Key.of(answer).id(), answer);
			}
		}
		Map<String, String> verdicts = new LinkedHashMap<>();
		for (Review review : reviews) {
			for (Verdict verdict : review.getVerdicts()) {
				if (verdict.getItem() == null || verdict.getItem().eIsProxy()
						|| verdict.getRequirement() != null && verdict.getRequirement().eIsProxy()) {
					continue;
				}
				String id = Key.of(verdict).id();
				Answer answer = answers.get(id);
				if (answer == null) {
					continue;
				}
				String judged = ReviewViews.judgement(verdict).label();
				String said = !ReviewedAnswers.isSuspect(verdict, answer) ? judged : bind(UiMessages.Answers_suspect, judged);
				verdicts.merge(id, reviews.size() == 1 ? said : review.getName() + ": " + said, (first, next) -> first + "; " + next);
			}
		}
		return verdicts;
	}

	private static List<Review> reviewsOf(ResourceSet resources, String disclosure) {
		return List.copyOf(resources.getResources()).stream()
				.filter(resource -> !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Review)
				.map(Resource::getContents).map(contents -> (Review) contents.get(0))
				.filter(review -> disclosure != null && disclosure.equals(disclosureName(review)))
				.toList();
	}

	private static String disclosureName(Review review) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(review, TekigoPackage.Literals.REVIEW__DISCLOSURE);
		return nodes.isEmpty() ? null : NodeModelUtils.getTokenText(nodes.get(0));
	}
}
