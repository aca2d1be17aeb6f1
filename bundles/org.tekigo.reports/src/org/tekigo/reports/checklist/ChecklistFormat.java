package org.tekigo.reports.checklist;

/**
 * What the checklist workbook writer promises and the reader relies on. The reader finds its
 * columns by these headers, not by position, so a column a person inserts does not shift them;
 * and it refuses a workbook without the marker, so a foreign spreadsheet is never read as answers.
 */
public final class ChecklistFormat {

	/** The name under which the format marks itself, in the marker sheet and the custom property. */
	public static final String FORMAT = "tekigo-checklist";
	/** Raised when the layout changes in a way an older reader would misread. */
	public static final int VERSION = 1;

	public static final String CHECKLIST_SHEET = "チェックリスト";
	/** Very hidden sheet with key/value rows: format, version, sheet, disclosure, vendor. */
	public static final String MARKER_SHEET = "tekigo";
	public static final String KEY_FORMAT = "format";
	public static final String KEY_VERSION = "version";
	public static final String KEY_SHEET = "sheet";
	public static final String KEY_DISCLOSURE = "disclosure";
	public static final String KEY_VENDOR = "vendor";

	/** Workbook custom properties, seen in Excel's and LibreOffice's document properties. */
	public static final String PROPERTY_FORMAT = "TekigoFormat";
	public static final String PROPERTY_VERSION = "TekigoFormatVersion";

	/** Two header rows as in the published checklists; answers start on the third row. */
	public static final int HEADER_ROWS = 2;

	public static final String ID_HEADER = "Tekigo ID";
	public static final String STATUS_HEADER = "ガイドラインへの適合性";
	/** The answer column's header in a checklist of its own (one that answers no guideline). */
	public static final String ANSWER_HEADER = "回答";
	/** The target date column's header, in a checklist of its own. */
	public static final String DUE_HEADER = "目標日";
	/** The comment column is headed "&lt;vendor&gt;の見解". */
	public static final String COMMENT_HEADER_SUFFIX = "の見解";

	private ChecklistFormat() {
	}
}
