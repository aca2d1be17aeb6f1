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
 * answer by answer, matched by stable id.
 */
public record DisclosureDiff(String oldTitle, String newTitle, List<StatusChange> statusChanges, List<AnswerView> newGaps,
		List<AnswerView> closedGaps, List<CommentChange> commentChanges, List<AnswerView> added, List<AnswerView> removed) {

	public record StatusChange(String id, Status before, Status after) {
	}

	public record CommentChange(String id, String before, String after) {
	}

	public static DisclosureDiff between(DisclosureView before, DisclosureView after) {
		Map<String, AnswerView> old = answers(before), now = answers(after);
		List<StatusChange> statusChanges = new ArrayList<>();
		List<CommentChange> commentChanges = new ArrayList<>();
		List<AnswerView> newGaps = new ArrayList<>(), closedGaps = new ArrayList<>(), added = new ArrayList<>(),
				removed = new ArrayList<>();
		now.forEach((id, answer) -> {
			AnswerView previous = old.get(id);
			if (previous == null) {
				added.add(answer);
			} else {
				if (previous.status() != answer.status()) {
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
		return new DisclosureDiff(before.vendor() + " (" + before.id() + ")", after.vendor() + " (" + after.id() + ")",
				statusChanges, newGaps, closedGaps, commentChanges, added, removed);
	}

	public boolean isEmpty() {
		return statusChanges.isEmpty() && commentChanges.isEmpty() && added.isEmpty() && removed.isEmpty();
	}

	private static boolean isGap(AnswerView answer) {
		return answer.status() == Status.NONCONFORMANT;
	}

	private static Map<String, AnswerView> answers(DisclosureView disclosure) {
		Map<String, AnswerView> answers = new LinkedHashMap<>();
		disclosure.categories().forEach(c -> c.groups().forEach(g -> g.measures().forEach(m -> m.items()
				.forEach(i -> i.answers().forEach(a -> answers.put(a.id(), a))))));
		return answers;
	}
}
