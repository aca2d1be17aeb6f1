package org.tekigo.dsl.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.tekigo.dsl.review.ReviewedAnswers.Key;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.FollowUp;
import org.tekigo.dsl.tekigo.Review;
import org.tekigo.dsl.tekigo.Verdict;
import org.tekigo.dsl.tekigo.VerdictKind;

/**
 * Edits of a review's verdicts as a table or a workbook makes them: each writes one verdict's text
 * again (or a new verdict where the disclosure's order puts it) and leaves every other byte of the
 * review as it was. A verdict given or changed is dated and pinned to the answer it judges as that
 * answer is now; a note or a follow-up changed alone keeps the verdict's date and pin.
 */
public final class VerdictEdits {

	/** Replace {@code length} characters at {@code offset} with {@code text}. */
	public record Replacement(int offset, int length, String text) {

		public String applyTo(String document) {
			return document.substring(0, offset) + text + document.substring(offset + length);
		}
	}

	/** What a verdict says: its judgement, note and follow-up (null or blank for none). */
	public record Judgement(VerdictKind kind, String note, String action, String owner, String due) {
	}

	private VerdictEdits() {
	}

	/** The verdict on this answer in the review; null when there is none. */
	public static Verdict verdictOn(Review review, Answer answer) {
		Key key = Key.of(answer);
		for (Verdict verdict : review.getVerdicts()) {
			if (verdict.getItem() != null && !verdict.getItem().eIsProxy() && Key.of(verdict).equals(key)) {
				return verdict;
			}
		}
		return null;
	}

	/**
	 * Writes the answer's verdict as {@code judgement} says. When the judgement (the kind) changes,
	 * or the answer had no verdict, it is dated {@code today} and pinned to the answer as it is now,
	 * so a verdict given on the answer as the judge saw it; otherwise its date and pin stay.
	 */
	public static Replacement judge(Review review, Answer answer, Judgement judgement, String today) {
		Verdict existing = verdictOn(review, answer);
		if (existing == null) {
			return insert(review, answer, line(answer, judgement, today, ReviewTexts.pin(answer)));
		}
		boolean rejudged = existing.getVerdict() != judgement.kind();
		String date = rejudged ? today : existing.getDate();
		String pin = rejudged || existing.getPin() == null ? ReviewTexts.pin(answer)
				: "pinned " + existing.getPinnedStatus() + " " + existing.getPin();
		ICompositeNode node = NodeModelUtils.getNode(existing);
		return new Replacement(node.getOffset(), node.getLength(), line(answer, judgement, date, pin).substring(1));
	}

	/** The judgement a verdict gives now, to change one part of it. */
	public static Judgement of(Verdict verdict) {
		FollowUp followUp = verdict.getFollowUp();
		return new Judgement(verdict.getVerdict(), verdict.getNote(), followUp == null ? null : followUp.getAction(),
				followUp == null ? null : followUp.getOwner(), followUp == null ? null : followUp.getDue());
	}

	/** A tab, the answer's reference, the judgement, note, date and pin; the follow-up on a line of its own. */
	static String line(Answer answer, Judgement judgement, String date, String pin) {
		StringBuilder line = new StringBuilder("\t").append(ReviewTexts.reference(Key.of(answer))).append(' ')
				.append(judgement.kind().getLiteral());
		if (!blank(judgement.note())) {
			line.append(' ').append(ReviewTexts.quoted(judgement.note()));
		}
		if (!blank(date)) {
			line.append(" on ").append(date);
		}
		line.append(' ').append(pin);
		if (!blank(judgement.action())) {
			line.append("\n\t\tfollow-up ").append(ReviewTexts.quoted(judgement.action()));
			if (!blank(judgement.owner())) {
				line.append(" owner ").append(ReviewTexts.quoted(judgement.owner()));
			}
			if (!blank(judgement.due())) {
				line.append(" due ").append(judgement.due().strip());
			}
		}
		return line.toString();
	}

	/** A new verdict after the verdict of the last answer before this one that has one; else first. */
	private static Replacement insert(Review review, Answer answer, String line) {
		Disclosure disclosure = (Disclosure) answer.eContainer();
		Verdict before = null;
		for (Answer earlier : disclosure.getAnswers()) {
			if (earlier == answer) {
				break;
			}
			Verdict verdict = verdictOn(review, earlier);
			before = verdict != null ? verdict : before;
		}
		if (before != null) {
			return new Replacement(NodeModelUtils.getNode(before).getEndOffset(), 0, "\n" + line.stripTrailing());
		}
		ICompositeNode whole = NodeModelUtils.getNode(review);
		int brace = whole.getRootNode().getText().indexOf('{', whole.getOffset());
		return new Replacement(brace + 1, 0, "\n" + line.stripTrailing());
	}

	/**
	 * The edits of several answers' verdicts (given in the disclosure's order), from the end of the
	 * text backwards, to apply in that order. New verdicts that go to one place are applied last
	 * first, so that they stand in the disclosure's order.
	 */
	public static List<Replacement> judgeAll(Review review, Map<Answer, Judgement> judgements, String today) {
		List<Replacement> replacements = new ArrayList<>();
		judgements.forEach((answer, judgement) -> replacements.add(judge(review, answer, judgement, today)));
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < replacements.size(); i++) {
			order.add(i);
		}
		order.sort((a, b) -> {
			int byOffset = Integer.compare(replacements.get(b).offset(), replacements.get(a).offset());
			return byOffset != 0 ? byOffset : Integer.compare(b, a);
		});
		return order.stream().map(replacements::get).toList();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
