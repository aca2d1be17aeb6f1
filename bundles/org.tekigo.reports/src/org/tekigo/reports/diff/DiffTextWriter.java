package org.tekigo.reports.diff;

import java.util.List;
import java.util.function.Function;

import org.tekigo.reports.model.DisclosureView.AnswerView;

/** The diff for a terminal or a pull request: one section per kind of change, one line per answer. */
public class DiffTextWriter {

	public String render(DisclosureDiff diff) {
		StringBuilder text = new StringBuilder();
		text.append(diff.oldTitle()).append(" → ").append(diff.newTitle()).append('\n');
		section(text, "Status changes", diff.statusChanges(),
				c -> c.id() + ": " + c.before().label() + " → " + c.after().label());
		section(text, "New gaps", diff.newGaps(), DiffTextWriter::answer);
		section(text, "Closed gaps", diff.closedGaps(), DiffTextWriter::answer);
		section(text, "Comment changes", diff.commentChanges(),
				c -> c.id() + ":\n      before: " + oneLine(c.before()) + "\n      after:  " + oneLine(c.after()));
		section(text, "Answers added", diff.added(), DiffTextWriter::answer);
		section(text, "Answers removed", diff.removed(), DiffTextWriter::answer);
		text.append(String.format("%d status changes, %d new gaps, %d closed gaps, %d comment changes, %d added, %d removed%n",
				diff.statusChanges().size(), diff.newGaps().size(), diff.closedGaps().size(), diff.commentChanges().size(),
				diff.added().size(), diff.removed().size()));
		return text.toString();
	}

	private static <T> void section(StringBuilder text, String title, List<T> entries, Function<T, String> line) {
		if (entries.isEmpty()) {
			return;
		}
		text.append(title).append(" (").append(entries.size()).append(")\n");
		entries.forEach(entry -> text.append("  ").append(line.apply(entry)).append('\n'));
	}

	private static String answer(AnswerView answer) {
		return answer.id() + " " + answer.status().label() + (answer.comment().isEmpty() ? "" : " " + oneLine(answer.comment()));
	}

	private static String oneLine(String text) {
		return text.isEmpty() ? "（なし）" : text.replaceAll("\\s*\\R\\s*", " ");
	}
}
