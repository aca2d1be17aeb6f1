package org.tekigo.reports.nls;

import org.eclipse.osgi.util.NLS;

/**
 * The words of the gap report (HTML, XLSX, Markdown), the diff and the CI gates. The published checklist keeps its printed headings.
 * The texts are in messages.properties (English, the fallback) and messages_ja.properties;
 * Eclipse's NLS picks them by the locale ({@code -nl} in the studio, {@code --lang} or the
 * environment on the command line). Sentences take their values as {0}, {1}, never as pieces.
 */
@SuppressWarnings("javadoc")
public final class ReportMessages extends NLS {

	private static final String BUNDLE_NAME = "org.tekigo.reports.nls.messages";

	public static String Gap_title;
	public static String Gap_titleFor;
	public static String Gap_htmlLang;
	public static String Gap_summary;
	public static String Gap_byCategory;
	public static String Gap_byGroup;
	public static String Gap_gaps;
	public static String Gap_minimumRequirements;
	public static String Gap_unanswered;
	public static String Gap_notApplicableWithoutReason;
	public static String Gap_unansweredStatus;
	public static String Gap_headingCount;
	public static String Gap_columnId;
	public static String Gap_columnWeight;
	public static String Gap_columnCategory;
	public static String Gap_columnGroup;
	public static String Gap_columnMeasure;
	public static String Gap_columnItem;
	public static String Gap_columnRequirements;
	public static String Gap_columnComment;
	public static String Gap_columnPlan;
	public static String Gap_columnOwner;
	public static String Gap_columnDue;
	public static String Gap_columnRequirement;
	public static String Gap_columnAnswers;
	public static String Gap_columnCount;
	public static String Gap_columnTotal;
	public static String Gap_columnNumber;
	public static String Gap_columnClass;
	public static String Gap_aggregate;
	public static String Gap_weightMinimum;
	public static String Gap_weightRecommended;
	public static String Gap_weightNone;
	public static String Gap_lineItems;
	public static String Gap_lineAnswers;
	public static String Gap_lineConformant;
	public static String Gap_lineNonconformant;
	public static String Gap_lineMinimumGaps;
	public static String Gap_lineRecommendedGaps;
	public static String Gap_lineUnclassifiedGaps;
	public static String Gap_lineGapsWithoutPlan;
	public static String Gap_lineNotApplicable;
	public static String Gap_lineNotApplicableWithoutReason;
	public static String Gap_lineUnanswered;
	public static String Gap_lineMinimumRequirements;
	public static String Gap_figureMinimumGaps;
	public static String Gap_figureRecommendedGaps;
	public static String Gap_figureGapsWithoutPlan;
	public static String Gap_noGaps;
	public static String Gap_everyMinimumMet;
	public static String Gap_everyReasonGiven;
	public static String Gap_everyItemAnswered;
	public static String Gap_none;
	public static String Gap_noPlan;
	public static String Gap_ownerIs;
	public static String Gap_dueIs;
	public static String Gap_minimumGuideline;
	public static String Gap_recommendedGuideline;
	public static String Gap_footer;
	public static String Gap_sheetGaps;
	public static String Gap_sheetMinimumRequirements;
	public static String Gap_sheetUnanswered;
	public static String Gap_sheetNotApplicable;
	public static String Diff_statusChanges;
	public static String Diff_newGaps;
	public static String Diff_closedGaps;
	public static String Diff_commentChanges;
	public static String Diff_added;
	public static String Diff_removed;
	public static String Diff_section;
	public static String Diff_before;
	public static String Diff_after;
	public static String Diff_status;
	public static String Diff_comment;
	public static String Diff_summary;
	public static String Diff_empty;
	public static String Diff_noChange;
	public static String Diff_htmlTitle;
	public static String Gate_minimumFails;
	public static String Gate_minimumPasses;
	public static String Gate_anyFails;
	public static String Gate_anyPasses;
	public static String Gate_unknown;
	public static String Gate_reviewFails;
	public static String Gate_reviewPasses;
	public static String Sheet_cell;
	public static String Sheet_cellOfRow;
	public static String Sheet_row;
	public static String Sheet_noColumn;
	public static String Sheet_rowSkipped;
	public static String Sheet_keepsStatus;
	public static String Sheet_keepsComment;
	public static String Sheet_statusWithoutId;
	public static String Sheet_duplicateId;
	public static String Sheet_unknownStatus;
	public static String Cell_richText;
	public static String Cell_formulaText;
	public static String Cell_formulaWithoutValue;
	public static String Cell_formulaNumber;
	public static String Cell_number;
	public static String Cell_date;
	public static String Cell_boolean;
	public static String Cell_error;
	public static String Workbook_notXlsx;
	public static String Workbook_officeNotXlsx;
	public static String Workbook_officeNotXlsxType;
	public static String Workbook_notTekigo;
	public static String Workbook_otherFormat;
	public static String Workbook_otherVersion;
	public static String Workbook_sheetMissing;
	public static String Workbook_zipBomb;
	public static String Workbook_zipBombSomePart;
	public static String Workbook_doctype;
	public static String Workbook_notWellFormed;
	public static String Workbook_unreadable;
	public static String ReviewDiff_review;
	public static String ReviewDiff_verdictChanges;
	public static String ReviewDiff_becameSuspect;
	public static String ReviewDiff_noLongerSuspect;
	public static String ReviewDiff_suspect;
	public static String ReviewDiff_suspectOn;
	public static String ReviewDiff_summary;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ReportMessages.class);
	}

	private ReportMessages() {
	}
}
