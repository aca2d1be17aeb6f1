package org.tekigo.reports.review;

import org.tekigo.reports.nls.ReportMessages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.tekigo.reports.io.AtomicFiles;
import org.tekigo.reports.review.ReviewView.Row;
import org.tekigo.reports.xlsx.StreamingWorkbooks;
import org.tekigo.reports.xlsx.TableSheets;
import org.tekigo.reports.xlsx.TableSheets.Column;
import org.tekigo.reports.xlsx.TextCells;

/**
 * The review as a workbook: a summary sheet, every verdict (frozen, filterable header, so the
 * hospital can filter by 判定 as in its own spreadsheets), and the follow-ups by owner and due date.
 */
public final class ReviewWorkbookWriter {

	public static final String SUMMARY_SHEET = ReviewLabels.SUMMARY;
	public static final String VERDICTS_SHEET = ReportMessages.Review_sheetVerdicts;
	public static final String FOLLOW_UPS_SHEET = ReportMessages.Review_sheetFollowUps;

	private static final List<Column> VERDICT_COLUMNS = List.of(new Column(ReportMessages.Review_columnAnswer, 18),
			new Column(ReportMessages.Review_columnItem, 40), new Column(ReportMessages.Review_columnStatus, 12),
			new Column(ReportMessages.Review_columnComment, 40), new Column(ReportMessages.Review_columnVerdict, 10),
			new Column(ReportMessages.Review_columnNote, 30), new Column(ReportMessages.Review_columnDate, 12),
			new Column(ReportMessages.Review_columnAgain, 10));
	private static final List<Column> FOLLOW_UP_COLUMNS = List.of(new Column(ReportMessages.Review_columnAnswer, 18),
			new Column(ReportMessages.Review_columnVerdict, 10), new Column(ReportMessages.Review_columnAction, 40),
			new Column(ReportMessages.Review_columnOwner, 20), new Column(ReportMessages.Review_columnDue, 12));

	public void write(ReviewAnalysis analysis, Path target) throws IOException {
		AtomicFiles.write(target, out -> write(analysis, out));
	}

	public void write(ReviewAnalysis analysis, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = StreamingWorkbooks.report()) {
			TableSheets tables = new TableSheets(workbook, new TextCells(workbook));
			SXSSFSheet summary = workbook.createSheet(SUMMARY_SHEET);
			summary.setColumnWidth(0, 40 * 256);
			summary.setColumnWidth(1, 11 * 256);
			ReviewView review = analysis.review();
			int row = 0;
			tables.titleRow(summary, row++, ReviewLabels.titleFor(review.title()));
			tables.textRow(summary, row++, List.of(ReviewLabels.byline(review, text -> text)));
			row++;
			tables.headerRow(summary, row++, List.of(ReviewLabels.SUMMARY, ReportMessages.Review_count));
			for (ReviewLabels.Line line : ReviewLabels.summaryLines(analysis)) {
				tables.countRow(summary, row++, line.label(), List.of(line.value()));
			}
			TableSheets.printLandscape(summary, 0);
			tables.write(VERDICTS_SHEET, VERDICT_COLUMNS, review.rows().stream().map(ReviewWorkbookWriter::verdictRow).toList());
			tables.write(FOLLOW_UPS_SHEET, FOLLOW_UP_COLUMNS, analysis.followUps().stream().map(r -> List.of(r.answerId(),
					r.judgement().label(), r.followUp().action(), r.followUp().owner(), r.followUp().due())).toList());
			workbook.setActiveSheet(0);
			workbook.write(out);
		}
	}

	private static List<String> verdictRow(Row row) {
		return List.of(row.answerId(), row.itemText(), row.status() + (row.minimumGap() ? ReviewLabels.MINIMUM_MARK : ""), row.comment(),
				row.judged() ? row.judgement().label() : ReportMessages.Review_notJudged, row.note(), row.date(),
				row.orphan() ? ReportMessages.Review_orphan : row.suspect() ? ReportMessages.Review_again : "");
	}
}
