package org.tekigo.reports.review;

import org.tekigo.reports.nls.ReportMessages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.tekigo.reports.io.AtomicFiles;
import org.tekigo.reports.xlsx.StreamingWorkbooks;
import org.tekigo.reports.xlsx.TableSheets;
import org.tekigo.reports.xlsx.TableSheets.Column;
import org.tekigo.reports.xlsx.TextCells;

/**
 * The review as a workbook to judge in: a summary sheet, every verdict beside the vendor's answer
 * (a drop-down for the verdict, cells for the note and the follow-up, the rest locked; frozen,
 * filterable header, so the hospital can filter by 判定 as in its own spreadsheets), and the
 * follow-ups by owner and due date. `tekigo import` brings the judgements back into the review's
 * text ({@link ReviewWorkbookReader}); so the workbook keeps a shared-strings table, as
 * checklist.xlsx does, and marks itself ({@link ReviewMarker}).
 */
public final class ReviewWorkbookWriter {

	public static final String SUMMARY_SHEET = ReviewLabels.SUMMARY;
	public static final String VERDICTS_SHEET = ReportMessages.Review_sheetVerdicts;
	public static final String FOLLOW_UPS_SHEET = ReportMessages.Review_sheetFollowUps;

	private static final List<Column> FOLLOW_UP_COLUMNS = List.of(new Column(ReportMessages.Review_columnAnswer, 18),
			new Column(ReportMessages.Review_columnVerdict, 10), new Column(ReportMessages.Review_columnAction, 40),
			new Column(ReportMessages.Review_columnOwner, 20), new Column(ReportMessages.Review_columnDue, 12));

	public void write(ReviewAnalysis analysis, Path target) throws IOException {
		AtomicFiles.write(target, out -> write(analysis, out));
	}

	public void write(ReviewAnalysis analysis, OutputStream out) throws IOException {
		// close() also deletes the streaming workbook's temporary files.
		try (SXSSFWorkbook workbook = StreamingWorkbooks.editable()) {
			TextCells cells = new TextCells(workbook);
			TableSheets tables = new TableSheets(workbook, cells);
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
			new VerdictSheet(workbook, cells).write(tables, VERDICTS_SHEET, review.rows());
			tables.write(FOLLOW_UPS_SHEET, FOLLOW_UP_COLUMNS, analysis.followUps().stream().map(r -> List.of(r.answerId(),
					r.judgement().label(), r.followUp().action(), r.followUp().owner(), r.followUp().due())).toList());
			ReviewMarker.write(workbook, review, cells);
			workbook.setActiveSheet(0);
			workbook.write(out);
		}
	}
}
