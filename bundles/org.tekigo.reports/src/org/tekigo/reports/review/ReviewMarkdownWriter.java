package org.tekigo.reports.review;

import org.tekigo.reports.nls.ReportMessages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.tekigo.reports.gap.GapMarkdownWriter;
import org.tekigo.reports.io.AtomicFiles;
import org.tekigo.reports.review.ReviewView.Row;

/** The review report as Markdown: the summary, then each list the hospital acts on. */
public final class ReviewMarkdownWriter {

	public void write(ReviewAnalysis analysis, Path target) throws IOException {
		AtomicFiles.writeString(target, render(analysis));
	}

	public String render(ReviewAnalysis analysis) {
		ReviewView review = analysis.review();
		StringBuilder md = new StringBuilder();
		md.append("# ").append(ReviewLabels.titleFor(inline(review.title()))).append("\n\n");
		md.append(ReviewLabels.byline(review, ReviewMarkdownWriter::inline)).append("\n\n## ").append(ReviewLabels.SUMMARY)
				.append("\n\n| ").append(ReportMessages.Review_figure).append(" | ").append(ReportMessages.Review_count).append(" |\n|---|---:|\n");
		ReviewLabels.summaryLines(analysis).forEach(line -> md.append("| ").append(line.label()).append(" | ")
				.append(line.value()).append(" |\n"));
		rows(md, ReviewLabels.SUSPECT, analysis.suspect());
		rows(md, ReviewLabels.NOT_ACCEPTED, analysis.notAccepted());
		rows(md, ReviewLabels.QUESTIONS, analysis.questions());
		rows(md, ReviewLabels.UNJUDGED, analysis.unjudged());
		md.append("\n## ").append(ReviewLabels.FOLLOW_UPS).append("\n\n");
		if (analysis.followUps().isEmpty()) {
			md.append(ReviewLabels.NONE).append("\n");
		} else {
			header(md, ReviewLabels.FOLLOW_UP_COLUMNS);
			for (Row row : analysis.followUps()) {
				cells(md, row.answerId(), row.judgement().label(), row.followUp().action(), row.followUp().owner(), row.followUp().due());
			}
		}
		return md.toString();
	}

	private static void rows(StringBuilder md, String title, List<Row> rows) {
		md.append("\n## ").append(ReviewLabels.counted(title, rows.size())).append("\n\n");
		if (rows.isEmpty()) {
			md.append(ReviewLabels.NONE).append("\n");
			return;
		}
		header(md, ReviewLabels.ROW_COLUMNS);
		for (Row row : rows) {
			cells(md, row.answerId(), row.itemText(), row.status(), row.comment(), row.judged() ? row.judgement().label() : ReportMessages.Review_notJudgedCell,
					row.note(), row.date());
		}
	}

	private static void header(StringBuilder md, List<String> columns) {
		md.append("| ").append(String.join(" | ", columns)).append(" |\n|").append("---|".repeat(columns.size())).append("\n");
	}

	private static void cells(StringBuilder md, String... values) {
		md.append("|");
		for (String value : values) {
			md.append(' ').append(GapMarkdownWriter.tableCell(value)).append(" |");
		}
		md.append("\n");
	}

	private static String inline(String text) {
		return GapMarkdownWriter.tableCell(text);
	}
}
