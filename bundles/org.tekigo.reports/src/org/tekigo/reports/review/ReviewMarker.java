package org.tekigo.reports.review;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.tekigo.reports.nls.ReportMessages;
import org.tekigo.reports.xlsx.TextCells;

/**
 * Marks a workbook as a Tekigo review workbook, as checklist.xlsx is marked: a very hidden sheet of
 * key/value rows (the format, the review, and each column's header as written), and workbook
 * custom properties, kept even by tools that drop hidden sheets.
 */
final class ReviewMarker {

	private ReviewMarker() {
	}

	static void write(SXSSFWorkbook workbook, ReviewView review, TextCells cells) {
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put(ReviewWorkbookFormat.KEY_FORMAT, ReviewWorkbookFormat.FORMAT);
		entries.put(ReviewWorkbookFormat.KEY_VERSION, Integer.toString(ReviewWorkbookFormat.VERSION));
		entries.put(ReviewWorkbookFormat.KEY_SHEET, ReviewWorkbookWriter.VERDICTS_SHEET);
		entries.put(ReviewWorkbookFormat.KEY_REVIEW, review.id());
		entries.put(ReviewWorkbookFormat.KEY_DISCLOSURE, review.disclosureId());
		entries.put(ReviewWorkbookFormat.KEY_NO_VERDICT, ReportMessages.Review_notJudged);
		for (VerdictColumn column : VerdictColumn.values()) {
			entries.put(ReviewWorkbookFormat.KEY_COLUMN + column.key(), column.header());
		}

		org.tekigo.reports.xlsx.MarkerSheets.write(workbook, cells, ReviewWorkbookFormat.MARKER_SHEET, entries);

		POIXMLProperties properties = workbook.getXSSFWorkbook().getProperties();
		properties.getCustomProperties().addProperty(ReviewWorkbookFormat.PROPERTY_FORMAT, ReviewWorkbookFormat.FORMAT);
		properties.getCustomProperties().addProperty(ReviewWorkbookFormat.PROPERTY_VERSION, ReviewWorkbookFormat.VERSION);
		properties.getCustomProperties().addProperty(ReviewWorkbookFormat.PROPERTY_REVIEW, review.id());
		properties.getCoreProperties().setCreator("Tekigo");
		properties.getCoreProperties().setTitle(ReviewLabels.titleFor(review.title()));
	}
}
