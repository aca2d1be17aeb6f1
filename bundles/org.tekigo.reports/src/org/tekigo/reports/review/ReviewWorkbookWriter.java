package org.tekigo.reports.review;

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
	public static final String VERDICTS_SHEET = "判定";
	public static final String FOLLOW_UPS_SHEET = "フォローアップ";

	private static final List<Column> VERDICT_COLUMNS = List.of(new Column("回答", 18), new Column("対策項目", 40),
			new Column("回答の状態", 12), new Column("回答のコメント", 40), new Column("判定", 10), new Column("所見", 30),
			new Column("判定日", 12), new Column("再確認", 10));
	private static final List<Column> FOLLOW_UP_COLUMNS = List.of(new Column("回答", 18), new Column("判定", 10),
			new Column("対応", 40), new Column("担当", 20), new Column("期限", 12));

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
			tables.titleRow(summary, row++, ReviewLabels.TITLE + "：" + review.title());
			tables.textRow(summary, row++, List.of(review.reviewer() + " による " + review.vendor() + "（" + review.disclosureId() + "）の開示の審査"));
			row++;
			tables.headerRow(summary, row++, List.of(ReviewLabels.SUMMARY, "件数"));
			for (ReviewLabels.Line line : ReviewLabels.summaryLines(analysis.summary())) {
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
		return List.of(row.answerId(), row.itemText(), row.status() + (row.minimumGap() ? "（最低限）" : ""), row.comment(),
				row.judged() ? row.judgement().label() : "判定なし", row.note(), row.date(),
				row.orphan() ? "回答なし" : row.suspect() ? "要" : "");
	}
}
