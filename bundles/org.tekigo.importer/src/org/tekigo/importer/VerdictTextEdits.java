package org.tekigo.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.ReplaceRegion;
import org.tekigo.dsl.edition.TextEdits;
import org.tekigo.dsl.review.ReviewTexts;
import org.tekigo.dsl.review.ReviewedAnswers.Key;
import org.tekigo.dsl.tekigo.FollowUp;
import org.tekigo.dsl.tekigo.TekigoPackage;
import org.tekigo.dsl.tekigo.Verdict;
import org.tekigo.dsl.tekigo.VerdictKind;
import org.tekigo.reports.ReviewViews;
import org.tekigo.reports.review.JudgedRow;
import org.tekigo.reports.review.ReviewView.Judgement;

/**
 * The replacements a review workbook's judgements make in the review's text, each over its own
 * region, as the checklist import and the studio's table edits make theirs: a changed verdict's
 * words from the verdict to the pin (the answer's reference stays as written), its follow-up on
 * its own, a new verdict on a line of its own. Every other byte stays as it was.
 */
final class VerdictTextEdits {

	private final String text;
	/** The line break the review is written with: new lines are written with it too. */
	private final String newline;
	private final ICompositeNode review;
	private final String today;
	private final List<ReplaceRegion> replacements = new ArrayList<>();
	/** New verdict lines by the offset they go to, in the disclosure's order. */
	private final Map<Integer, StringBuilder> insertions = new TreeMap<>();
	final List<ReviewWorkbookEdits.Change> changes = new ArrayList<>();

	VerdictTextEdits(ICompositeNode review, String today) {
		this.review = review;
		this.text = review.getRootNode().getText();
		this.newline = text.contains("\r\n") ? "\r\n" : "\n";
		this.today = today;
	}

	/** Where a new verdict on the answer {@code key} goes: its line, between {@code lead} and {@code trail}, at an offset. */
	record Place(Key key, int offset, String lead, String trail, String indentation) {
	}

	/**
	 * Writes a changed judgement. A verdict given or changed (its word) is dated today and pinned as
	 * the row says, to the answer as the workbook showed it; a note or follow-up changed alone keeps
	 * the verdict's date and pin: adding a follow-up is no new look at the answer. {@code place} is asked for a new verdict only.
	 */
	void judge(JudgedRow row, WorkbookJudgement now, Verdict verdict, Supplier<Place> place) {
		if (verdict == null) {
			Place at = place.get();
			String line = at.indentation() + ReviewTexts.reference(at.key()) + " " + kind(now.verdict()) + note(now) + " on " + today + " "
					+ row.pin() + (now.followUp() == null ? "" : newline + at.indentation() + "\t" + now.followUp());
			StringBuilder lines = insertions.computeIfAbsent(at.offset(), offset -> new StringBuilder());
			// Lines going in at one place: a line break between each two, and the place's lead once.
			lines.append(lines.isEmpty() || at.trail().isEmpty() ? at.lead() : "").append(line).append(at.trail());
			changes.add(new ReviewWorkbookEdits.Change(row.id(), null, now.summary()));
			return;
		}
		rewrite(verdict, row.pin(), now);
		changes.add(new ReviewWorkbookEdits.Change(row.id(), now.before().summary(), now.summary()));
	}

	/**
	 * The verdict word through the pin when the verdict changed (or had no pin), else the note
	 * alone; and the follow-up: each replaced over its own region, the answer's reference and the
	 * rest of the line as written.
	 */
	private void rewrite(Verdict verdict, String pin, WorkbookJudgement now) {
		INode kind = first(verdict, TekigoPackage.Literals.VERDICT__VERDICT);
		INode note = first(verdict, TekigoPackage.Literals.VERDICT__NOTE);
		int end = kind.getEndOffset();
		for (var feature : List.of(TekigoPackage.Literals.VERDICT__NOTE, TekigoPackage.Literals.VERDICT__DATE,
				TekigoPackage.Literals.VERDICT__PINNED_STATUS, TekigoPackage.Literals.VERDICT__PIN)) {
			INode node = first(verdict, feature);
			end = node == null ? end : Math.max(end, node.getEndOffset());
		}
		boolean rejudged = now.before().verdict() != now.verdict();
		if (rejudged || verdict.getPin() == null) {
			// The word as written (an alias stays an alias) when the verdict stays the same.
			String word = rejudged ? kind(now.verdict()) : NodeModelUtils.getTokenText(kind);
			String date = rejudged ? today : verdict.getDate();
			replacements.add(new ReplaceRegion(kind.getOffset(), end - kind.getOffset(),
					word + note(now) + (date == null ? "" : " on " + date) + " " + pin));
		} else if (!now.note().equals(now.before().note())) {
			replacements.add(note == null ? new ReplaceRegion(kind.getEndOffset(), 0, note(now))
					: now.note().isEmpty() ? new ReplaceRegion(kind.getEndOffset(), note.getEndOffset() - kind.getEndOffset(), "")
							: new ReplaceRegion(note.getOffset(), note.getLength(), ReviewTexts.quoted(now.note())));
		}
		FollowUp old = verdict.getFollowUp();
		String followUp = now.followUp();
		if (old == null) {
			if (followUp != null) {
				String indentation = indentation(NodeModelUtils.getNode(verdict).getOffset());
				replacements.add(new ReplaceRegion(end, 0, newline + indentation + "\t" + followUp));
			}
			return;
		}
		ICompositeNode oldFollowUp = NodeModelUtils.getNode(old);
		if (followUp == null) {
			// The follow-up's line with the line break before it; comment lines above it stay.
			int start = text.lastIndexOf('\n', oldFollowUp.getOffset() - 1);
			start = Math.max(end, start > 0 && text.charAt(start - 1) == '\r' ? start - 1 : start);
			replacements.add(new ReplaceRegion(start, oldFollowUp.getEndOffset() - start, ""));
		} else if (!followUp.equals(now.before().followUp())) {
			replacements.add(new ReplaceRegion(oldFollowUp.getOffset(), oldFollowUp.getLength(), followUp));
		}
	}

	/**
	 * After the verdict of the nearest answer before it (in the disclosure's order) that has one;
	 * else before the nearest after it; else before the review's closing brace.
	 */
	Place placeFor(List<String> order, Map<String, Verdict> verdicts, Key key) {
		int index = order.indexOf(key.id());
		for (int before = index - 1; before >= 0; before--) {
			Verdict verdict = verdicts.get(order.get(before));
			if (verdict != null) {
				ICompositeNode node = NodeModelUtils.getNode(verdict);
				return new Place(key, node.getEndOffset(), newline, "", indentation(node.getOffset()));
			}
		}
		for (int after = index + 1; after < order.size(); after++) {
			Verdict verdict = verdicts.get(order.get(after));
			if (verdict != null) {
				ICompositeNode node = NodeModelUtils.getNode(verdict);
				return new Place(key, lineStart(node.getOffset()), "", newline, indentation(node.getOffset()));
			}
		}
		int brace = review.getEndOffset() - 1;
		int lineStart = lineStart(brace);
		return text.substring(lineStart, brace).isBlank() ? new Place(key, lineStart, "", newline, "\t")
				: new Place(key, brace, newline, newline, "\t");
	}

	String result() {
		List<ReplaceRegion> all = new ArrayList<>(replacements);
		insertions.forEach((offset, lines) -> all.add(new ReplaceRegion(offset, 0, lines.toString())));
		return all.isEmpty() ? text : TextEdits.apply(text, all);
	}

	private static String kind(Judgement judgement) {
		return VerdictKind.getByName(judgement.alias()).getLiteral();
	}

	private static String note(WorkbookJudgement judged) {
		return judged.note().isEmpty() ? "" : " " + ReviewTexts.quoted(judged.note());
	}

	private int lineStart(int offset) {
		return text.lastIndexOf('\n', offset - 1) + 1;
	}

	/** The white space that starts the line holding the offset. */
	private String indentation(int offset) {
		int start = lineStart(offset);
		int end = start;
		while (end < offset && (text.charAt(end) == '\t' || text.charAt(end) == ' ')) {
			end++;
		}
		return text.substring(start, end);
	}

	private static INode first(Verdict verdict, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(verdict, feature);
		return nodes.isEmpty() ? null : nodes.get(0);
	}
}
