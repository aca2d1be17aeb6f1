package org.tekigo.dsl.review;

import org.tekigo.dsl.review.ReviewedAnswers.Key;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.VerdictKind;
import org.tekigo.dsl.workspace.Ids;
import org.tekigo.dsl.workspace.Scales;

/**
 * The text the tooling writes into a review: a new review with an empty verdict (未判定) per
 * answer, a verdict line, a pin. Written here once for the wizard, the quick fixes and
 * {@code tekigo new-review}, so that all of them write the same thing.
 */
public final class ReviewTexts {

	private ReviewTexts() {
	}

	/** "pinned 適合可能 3f2a91c0": what the answer says now (its scale's word, whatever alias it is written with). */
	public static String pin(Answer answer) {
		return "pinned " + word(answer) + " " + AnswerFingerprint.of(answer);
	}

	/** The answer's word as its scale prints it: 適合可能 for an answer written conformant. */
	public static String word(Answer answer) {
		return Scales.entryOf(answer).map(Scales.Entry::word).orElse(answer.getStatus());
	}

	/** "1.1-①-1" or "1.7-①-1 [8.1.2/D/2]", as a verdict names the answer it judges. */
	public static String reference(Key key) {
		return key.requirement() == null ? Ids.of(key.item()) : Ids.of(key.item()) + " [" + Ids.of(key.requirement()) + "]";
	}

	/** A tab, the answer's reference, the verdict and the pin, and a line break. */
	public static String verdictLine(Answer answer, VerdictKind verdict) {
		return "\t" + reference(Key.of(answer)) + " " + verdict.getLiteral() + " " + pin(answer) + "\n";
	}

	/** A review of the disclosure with an empty verdict for each of its answers, in the disclosure's order. */
	public static String newReview(Disclosure disclosure, String name, String title, String reviewer) {
		StringBuilder text = new StringBuilder();
		text.append("review ").append(name).append(' ').append(quoted(title)).append(" of ").append(disclosure.getName())
				.append(" by ").append(quoted(reviewer)).append(" {\n");
		ReviewedAnswers.answers(disclosure).values().forEach(answer -> text.append(verdictLine(answer, VerdictKind.PENDING)));
		return text.append("}\n").toString();
	}

	/** A STRING literal of the language. */
	public static String quoted(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}
}
