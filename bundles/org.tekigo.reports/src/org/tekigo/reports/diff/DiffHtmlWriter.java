package org.tekigo.reports.diff;

import java.util.List;
import java.util.function.Function;

import org.tekigo.reports.model.DisclosureView.AnswerView;
import org.tekigo.reports.review.ReviewDiff;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;

/** The diff as one self-contained HTML page; every text from the disclosures and reviews is escaped. */
public class DiffHtmlWriter {

	private static final Escaper HTML = HtmlEscapers.htmlEscaper();

	public String render(DisclosureDiff diff) {
		return render(diff, List.of());
	}

	/** The disclosure's diff, then what changed in each review of it found beside both versions. */
	public String render(DisclosureDiff diff, List<ReviewDiff> reviews) {
		StringBuilder html = new StringBuilder("""
				<!DOCTYPE html>
				<html lang="ja"><head><meta charset="UTF-8"><title>Tekigo diff</title>
				<style>
				body{font-family:"Noto Sans CJK JP",sans-serif;margin:2em;color:#222}
				table{border-collapse:collapse;width:100%;margin-bottom:1.5em}
				th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
				th{background:#f0f0f0}.gap{color:#b00020}.closed{color:#1b5e20}
				</style></head><body>
				""");
		html.append("<h1>").append(HTML.escape(diff.oldTitle())).append(" → ").append(HTML.escape(diff.newTitle())).append("</h1>\n");
		table(html, "Status changes", List.of("ID", "Before", "After"), diff.statusChanges(),
				c -> List.of(c.id(), c.before().label(), c.after().label()));
		table(html, "New gaps", List.of("ID", "Status", "Comment"), diff.newGaps(), DiffHtmlWriter::answer);
		table(html, "Closed gaps", List.of("ID", "Status", "Comment"), diff.closedGaps(), DiffHtmlWriter::answer);
		table(html, "Comment changes", List.of("ID", "Before", "After"), diff.commentChanges(),
				c -> List.of(c.id(), c.before(), c.after()));
		table(html, "Answers added", List.of("ID", "Status", "Comment"), diff.added(), DiffHtmlWriter::answer);
		table(html, "Answers removed", List.of("ID", "Status", "Comment"), diff.removed(), DiffHtmlWriter::answer);
		if (diff.isEmpty()) {
			html.append("<p>No change.</p>\n");
		}
		for (ReviewDiff review : reviews) {
			html.append("<section class=\"review\"><h2>Review ").append(HTML.escape(review.reviewId())).append("</h2>\n");
			list(html, "Verdict changes", review.verdictChanges());
			list(html, "Became suspect (the answer changed after its verdict)", review.becameSuspect());
			list(html, "No longer suspect", review.noLongerSuspect());
			if (review.verdictChanges().isEmpty() && review.becameSuspect().isEmpty() && review.noLongerSuspect().isEmpty()) {
				html.append("<p>No change.</p>\n");
			}
			html.append("</section>\n");
		}
		return html.append("</body></html>\n").toString();
	}

	private static <T> void table(StringBuilder html, String title, List<String> headers, List<T> rows,
			Function<T, List<String>> cells) {
		if (rows.isEmpty()) {
			return;
		}
		String css = title.equals("New gaps") ? " class=\"gap\"" : title.equals("Closed gaps") ? " class=\"closed\"" : "";
		html.append("<h2").append(css).append('>').append(title).append(" (").append(rows.size()).append(")</h2>\n<table><tr>");
		headers.forEach(h -> html.append("<th>").append(h).append("</th>"));
		html.append("</tr>\n");
		for (T row : rows) {
			html.append("<tr>");
			cells.apply(row).forEach(cell -> html.append("<td>").append(HTML.escape(cell)).append("</td>"));
			html.append("</tr>\n");
		}
		html.append("</table>\n");
	}

	private static void list(StringBuilder html, String title, List<String> lines) {
		if (lines.isEmpty()) {
			return;
		}
		html.append("<h3>").append(title).append(" (").append(lines.size()).append(")</h3>\n<ul>\n");
		lines.forEach(line -> html.append("<li>").append(HTML.escape(line)).append("</li>\n"));
		html.append("</ul>\n");
	}

	private static List<String> answer(AnswerView answer) {
		return List.of(answer.id(), answer.status().label(), answer.comment());
	}
}
