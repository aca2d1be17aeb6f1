package org.tekigo.reports.diff;

import org.tekigo.reports.nls.ReportMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.util.List;
import java.util.function.Function;

import org.tekigo.reports.model.DisclosureView.AnswerView;
import org.tekigo.reports.model.DisclosureView.StaleChange;

/** The diff for a terminal or a pull request: one section per kind of change, one line per answer. */
public class DiffTextWriter {

	public String render(DisclosureDiff diff) {
		StringBuilder text = new StringBuilder();
		text.append(diff.oldTitle()).append(" → ").append(diff.newTitle()).append('\n');
		section(text, ReportMessages.Diff_statusChanges, diff.statusChanges(),
				c -> c.id() + ": " + c.before().label() + " → " + c.after().label());
		section(text, ReportMessages.Diff_newGaps, diff.newGaps(), DiffTextWriter::answer);
		section(text, ReportMessages.Diff_closedGaps, diff.closedGaps(), DiffTextWriter::answer);
		section(text, ReportMessages.Diff_commentChanges, diff.commentChanges(),
				c -> c.id() + ":\n      " + ReportMessages.Diff_before + ": " + oneLine(c.before()) + "\n      " + ReportMessages.Diff_after
						+ ":  " + oneLine(c.after()));
		section(text, ReportMessages.Diff_added, diff.added(), DiffTextWriter::answer);
		section(text, ReportMessages.Diff_removed, diff.removed(), DiffTextWriter::answer);
		section(text, ReportMessages.Diff_textChanges, diff.textChanges(),
				c -> c.id() + ":\n      " + ReportMessages.Diff_before + ": " + oneLine(c.before()) + "\n      " + ReportMessages.Diff_after
						+ ":  " + oneLine(c.after()));
		section(text, ReportMessages.Diff_madeStale, diff.madeStale(),
				a -> a.id() + " " + a.status().label() + ": " + String.join("; ", a.stale().stream().map(StaleChange::sentence).toList()));
		text.append(bind(ReportMessages.Diff_summary, new Object[] { diff.statusChanges().size(), diff.newGaps().size(),
				diff.closedGaps().size(), diff.commentChanges().size(), diff.added().size(), diff.removed().size() }));
		if (!diff.textChanges().isEmpty() || !diff.madeStale().isEmpty()) {
			text.append(bind(ReportMessages.Diff_summaryTexts, diff.textChanges().size(), diff.madeStale().size()));
		}
		text.append('\n');
		return text.toString();
	}

	private static <T> void section(StringBuilder text, String title, List<T> entries, Function<T, String> line) {
		if (entries.isEmpty()) {
			return;
		}
		text.append(bind(ReportMessages.Diff_section, title, entries.size())).append('\n');
		entries.forEach(entry -> text.append("  ").append(line.apply(entry)).append('\n'));
	}

	private static String answer(AnswerView answer) {
		return answer.id() + " " + answer.status().label() + (answer.comment().isEmpty() ? "" : " " + oneLine(answer.comment()));
	}

	private static String oneLine(String text) {
		return text.isEmpty() ? ReportMessages.Diff_empty : text.replaceAll("\\s*\\R\\s*", " ");
	}
}
