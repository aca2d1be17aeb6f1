package org.tekigo.reports.xlsx;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * How Tekigo's workbooks are streamed: rows beyond a window go to an (uncompressed) temporary
 * file that lives for one write. Text goes either into a shared-strings table or inline in its
 * cell. Inline strings are faster to write (POI holds and saves the table as XMLBeans objects:
 * at 43,300 rows the table cost more than the cells) and about 9 % larger, and Excel and
 * LibreOffice read them; but a program that edits such a cell with POI's user model leaves the
 * old inline string beside the new value, which LibreOffice then shows as an empty cell. So the
 * checklist, which people edit and Tekigo reads back, keeps the shared-strings table; the gap
 * report, which nobody edits back, is written inline.
 */
public final class StreamingWorkbooks {

	/** Rows kept in memory; the rest go to the temporary file. */
	public static final int ROW_WINDOW = 200;

	private StreamingWorkbooks() {
	}

	/** For a workbook people edit and Tekigo reads back (checklist.xlsx): shared strings. */
	public static SXSSFWorkbook editable() {
		return new SXSSFWorkbook(null, ROW_WINDOW, false, true);
	}

	/** For a report nobody edits back (gap-report.xlsx): inline strings. */
	public static SXSSFWorkbook report() {
		return new SXSSFWorkbook(null, ROW_WINDOW, false, false);
	}
}
