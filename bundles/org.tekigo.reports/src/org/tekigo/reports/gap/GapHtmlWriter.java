package org.tekigo.reports.gap;

import org.tekigo.reports.nls.ReportMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;

import org.tekigo.reports.io.AtomicFiles;
import org.tekigo.reports.model.DisclosureView.RequirementView;
import org.tekigo.reports.model.ScaleWords;
import org.tekigo.reports.model.DisclosureView.StaleChange;

/**
 * The gap report as one self-contained HTML file: styles inline, charts as inline SVG, no
 * script and nothing fetched, so that it can be mailed to a hospital, opened offline and
 * printed. Every string from the model goes through the HTML escaper; line breaks are kept by
 * CSS ({@code white-space: pre-line}), not by inserting markup.
 */
public final class GapHtmlWriter {

	private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

	private static final String STYLE = """
			:root { --ok: #2e7d32; --ng: #c62828; --na: #8a8a8a; --open: #f9a825; --line: #c9c9c9; --muted: #555; }
			* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
			body { margin: 0 auto; padding: 24px 32px 48px; max-width: 1240px; color: #1a1a1a; background: #fff;
				font: 14px/1.6 "Hiragino Kaku Gothic ProN", "Hiragino Sans", "Yu Gothic", "YuGothic", Meiryo,
				"Noto Sans CJK JP", "Noto Sans JP", sans-serif; }
			header { border-bottom: 3px solid #1f3a5f; margin-bottom: 20px; padding-bottom: 8px; }
			h1 { font-size: 24px; margin: 0 0 4px; color: #1f3a5f; }
			h2 { font-size: 18px; margin: 32px 0 10px; padding-left: 10px; border-left: 6px solid #1f3a5f; }
			.meta { margin: 0; color: var(--muted); }
			.overview { display: grid; grid-template-columns: minmax(360px, 1fr) 1.2fr; gap: 24px; align-items: start; }
			.figures { display: grid; grid-template-columns: repeat(2, 1fr); gap: 12px; margin: 8px 0 0; }
			.figure { border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; }
			.figure dt { font-size: 13px; color: var(--muted); }
			.figure dd { margin: 0; font-size: 28px; font-weight: bold; }
			.figure.alert dd { color: var(--ng); }
			table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; }
			th, td { border: 1px solid var(--line); padding: 6px 8px; vertical-align: top; text-align: left; }
			th { background: #eef1f5; font-weight: bold; white-space: nowrap; }
			td { white-space: pre-line; overflow-wrap: anywhere; }
			td.num, th.num { text-align: right; white-space: nowrap; }
			table.summary { margin: 8px 0 0; }
			table.summary tr.detail th { font-weight: normal; padding-left: 28px; }
			.id { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12px; }
			.where { color: var(--muted); font-size: 12px; }
			.badge { display: inline-block; min-width: 1.6em; padding: 0 6px; border-radius: 4px; color: #fff;
				font-size: 12px; font-weight: bold; text-align: center; }
			.badge.c { background: var(--ng); }
			.badge.d { background: #1f6fb2; }
			.badge.none { background: var(--na); }
			.req + .req { margin-top: 8px; padding-top: 8px; border-top: 1px dashed var(--line); }
			.req-head { font-weight: bold; }
			.req-qualifiers { color: var(--muted); font-size: 12px; }
			.req-text { font-size: 12px; white-space: pre-line; }
			.missing { color: var(--ng); font-style: italic; }
			.chart { width: 100%; height: auto; display: block; margin: 4px 0 12px; }
			.chart text { font-family: inherit; font-size: 13px; fill: #1a1a1a; }
			.chart text.count { font-size: 12px; font-weight: bold; }
			.chart text.total { fill: var(--muted); }
			.empty { color: var(--muted); }
			table.list { table-layout: fixed; }
			col.c-id { width: 11em; } col.c-weight { width: 7.5em; } col.c-item { width: 24%; }
			col.c-req { width: 22%; } col.c-plan { width: 13%; }
			footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
			@page { size: A4 landscape; margin: 12mm 10mm; }
			@media print {
				body { padding: 0; max-width: none; font-size: 9pt; }
				.figure dd { font-size: 20pt; }
				.req-text, .where, .id { font-size: 8pt; }
				h2 { margin-top: 12px; }
				.page-break { break-before: page; }
				thead { display: table-header-group; }
				/* Rows may split: a long requirement must not push a row to the next page and leave half a page empty. */
				.overview, .figure, .chart { break-inside: avoid; }
				th, td { padding: 4px 6px; }
				h2 { break-after: avoid; }
			}
			""";

	public void write(GapAnalysis analysis, Path target) throws IOException {
		AtomicFiles.writeString(target, render(analysis));
	}

	public String render(GapAnalysis analysis) {
		StringBuilder html = new StringBuilder(64 * 1024);
		html.append("<!DOCTYPE html>\n<html lang=\"").append(ReportMessages.Gap_htmlLang).append("\">\n<head>\n<meta charset=\"UTF-8\">\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
				.append("<title>").append(GapTexts.TITLE).append(" — ").append(esc(analysis.vendor())).append("</title>\n")
				.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
		appendHeader(html, analysis);
		appendSummary(html, analysis);
		appendCharts(html, analysis);
		ScaleWords words = analysis.words();
		appendGaps(html, analysis.gaps(), analysis.weights(), words, analysis.weighed());
		if (analysis.weighed()) {
			appendMinimumRequirements(html, analysis.minimumRequirementsAllNonconformant(), analysis.weights(), words);
		}
		appendStale(html, analysis.stale());
		if (analysis.saysNotApplicable()) {
			appendNotApplicableWithoutReason(html, analysis.notApplicableWithoutReason(), words);
		}
		appendUnanswered(html, analysis.unanswered(), analysis.weighed());
		html.append("<footer>").append(bind(ReportMessages.Gap_footer, esc(analysis.disclosureId()))).append("</footer>\n</body>\n</html>\n");
		return html.toString();
	}

	private static void appendHeader(StringBuilder html, GapAnalysis analysis) {
		html.append("<header>\n<h1>").append(GapTexts.titleFor(esc(analysis.vendor()))).append("</h1>\n")
				.append("<p class=\"meta\">").append(esc(analysis.catalogTitle())).append("<br>")
				.append(esc(analysis.guidelineTitle())).append("</p>\n</header>\n");
	}

	private static void appendSummary(StringBuilder html, GapAnalysis analysis) {
		GapSummary summary = analysis.summary();
		WeightNames names = analysis.weights();
		ScaleWords words = analysis.words();
		html.append("<section id=\"summary\">\n<h2>").append(GapTexts.SUMMARY).append("</h2>\n<div class=\"overview\">\n")
				.append("<table class=\"summary\">\n<tbody>\n");
		for (GapTexts.SummaryLine line : GapTexts.summaryLines(analysis)) {
			html.append(line.detail() ? "<tr class=\"detail\">" : "<tr>").append("<th scope=\"row\">").append(esc(line.label()))
					.append("</th><td class=\"num\">").append(line.value()).append("</td></tr>\n");
		}
		html.append("</tbody>\n</table>\n<dl class=\"figures\">\n");
		if (analysis.weighed()) {
			appendFigure(html, esc(words.say(names.minimum(ReportMessages.Gap_figureMinimumGaps))), summary.minimumGaps());
			appendFigure(html, esc(words.say(names.recommended(ReportMessages.Gap_figureRecommendedGaps))), summary.recommendedGaps());
		}
		appendFigure(html, esc(words.say(ReportMessages.Gap_figureGapsWithoutPlan)), summary.gapsWithoutPlan());
		if (analysis.weighed()) {
			appendFigure(html, esc(words.say(ReportMessages.Gap_lineMinimumRequirements)), summary.minimumRequirementsAllNonconformant());
		}
		if (analysis.saysNotApplicable()) {
			appendFigure(html, esc(words.say(ReportMessages.Gap_notApplicableWithoutReason)), summary.notApplicableWithoutReason());
		}
		appendFigure(html, ReportMessages.Gap_lineUnanswered, summary.unanswered());
		html.append("</dl>\n</div>\n</section>\n");
	}

	private static void appendFigure(StringBuilder html, String label, int value) {
		html.append("<div class=\"figure").append(value > 0 ? " alert" : "").append("\"><dt>").append(label)
				.append("</dt><dd>").append(value).append("</dd></div>\n");
	}

	private static void appendCharts(StringBuilder html, GapAnalysis analysis) {
		html.append("<section id=\"by-category\">\n<h2>").append(GapTexts.BY_CATEGORY).append("</h2>\n")
				.append(StackedBarChart.svg("chart-category", GapTexts.BY_CATEGORY, analysis.byCategory(), analysis.words()))
				.append("</section>\n");
		html.append("<section id=\"by-group\">\n<h2>").append(GapTexts.BY_GROUP).append("</h2>\n")
				.append(StackedBarChart.svg("chart-group", GapTexts.BY_GROUP, analysis.byGroup(), analysis.words()))
				.append("</section>\n");
	}

	/** Weight and requirements (the second and fourth columns) only for a disclosure that is weighed. */
	private static void appendGaps(StringBuilder html, List<Gap> gaps, WeightNames names, ScaleWords words, boolean weighed) {
		html.append("<section id=\"gaps\" class=\"page-break\">\n<h2>").append(esc(GapTexts.counted(words.say(GapTexts.GAPS), gaps.size())))
				.append("</h2>\n");
		if (gaps.isEmpty()) {
			html.append("<p class=\"empty\">").append(esc(words.say(ReportMessages.Gap_noGaps))).append("</p>\n</section>\n");
			return;
		}
		html.append("<table class=\"list\">\n<colgroup>").append(String.join("", GapTexts.without(List.of("<col class=\"c-id\">",
				"<col class=\"c-weight\">", "<col class=\"c-item\">", "<col class=\"c-req\">", "<col>", "<col class=\"c-plan\">"),
				!weighed, 1, 3))).append("</colgroup>\n").append("<thead><tr>");
		for (String column : GapTexts.without(List.of(GapTexts.COLUMN_ID, GapTexts.COLUMN_WEIGHT, GapTexts.COLUMN_MEASURE,
				GapTexts.COLUMN_REQUIREMENTS, GapTexts.COLUMN_COMMENT, GapTexts.COLUMN_PLAN), !weighed, 1, 3)) {
			html.append("<th scope=\"col\">").append(column).append("</th>");
		}
		html.append("</tr></thead>\n<tbody>\n");
		for (Gap gap : gaps) {
			List<String> cells = GapTexts.without(List.of("<td class=\"id\">" + esc(gap.id()), "<td>" + weightBadge(gap.weight(), names),
					"<td>" + itemCell(gap.item()), "<td>" + requirementsCell(gap.requirements()), "<td>" + esc(gap.comment()),
					"<td>" + planCell(gap)), !weighed, 1, 3);
			html.append("<tr>").append(String.join("</td>", cells)).append("</td></tr>\n");
		}
		html.append("</tbody>\n</table>\n</section>\n");
	}

	private static void appendMinimumRequirements(StringBuilder html, List<NonconformantMinimumRequirement> requirements,
			WeightNames names, ScaleWords words) {
		html.append("<section id=\"minimum-requirements\">\n<h2>")
				.append(esc(GapTexts.counted(words.say(GapTexts.minimumRequirements(names)), requirements.size())))
				.append("</h2>\n");
		if (requirements.isEmpty()) {
			html.append("<p class=\"empty\">").append(esc(words.say(ReportMessages.Gap_everyMinimumMet))).append("</p>\n</section>\n");
			return;
		}
		html.append("<table>\n<thead><tr><th scope=\"col\">").append(GapTexts.COLUMN_REQUIREMENT)
				.append("</th><th scope=\"col\">").append(esc(words.say(GapTexts.COLUMN_ANSWERS))).append("</th></tr></thead>\n<tbody>\n");
		for (NonconformantMinimumRequirement unmet : requirements) {
			html.append("<tr><td>").append(requirementBlock(unmet.requirement())).append("</td><td class=\"id\">")
					.append(unmet.answerIds().stream().map(GapHtmlWriter::esc).collect(Collectors.joining("<br>")))
					.append("</td></tr>\n");
		}
		html.append("</tbody>\n</table>\n</section>\n");
	}

	/** Only when there are some: the text each stale answer was given against beside today's. */
	private static void appendStale(StringBuilder html, List<StaleAnswer> stale) {
		if (stale.isEmpty()) {
			return;
		}
		html.append("<section id=\"stale\">\n<h2>").append(GapTexts.counted(GapTexts.STALE, stale.size())).append("</h2>\n")
				.append("<p class=\"empty\">").append(ReportMessages.Gap_staleIntro).append("</p>\n")
				.append("<table class=\"list\">\n<colgroup><col class=\"c-id\"><col class=\"c-item\"><col><col></colgroup>\n<thead><tr>");
		for (String column : List.of(GapTexts.COLUMN_ID, GapTexts.COLUMN_CHANGE, GapTexts.COLUMN_THEN, GapTexts.COLUMN_NOW)) {
			html.append("<th scope=\"col\">").append(column).append("</th>");
		}
		html.append("</tr></thead>\n<tbody>\n");
		for (StaleAnswer answer : stale) {
			List<StaleChange> changes = answer.answer().stale();
			for (int i = 0; i < changes.size(); i++) {
				StaleChange change = changes.get(i);
				html.append("<tr>");
				if (i == 0) {
					html.append("<td class=\"id\" rowspan=\"").append(changes.size()).append("\">").append(esc(answer.answer().id()))
							.append("<div class=\"where\">").append(esc(answer.answer().status().label())).append("</div></td>");
				}
				html.append("<td>").append(esc(change.sentence())).append("</td><td class=\"req-text\">")
						.append(change.then() == null ? "<span class=\"empty\">" + ReportMessages.Gap_staleThenUnknown + "</span>"
								: esc(change.then()))
						.append("</td><td class=\"req-text\">")
						.append(change.now() == null ? "<span class=\"empty\">" + ReportMessages.Gap_none + "</span>" : esc(change.now()))
						.append("</td></tr>\n");
			}
		}
		html.append("</tbody>\n</table>\n</section>\n");
	}

	private static void appendNotApplicableWithoutReason(StringBuilder html, List<NotApplicableWithoutReason> answers,
			ScaleWords words) {
		html.append("<section id=\"not-applicable-without-reason\">\n<h2>")
				.append(esc(GapTexts.counted(words.say(GapTexts.NOT_APPLICABLE_WITHOUT_REASON), answers.size()))).append("</h2>\n");
		if (answers.isEmpty()) {
			html.append("<p class=\"empty\">").append(esc(words.say(ReportMessages.Gap_everyReasonGiven))).append("</p>\n</section>\n");
			return;
		}
		html.append("<table class=\"list\">\n<colgroup><col class=\"c-id\"><col></colgroup>\n<thead><tr><th scope=\"col\">")
				.append(GapTexts.COLUMN_ID).append("</th><th scope=\"col\">").append(GapTexts.COLUMN_MEASURE)
				.append("</th></tr></thead>\n<tbody>\n");
		for (NotApplicableWithoutReason answer : answers) {
			html.append("<tr><td class=\"id\">").append(esc(answer.id())).append("</td><td>").append(itemCell(answer.item()))
					.append("</td></tr>\n");
		}
		html.append("</tbody>\n</table>\n</section>\n");
	}

	private static void appendUnanswered(StringBuilder html, List<UnansweredItem> items, boolean weighed) {
		html.append("<section id=\"unanswered\">\n<h2>").append(GapTexts.counted(GapTexts.UNANSWERED, items.size())).append("</h2>\n");
		if (items.isEmpty()) {
			html.append("<p class=\"empty\">").append(ReportMessages.Gap_everyItemAnswered).append("</p>\n</section>\n");
			return;
		}
		html.append("<table class=\"list\">\n<colgroup><col class=\"c-id\"><col>").append(weighed ? "<col>" : "")
				.append("</colgroup>\n<thead><tr><th scope=\"col\">")
				.append(GapTexts.COLUMN_ID).append("</th><th scope=\"col\">").append(GapTexts.COLUMN_MEASURE)
				.append(weighed ? "</th><th scope=\"col\">" + GapTexts.COLUMN_REQUIREMENTS : "").append("</th></tr></thead>\n<tbody>\n");
		for (UnansweredItem item : items) {
			html.append("<tr><td class=\"id\">").append(esc(item.item().itemId())).append("</td><td>")
					.append(itemCell(item.item())).append(weighed ? "</td><td>" + requirementsCell(item.requirements()) : "")
					.append("</td></tr>\n");
		}
		html.append("</tbody>\n</table>\n</section>\n");
	}

	private static String itemCell(ItemContext item) {
		return "<div class=\"where\">" + esc(item.group()) + " ／ " + esc(item.measure()) + "</div>" + esc(item.itemText());
	}

	private static String requirementsCell(List<RequirementView> requirements) {
		if (requirements.isEmpty()) {
			return "<span class=\"empty\">" + ReportMessages.Gap_none + "</span>";
		}
		return requirements.stream().map(GapHtmlWriter::requirementBlock).collect(Collectors.joining());
	}

	private static String requirementBlock(RequirementView requirement) {
		String qualifiers = requirement.qualifiers().isEmpty() ? ""
				: "<div class=\"req-qualifiers\">" + esc(String.join(" ", requirement.qualifiers())) + "</div>";
		return "<div class=\"req\"><div class=\"req-head\">" + classBadge(requirement) + " " + esc(GapTexts.section(requirement))
				+ "</div>" + qualifiers + "<div class=\"req-text\">" + esc(requirement.text()) + "</div></div>";
	}

	/** The requirement's weight as its ids write it (C, D, obligation), red for a minimum one. */
	private static String classBadge(RequirementView requirement) {
		if (requirement.weight().isEmpty()) {
			return "";
		}
		return requirement.minimum()
				? "<span class=\"badge c\" title=\"" + ReportMessages.Gap_minimumGuideline + "\">" + esc(requirement.weight()) + "</span>"
				: "<span class=\"badge d\" title=\"" + ReportMessages.Gap_recommendedGuideline + "\">" + esc(requirement.weight()) + "</span>";
	}

	private static String weightBadge(GapWeight weight, WeightNames names) {
		String css = switch (weight) {
			case MINIMUM -> "c";
			case RECOMMENDED -> "d";
			case UNCLASSIFIED -> "none";
		};
		return "<span class=\"badge " + css + "\">" + esc(GapTexts.weight(weight, names)) + "</span>";
	}

	private static String planCell(Gap gap) {
		if (!gap.hasPlan()) {
			return "<span class=\"missing\">" + ReportMessages.Gap_noPlan + "</span>";
		}
		StringBuilder cell = new StringBuilder(esc(gap.plan()));
		if (!gap.owner().isEmpty()) {
			cell.append("<div class=\"where\">").append(bind(ReportMessages.Gap_ownerIs, esc(gap.owner()))).append("</div>");
		}
		if (!gap.due().isEmpty()) {
			cell.append("<div class=\"where\">").append(bind(ReportMessages.Gap_dueIs, esc(gap.due()))).append("</div>");
		}
		return cell.toString();
	}

	private static String esc(String text) {
		return text == null ? "" : ESCAPER.escape(text);
	}
}
