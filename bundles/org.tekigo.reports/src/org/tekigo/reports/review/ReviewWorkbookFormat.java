package org.tekigo.reports.review;

import org.tekigo.reports.checklist.ChecklistFormat;

/**
 * What the review workbook writer promises and the reader relies on. The workbook is marked as
 * checklist.xlsx is (a very hidden sheet of key/value rows, and workbook custom properties), with
 * its own format name, so that neither reader takes the other's file; the marker also names the
 * review and keeps each column's header as written, so that the reader finds the columns by their
 * headers in whatever language the workbook was written.
 */
public final class ReviewWorkbookFormat {

	/** The name under which the format marks itself, in the marker sheet and the custom property. */
	public static final String FORMAT = "tekigo-review";
	/** Raised when the layout changes in a way an older reader would misread. */
	public static final int VERSION = 1;

	public static final String MARKER_SHEET = ChecklistFormat.MARKER_SHEET;
	public static final String KEY_FORMAT = ChecklistFormat.KEY_FORMAT;
	public static final String KEY_VERSION = ChecklistFormat.KEY_VERSION;
	public static final String KEY_SHEET = ChecklistFormat.KEY_SHEET;
	public static final String KEY_DISCLOSURE = ChecklistFormat.KEY_DISCLOSURE;
	public static final String KEY_REVIEW = "review";
	/** The word the verdict column shows for an answer without a verdict ("no verdict" or its translation). */
	public static final String KEY_NO_VERDICT = "no-verdict";
	/** Followed by a column's key: "column.verdict" → the header the verdict column was written with. */
	public static final String KEY_COLUMN = "column.";

	public static final String PROPERTY_FORMAT = ChecklistFormat.PROPERTY_FORMAT;
	public static final String PROPERTY_VERSION = ChecklistFormat.PROPERTY_VERSION;
	/** The review's id, kept in the document properties too, for a tool that drops hidden sheets. */
	public static final String PROPERTY_REVIEW = "TekigoReview";

	/** One header row; the verdicts start on the second row. */
	public static final int HEADER_ROWS = 1;

	private ReviewWorkbookFormat() {
	}
}
