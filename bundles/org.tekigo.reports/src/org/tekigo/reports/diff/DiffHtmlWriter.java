package org.tekigo.reports.diff;

import org.tekigo.reports.nls.ReportMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.util.List;
import java.util.function.Function;

import org.tekigo.reports.model.DisclosureView.AnswerView;
import org.tekigo.reports.model.DisclosureView.StaleChange;
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
				<html lang="LANG"><head><meta charset="UTF-8"><title>TITLE</title>
				<style>
				body{font-family:"Noto Sans CJK JP",sans-serif;margin:2em;color:#222}
				table{border-collapse:collapse;width:100%;margin-bottom:1.5em}
				th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
				th{background:#f0f0f0}.gap{color:#b00020}.closed{color:#1b5e20}
				</style></head><body>
				""".replace("LANG", ReportMessages.Gap_htmlLang).replace("TITLE", HTML.escape(ReportMessages.Diff_htmlTitle)));
		html.append("<h1>").append(HTML.escape(diff.oldTitle())).append(" → ").append(HTML.escape(diff.newTitle())).append("</h1>\n");
		table(html, ReportMessages.Diff_statusChanges, "status", List.of("ID", ReportMessages.Diff_before, ReportMessages.Diff_after), diff.statusChanges(),
				c -> List.of(c.id(), c.before().label(), c.after().label()));
		table(html, ReportMessages.Diff_newGaps, "gap", List.of("ID", ReportMessages.Diff_status, ReportMessages.Diff_comment), diff.newGaps(), DiffHtmlWriter::answer);
		table(html, ReportMessages.Diff_closedGaps, "closed", List.of("ID", ReportMessages.Diff_status, ReportMessages.Diff_comment), diff.closedGaps(), DiffHtmlWriter::answer);
		table(html, ReportMessages.Diff_commentChanges, "comment", List.of("ID", ReportMessages.Diff_before, ReportMessages.Diff_after), diff.commentChanges(),
				c -> List.of(c.id(), c.before(), c.after()));
		table(html, ReportMessages.Diff_added, "added", List.of("ID", ReportMessages.Diff_status, ReportMessages.Diff_comment), diff.added(), DiffHtmlWriter::answer);
		table(html, ReportMessages.Diff_removed, "removed", List.of("ID", ReportMessages.Diff_status, ReportMessages.Diff_comment), diff.removed(), DiffHtmlWriter::answer);
		table(html, ReportMessages.Diff_textChanges, "text", List.of("ID", ReportMessages.Diff_before, ReportMessages.Diff_after), diff.textChanges(),
				c -> List.of(c.id(), c.before(), c.after()));
		table(html, ReportMessages.Diff_madeStale, "stale", List.of("ID", ReportMessages.Diff_status, ReportMessages.Diff_whatChanged), diff.madeStale(),
				a -> List.of(a.id(), a.status().label(), String.join("\n", a.stale().stream().map(StaleChange::sentence).toList())));
		if (diff.isEmpty()) {
			html.append("<p>").append(ReportMessages.Diff_noChange).append("</p>\n");
		}
		for (ReviewDiff review : reviews) {
			html.append("<section class=\"review\"><h2>").append(HTML.escape(bind(ReportMessages.ReviewDiff_review, review.reviewId()))).append("</h2>\n");
			list(html, ReportMessages.ReviewDiff_verdictChanges, review.verdictChanges());
			list(html, ReportMessages.ReviewDiff_becameSuspect, review.becameSuspect());
			list(html, ReportMessages.ReviewDiff_noLongerSuspect, review.noLongerSuspect());
			if (review.verdictChanges().isEmpty() && review.becameSuspect().isEmpty() && review.noLongerSuspect().isEmpty()) {
				html.append("<p>").append(ReportMessages.Diff_noChange).append("</p>\n");
			}
			html.append("</section>\n");
		}
		return html.append("</body></html>\n").toString();
	}

	private static <T> void table(StringBuilder html, String title, String kind, List<String> headers, List<T> rows,
			Function<T, List<String>> cells) {
		if (rows.isEmpty()) {
			return;
		}
		String css = kind.equals("gap") ? " class=\"gap\"" : kind.equals("closed") ? " class=\"closed\"" : "";
		html.append("<h2").append(css).append('>').append(bind(ReportMessages.Diff_section, title, rows.size())).append("</h2>\n<table><tr>");
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
		html.append("<h3>").append(bind(ReportMessages.Diff_section, title, lines.size())).append("</h3>\n<ul>\n");
		lines.forEach(line -> html.append("<li>").append(HTML.escape(line)).append("</li>\n"));
		html.append("</ul>\n");
	}

	private static List<String> answer(AnswerView answer) {
		return List.of(answer.id(), answer.status().label(), answer.comment());
	}
}
