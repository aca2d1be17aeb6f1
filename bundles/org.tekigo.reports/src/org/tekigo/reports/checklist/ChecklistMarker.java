package org.tekigo.reports.checklist;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.tekigo.reports.model.DisclosureView;
import org.tekigo.reports.xlsx.TextCells;

/**
 * Marks a workbook as a Tekigo checklist twice over: a very hidden sheet of key/value rows
 * (kept by Excel and LibreOffice when a person edits and saves), and workbook custom properties
 * (visible in the document properties, and kept even by tools that drop hidden sheets).
 */
final class ChecklistMarker {

	private ChecklistMarker() {
	}

	static void write(SXSSFWorkbook workbook, DisclosureView disclosure, TextCells cells) {
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put(ChecklistFormat.KEY_FORMAT, ChecklistFormat.FORMAT);
		entries.put(ChecklistFormat.KEY_VERSION, Integer.toString(ChecklistFormat.VERSION));
		entries.put(ChecklistFormat.KEY_SHEET, ChecklistFormat.CHECKLIST_SHEET);
		entries.put(ChecklistFormat.KEY_DISCLOSURE, disclosure.id());
		entries.put(ChecklistFormat.KEY_VENDOR, disclosure.vendor());

		org.tekigo.reports.xlsx.MarkerSheets.write(workbook, cells, ChecklistFormat.MARKER_SHEET, entries);

		POIXMLProperties properties = workbook.getXSSFWorkbook().getProperties();
		properties.getCustomProperties().addProperty(ChecklistFormat.PROPERTY_FORMAT, ChecklistFormat.FORMAT);
		properties.getCustomProperties().addProperty(ChecklistFormat.PROPERTY_VERSION, ChecklistFormat.VERSION);
		properties.getCoreProperties().setCreator("Tekigo");
		properties.getCoreProperties().setTitle(disclosure.vendor() + " " + disclosure.catalogTitle() + " チェックリスト");
	}
}
