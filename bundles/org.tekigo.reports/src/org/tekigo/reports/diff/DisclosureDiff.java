package org.tekigo.reports.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tekigo.reports.model.DisclosureView;
import org.tekigo.reports.model.DisclosureView.AnswerView;
import org.tekigo.reports.model.DisclosureView.Status;

/**
 * What changed between two disclosures (this year's against last year's, or two vendors),
 * answer by answer, matched by stable id; and what changed under them: the texts of items and
 * requirements of the same id that read otherwise now, and the answers that are stale now and
 * were not before.
 */
public record DisclosureDiff(String oldTitle, String newTitle, List<StatusChange> statusChanges, List<AnswerView> newGaps,
		List<AnswerView> closedGaps, List<CommentChange> commentChanges, List<AnswerView> added, List<AnswerView> removed,
		List<TextChange> textChanges, List<AnswerView> madeStale) {

	/** An item's or a requirement's text, before and after. */
	public record TextChange(String id, String before, String after) {
	}

	public record StatusChange(String id, Status before, Status after) {
	}

	public record CommentChange(String id, String before, String after) {
	}

	public static DisclosureDiff between(DisclosureView before, DisclosureView after) {
		return between(before, after, Map.of());
	}

	/**
	 * @param continued the id each earlier requirement has in the later side's edition, where it
	 *                  differs ("8.1.2/D/2" → "planning/13/②"): its answers and its text are compared
	 *                  with their continuation's
	 */
	public static DisclosureDiff between(DisclosureView before, DisclosureView after, Map<String, String> continued) {
		Map<String, AnswerView> old = new LinkedHashMap<>();
		answers(before).forEach((id, answer) -> old.put(continuedId(id, continued), answer));
		Map<String, AnswerView> now = answers(after);
		List<StatusChange> statusChanges = new ArrayList<>();
		List<CommentChange> commentChanges = new ArrayList<>();
		List<AnswerView> newGaps = new ArrayList<>(), closedGaps = new ArrayList<>(), added = new ArrayList<>(),
				removed = new ArrayList<>();
		now.forEach((id, answer) -> {
			AnswerView previous = old.get(id);
			if (previous == null) {
				added.add(answer);
			} else {
				// A word changed (a scale may also have changed under the answer: the words are what the reader sees).
				if (!previous.status().label().equals(answer.status().label()) || previous.status().meaning() != answer.status().meaning()) {
					statusChanges.add(new StatusChange(id, previous.status(), answer.status()));
				}
				if (!previous.comment().equals(answer.comment())) {
					commentChanges.add(new CommentChange(id, previous.comment(), answer.comment()));
				}
			}
			if (isGap(answer) && (previous == null || !isGap(previous))) {
				newGaps.add(answer);
			}
		});
		old.forEach((id, answer) -> {
			AnswerView current = now.get(id);
			if (current == null) {
				removed.add(answer);
			}
			if (isGap(answer) && (current == null || !isGap(current))) {
				closedGaps.add(answer);
			}
		});
		List<AnswerView> madeStale = now.values().stream()
				.filter(answer -> answer.isStale() && (old.get(answer.id()) == null || !old.get(answer.id()).isStale())).toList();
		return new DisclosureDiff(before.vendor() + " (" + before.id() + ")", after.vendor() + " (" + after.id() + ")",
				statusChanges, newGaps, closedGaps, commentChanges, added, removed, textChanges(before, after, continued), madeStale);
	}

	public boolean isEmpty() {
		return statusChanges.isEmpty() && commentChanges.isEmpty() && added.isEmpty() && removed.isEmpty() && textChanges.isEmpty()
				&& madeStale.isEmpty();
	}

	/** "1.7-①-1[8.1.2/D/2]" as the later side names it: "1.7-①-1[planning/13/②]". */
	private static String continuedId(String answerId, Map<String, String> continued) {
		int open = answerId.indexOf('[');
		if (open < 0 || !answerId.endsWith("]")) {
			return answerId;
		}
		String requirement = answerId.substring(open + 1, answerId.length() - 1);
		return answerId.substring(0, open + 1) + continued.getOrDefault(requirement, requirement) + "]";
	}

	/**
	 * Items of the same id, then requirements (those the items relate to) of the same id or
	 * continued under another ("planning/13/② (8.1.2/D/2)"), whose texts differ.
	 */
	private static List<TextChange> textChanges(DisclosureView before, DisclosureView after, Map<String, String> continued) {
		Map<String, String> oldTexts = new LinkedHashMap<>(), oldIds = new LinkedHashMap<>();
		texts(before).forEach((id, text) -> {
			String now = continued.getOrDefault(id, id);
			oldTexts.putIfAbsent(now, text);
			oldIds.putIfAbsent(now, id);
		});
		List<TextChange> changes = new ArrayList<>();
		texts(after).forEach((id, text) -> {
			String previous = oldTexts.get(id);
			if (previous != null && !previous.equals(text)) {
				String was = oldIds.get(id);
				changes.add(new TextChange(was.equals(id) ? id : id + " (" + was + ")", previous, text));
			}
		});
		return changes;
	}

	/** Item texts by item id, then requirement texts by requirement id, in catalog order. */
	private static Map<String, String> texts(DisclosureView disclosure) {
		Map<String, String> items = new LinkedHashMap<>(), requirements = new LinkedHashMap<>();
		disclosure.categories().forEach(c -> c.groups().forEach(g -> g.measures().forEach(m -> m.items().forEach(i -> {
			items.put(i.id(), i.text());
			i.requirements().forEach(r -> requirements.putIfAbsent(r.id(), r.text()));
		}))));
		items.putAll(requirements);
		return items;
	}

	private static boolean isGap(AnswerView answer) {
		return answer.status().isGap();
	}

	private static Map<String, AnswerView> answers(DisclosureView disclosure) {
		Map<String, AnswerView> answers = new LinkedHashMap<>();
		disclosure.categories().forEach(c -> c.groups().forEach(g -> g.measures().forEach(m -> m.items()
				.forEach(i -> i.answers().forEach(a -> answers.put(a.id(), a))))));
		return answers;
	}
}
