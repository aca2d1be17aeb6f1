package org.tekigo.dsl.edition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.xtext.util.ReplaceRegion;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Disclosure;

/**
 * Pins answers to the texts they answer as those are now: a new {@code pinned} line under an
 * answer that has none, the written pin replaced where it has one. Used by {@code tekigo pin},
 * the quick fixes and the Answers page's Confirm.
 */
public final class PinEdits {

	private PinEdits() {
	}

	/** The edits that pin (or pin again) each of these answers. */
	public static List<ReplaceRegion> pin(Collection<Answer> answers, String documentText) {
		List<ReplaceRegion> edits = new ArrayList<>();
		for (Answer answer : answers) {
			AnswerPins.Pin now = AnswerPins.current(answer);
			if (now == null) {
				continue;
			}
			edits.add(answer.getPin() == null ? TextEdits.continuationAfter(answer, documentText, now.text())
					: TextEdits.replacePin(answer, now.text()));
		}
		return edits;
	}

	/** The answers of a disclosure that have no pin. */
	public static List<Answer> unpinned(Disclosure disclosure) {
		return disclosure.getAnswers().stream().filter(a -> a.getPin() == null && a.getItem() != null && !a.getItem().eIsProxy())
				.toList();
	}

	/** The answers of a disclosure that are stale. */
	public static List<Answer> stale(Disclosure disclosure) {
		return disclosure.getAnswers().stream().filter(AnswerPins::isStale).toList();
	}
}
