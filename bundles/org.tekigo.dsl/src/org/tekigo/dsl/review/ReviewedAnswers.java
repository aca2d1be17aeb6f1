package org.tekigo.dsl.review;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.tekigo.dsl.edition.AnswerPins;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.tekigo.Review;
import org.tekigo.dsl.tekigo.Verdict;
import org.tekigo.dsl.workspace.Ids;

/** Which answer of the reviewed disclosure a verdict judges: the one to the same item (and requirement). */
public final class ReviewedAnswers {

	/** An answer's place: its item, and its requirement when the item is answered per requirement. */
	public record Key(Item item, Requirement requirement) {
		public static Key of(Answer answer) {
			return new Key(answer.getItem(), answer.getRequirement());
		}

		public static Key of(Verdict verdict) {
			return new Key(verdict.getItem(), verdict.getRequirement());
		}

		/** 1.1-①-1, or 1.7-①-1[8.1.2/D/2] for an answer to one requirement. */
		public String id() {
			return requirement == null ? Ids.of(item) : Ids.of(item) + "[" + Ids.of(requirement) + "]";
		}
	}

	private ReviewedAnswers() {
	}

	/** The reviewed disclosure, when it is in the workspace. */
	public static Optional<Disclosure> disclosure(Review review) {
		return Optional.ofNullable(resolved(review.getDisclosure()));
	}

	/** The disclosure's answers by their place, in the disclosure's order (resolved ones only). */
	public static Map<Key, Answer> answers(Disclosure disclosure) {
		Map<Key, Answer> answers = new LinkedHashMap<>();
		for (Answer answer : disclosure.getAnswers()) {
			if (resolved(answer.getItem()) != null && (answer.getRequirement() == null || resolved(answer.getRequirement()) != null)) {
				answers.putIfAbsent(Key.of(answer), answer);
			}
		}
		return answers;
	}

	/** The answer a verdict judges; empty when the verdict or its review does not resolve, or no such answer. */
	public static Optional<Answer> answer(Verdict verdict) {
		if (resolved(verdict.getItem()) == null || !(verdict.eContainer() instanceof Review review)) {
			return Optional.empty();
		}
		Key key = Key.of(verdict);
		return disclosure(review).flatMap(disclosure -> disclosure.getAnswers().stream()
				.filter(answer -> answer.getItem() == key.item() && Objects.equals(answer.getRequirement(), key.requirement()))
				.findFirst());
	}

	/**
	 * Whether a verdict no longer judges the answer as it stands: the answer changed since it was
	 * judged, or the answer is stale (what it was given against changed).
	 */
	public static boolean isSuspect(Verdict verdict, Answer answer) {
		return !AnswerFingerprint.matches(verdict, answer) || AnswerPins.isStale(answer);
	}

	private static <T extends EObject> T resolved(T element) {
		return element == null || element.eIsProxy() ? null : element;
	}
}
