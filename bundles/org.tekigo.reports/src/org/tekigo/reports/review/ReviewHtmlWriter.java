package org.tekigo.reports.review;

import org.tekigo.reports.nls.ReportMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.tekigo.reports.io.AtomicFiles;
import org.tekigo.reports.review.ReviewView.Row;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;

/**
 * The review report as one self-contained HTML page (no script, no external file): the summary,
 * then what the hospital acts on first (suspect verdicts, answers not accepted, open questions,
 * answers not judged) and its follow-ups by owner and due date. Every text from the model is escaped.
 */
public final class ReviewHtmlWriter {

	private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

	private static final String STYLE = """
			:root { --ng: #c62828; --open: #f9a825; --ok: #2e7d32; --line: #c9c9c9; --muted: #555; }
			* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
			body { margin: 0 auto; padding: 24px 32px 48px; max-width: 1240px; color: #1a1a1a;
				font: 14px/1.6 "Hiragino Kaku Gothic ProN", "Yu Gothic", Meiryo, "Noto Sans CJK JP", sans-serif; }
			header { border-bottom: 3px solid #1f3a5f; margin-bottom: 20px; padding-bottom: 8px; }
			h1 { font-size: 24px; margin: 0 0 4px; color: #1f3a5f; }
			h2 { font-size: 18px; margin: 32px 0 10px; padding-left: 10px; border-left: 6px solid #1f3a5f; }
			.meta, .empty, footer { color: var(--muted); }
			table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; }
			th, td { border: 1px solid var(--line); padding: 6px 8px; vertical-align: top; text-align: left; }
			th { background: #eef1f5; white-space: nowrap; }
			td { white-space: pre-line; overflow-wrap: anywhere; }
			td.num { text-align: right; }
			table.summary { width: auto; min-width: 420px; }
			tr.alert td.num { color: var(--ng); font-weight: bold; }
			.id { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; white-space: nowrap; }
			.verdict { display: inline-block; white-space: nowrap; padding: 0 6px; border-radius: 4px; color: #fff; font-size: 12px; font-weight: bold; }
			.verdict.accepted { background: var(--ok); } .verdict.needsClarification { background: var(--open); color: #1a1a1a; }
			.verdict.notAccepted { background: var(--ng); } .verdict.pending { background: #8a8a8a; }
			.gap { color: var(--ng); font-weight: bold; }
			footer { margin-top: 32px; font-size: 12px; }
			@page { size: A4 landscape; margin: 12mm 10mm; }
			@media print { body { padding: 0; max-width: none; font-size: 9pt; } thead { display: table-header-group; } }
			""";

	public void write(ReviewAnalysis analysis, Path target) throws IOException {
		AtomicFiles.writeString(target, render(analysis));
	}

	public String render(ReviewAnalysis analysis) {
		ReviewView review = analysis.review();
		StringBuilder html = new StringBuilder(32 * 1024);
		html.append("<!DOCTYPE html>\n<html lang=\"").append(ReportMessages.Gap_htmlLang).append("\">\n<head>\n<meta charset=\"UTF-8\">\n<title>").append(ReviewLabels.TITLE)
				.append(" — ").append(esc(review.title())).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
				.append("<header>\n<h1>").append(ReviewLabels.titleFor(esc(review.title()))).append("</h1>\n")
				.append("<p class=\"meta\">").append(ReviewLabels.byline(review, ReviewHtmlWriter::esc)).append("</p>\n</header>\n");
		html.append("<section id=\"summary\">\n<h2>").append(ReviewLabels.SUMMARY).append("</h2>\n<table class=\"summary\">\n<tbody>\n");
		ReviewLabels.summaryLines(analysis).forEach(line -> html.append(line.alert() ? "<tr class=\"alert\">" : "<tr>")
				.append("<th scope=\"row\">").append(line.label()).append("</th><td class=\"num\">").append(line.value()).append("</td></tr>\n"));
		html.append("</tbody>\n</table>\n</section>\n");
		rows(html, "suspect", ReviewLabels.SUSPECT, analysis.suspect());
		rows(html, "not-accepted", ReviewLabels.NOT_ACCEPTED, analysis.notAccepted());
		rows(html, "questions", ReviewLabels.QUESTIONS, analysis.questions());
		rows(html, "unjudged", ReviewLabels.UNJUDGED, analysis.unjudged());
		followUps(html, analysis.followUps());
		html.append("<footer>").append(bind(ReportMessages.Review_footer, esc(review.id()))).append("</footer>\n</body>\n</html>\n");
		return html.toString();
	}

	private static void rows(StringBuilder html, String id, String title, List<Row> rows) {
		html.append("<section id=\"").append(id).append("\">\n<h2>").append(ReviewLabels.counted(title, rows.size())).append("</h2>\n");
		if (rows.isEmpty()) {
			html.append("<p class=\"empty\">").append(ReviewLabels.NONE).append("</p>\n</section>\n");
			return;
		}
		header(html, ReviewLabels.ROW_COLUMNS);
		for (Row row : rows) {
			html.append("<tr><td class=\"id\">").append(esc(row.answerId())).append("</td><td>").append(esc(row.itemText()))
					.append("</td><td").append(row.minimumGap() ? " class=\"gap\"" : "").append(">").append(esc(row.status()))
					.append(row.minimumGap() ? ReviewLabels.MINIMUM_MARK : "").append("</td><td>").append(esc(row.comment())).append("</td><td>")
					.append(badge(row)).append("</td><td>").append(esc(row.note())).append("</td><td class=\"id\">").append(esc(row.date()))
					.append("</td></tr>\n");
		}
		html.append("</tbody>\n</table>\n</section>\n");
	}

	private static void followUps(StringBuilder html, List<Row> rows) {
		html.append("<section id=\"follow-ups\">\n<h2>").append(ReviewLabels.FOLLOW_UPS).append("</h2>\n");
		if (rows.isEmpty()) {
			html.append("<p class=\"empty\">").append(ReviewLabels.NONE).append("</p>\n</section>\n");
			return;
		}
		header(html, ReviewLabels.FOLLOW_UP_COLUMNS);
		for (Row row : rows) {
			html.append("<tr><td class=\"id\">").append(esc(row.answerId())).append("</td><td>").append(badge(row)).append("</td><td>")
					.append(esc(row.followUp().action())).append("</td><td>").append(esc(row.followUp().owner()))
					.append("</td><td class=\"id\">").append(esc(row.followUp().due())).append("</td></tr>\n");
		}
		html.append("</tbody>\n</table>\n</section>\n");
	}

	private static void header(StringBuilder html, List<String> columns) {
		html.append("<table>\n<thead><tr>");
		columns.forEach(column -> html.append("<th>").append(column).append("</th>"));
		html.append("</tr></thead>\n<tbody>\n");
	}

	private static String badge(Row row) {
		return "<span class=\"verdict " + row.judgement().alias() + "\">" + (row.judged() ? row.judgement().label() : ReviewLabels.NOT_JUDGED) + "</span>";
	}

	private static String esc(String text) {
		return text == null ? "" : ESCAPER.escape(text);
	}
}
