package org.tekigo.reports.gap;

import org.tekigo.reports.nls.ReportMessages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.tekigo.reports.io.AtomicFiles;
import org.tekigo.reports.model.DisclosureView.RequirementView;
import org.tekigo.reports.model.ScaleWords;
import org.tekigo.reports.model.DisclosureView.StaleChange;

/**
 * The gap report as GitHub-flavoured Markdown, for a pull request comment: the summary table,
 * the gaps, then short lists of what else needs attention. Table cells are escaped so that a
 * comment cannot break the table ({@code |}, line breaks) or inject markup ({@code <}, {@code &}).
 */
public final class GapMarkdownWriter {

	public void write(GapAnalysis analysis, Path target) throws IOException {
		AtomicFiles.writeString(target, render(analysis));
	}

	public String render(GapAnalysis analysis) {
		StringBuilder md = new StringBuilder();
		md.append("## ").append(GapTexts.titleFor(inline(analysis.vendor()))).append("\n\n");
		md.append(inline(analysis.catalogTitle())).append(analysis.guidelineTitle().isEmpty() ? "" : " ／ " + inline(analysis.guidelineTitle()))
				.append("\n\n");
		boolean weighed = analysis.weighed();

		md.append("### ").append(GapTexts.SUMMARY).append("\n\n");
		row(md, ReportMessages.Gap_aggregate, GapTexts.COLUMN_COUNT);
		md.append("| --- | ---: |\n");
		for (GapTexts.SummaryLine line : GapTexts.summaryLines(analysis)) {
			row(md, line.label(), Integer.toString(line.value()));
		}

		ScaleWords words = analysis.words();
		md.append("\n### ").append(inline(GapTexts.counted(words.say(GapTexts.GAPS), analysis.gaps().size()))).append("\n\n");
		if (analysis.gaps().isEmpty()) {
			md.append(inline(words.say(ReportMessages.Gap_noGaps))).append("\n");
		} else {
			row(md, GapTexts.without(List.of(GapTexts.COLUMN_ID, GapTexts.COLUMN_WEIGHT, GapTexts.COLUMN_REQUIREMENTS, GapTexts.COLUMN_MEASURE,
					GapTexts.COLUMN_COMMENT, GapTexts.COLUMN_PLAN, GapTexts.COLUMN_OWNER, GapTexts.COLUMN_DUE), !weighed, 1, 2).toArray(String[]::new));
			md.append(weighed ? "| --- | --- | --- | --- | --- | --- | --- | --- |\n" : "| --- | --- | --- | --- | --- | --- |\n");
			for (Gap gap : analysis.gaps()) {
				String plan = gap.hasPlan() ? tableCell(gap.plan()) : "**" + ReportMessages.Gap_noPlan + "**";
				escapedRow(md, GapTexts.without(List.of(tableCell(gap.id()), tableCell(GapTexts.weight(gap.weight(), analysis.weights())),
						tableCell(requirements(gap.requirements())), tableCell(gap.item().itemText()),
						tableCell(gap.comment()), plan, tableCell(gap.owner()), tableCell(gap.due())), !weighed, 1, 2).toArray(String[]::new));
			}
		}

		if (weighed && !analysis.minimumRequirementsAllNonconformant().isEmpty()) {
			md.append("\n### ").append(inline(GapTexts.counted(words.say(GapTexts.minimumRequirements(analysis.weights())),
					analysis.minimumRequirementsAllNonconformant().size()))).append("\n\n");
			row(md, GapTexts.COLUMN_REQUIREMENT, words.say(GapTexts.COLUMN_ANSWERS));
			md.append("| --- | --- |\n");
			for (NonconformantMinimumRequirement unmet : analysis.minimumRequirementsAllNonconformant()) {
				row(md, GapTexts.compact(unmet.requirement()), String.join(", ", unmet.answerIds()));
			}
		}
		if (!analysis.stale().isEmpty()) {
			md.append("\n### ").append(GapTexts.counted(GapTexts.STALE, analysis.stale().size())).append("\n\n");
			md.append(ReportMessages.Gap_staleIntro).append("\n\n");
			row(md, GapTexts.COLUMN_ID, GapTexts.COLUMN_CHANGE, GapTexts.COLUMN_THEN, GapTexts.COLUMN_NOW);
			md.append("| --- | --- | --- | --- |\n");
			for (StaleAnswer answer : analysis.stale()) {
				for (StaleChange change : answer.answer().stale()) {
					escapedRow(md, tableCell(answer.answer().id() + " " + answer.answer().status().label()), tableCell(change.sentence()),
							change.then() == null ? "*" + ReportMessages.Gap_staleThenUnknown + "*" : tableCell(change.then()),
							change.now() == null ? "*" + ReportMessages.Gap_none + "*" : tableCell(change.now()));
				}
			}
		}
		if (!analysis.notApplicableWithoutReason().isEmpty()) {
			md.append("\n### ").append(inline(GapTexts.counted(words.say(GapTexts.NOT_APPLICABLE_WITHOUT_REASON),
					analysis.notApplicableWithoutReason().size()))).append("\n\n");
			row(md, GapTexts.COLUMN_ID, GapTexts.COLUMN_MEASURE);
			md.append("| --- | --- |\n");
			for (NotApplicableWithoutReason answer : analysis.notApplicableWithoutReason()) {
				row(md, answer.id(), answer.item().itemText());
			}
		}
		if (!analysis.unanswered().isEmpty()) {
			md.append("\n### ").append(GapTexts.counted(GapTexts.UNANSWERED, analysis.unanswered().size())).append("\n\n");
			row(md, GapTexts.without(List.of(GapTexts.COLUMN_ID, GapTexts.COLUMN_REQUIREMENTS, GapTexts.COLUMN_MEASURE), !weighed, 1)
					.toArray(String[]::new));
			md.append(weighed ? "| --- | --- | --- |\n" : "| --- | --- |\n");
			for (UnansweredItem item : analysis.unanswered()) {
				row(md, GapTexts.without(List.of(item.item().itemId(), requirements(item.requirements()), item.item().itemText()), !weighed, 1)
						.toArray(String[]::new));
			}
		}
		return md.toString();
	}

	private static String requirements(List<RequirementView> requirements) {
		return requirements.stream().map(GapTexts::compact).collect(Collectors.joining("\n"));
	}

	private static void row(StringBuilder md, String... texts) {
		String[] cells = new String[texts.length];
		for (int i = 0; i < texts.length; i++) {
			cells[i] = tableCell(texts[i]);
		}
		escapedRow(md, cells);
	}

	/* For rows that mix escaped text with markup this writer adds itself (the bold "計画なし"). */
	private static void escapedRow(StringBuilder md, String... cells) {
		md.append("| ").append(String.join(" | ", cells)).append(" |\n");
	}

	/**
	 * One table cell: HTML-significant characters as entities (GitHub renders raw HTML),
	 * backslashes and pipes escaped, line breaks as {@code <br>}, since a cell must stay on one
	 * line.
	 */
	public static String tableCell(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String escaped = inline(text).replace("\\", "\\\\").replace("|", "\\|");
		return escaped.replace("\r\n", "\n").replace("\r", "\n").strip().replace("\n", "<br>");
	}

	/* Text outside tables: only markup injection matters. */
	private static String inline(String text) {
		return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
