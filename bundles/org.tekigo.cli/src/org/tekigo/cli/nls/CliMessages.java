package org.tekigo.cli.nls;

import org.eclipse.osgi.util.NLS;

/**
 * What the tekigo command prints: summaries, refusals, progress.
 * The texts are in messages.properties (English, the fallback) and messages_ja.properties;
 * Eclipse's NLS picks them by the locale ({@code -nl} in the studio, {@code --lang} or the
 * environment on the command line). Sentences take their values as {0}, {1}, never as pieces.
 */
@SuppressWarnings("javadoc")
public final class CliMessages extends NLS {

	private static final String BUNDLE_NAME = "org.tekigo.cli.nls.messages";

	public static String Cli_internalError;
	public static String Check_summary;
	public static String Workspace_cannotRead;
	public static String Workspace_notUtf8;
	public static String Files_cannotRead;
	public static String Files_noTekigoFiles;
	public static String Files_noSuchFileOrFolder;
	public static String Common_wrote;
	public static String Import_noSuchFile;
	public static String Import_unreadable;
	public static String Import_summary;
	public static String Spreadsheet_refused;
	public static String Spreadsheet_cannotRead;
	public static String Spreadsheet_noDisclosure;
	public static String Spreadsheet_syntaxErrors;
	public static String Spreadsheet_unknownIds;
	public static String Spreadsheet_warning;
	public static String Spreadsheet_changes;
	public static String Report_errors;
	public static String Report_noDisclosure;
	public static String Report_progress;
	public static String Compare_errors;
	public static String Compare_differentCatalogs;
	public static String Compare_tooFew;
	public static String Compare_vendor;
	public static String Compare_summary;
	public static String Diff_oneDisclosure;
	public static String Lsp_badPort;
	public static String NewReview_badName;
	public static String NewReview_exists;
	public static String NewReview_errors;
	public static String NewReview_noDisclosure;
	public static String NewReview_wrote;

	public static String Pin_errors;
	public static String Pin_file;
	public static String Pin_summary;
	public static String Check_summaryStale;
	public static String Migrate_errors;
	public static String Migrate_noDisclosure;
	public static String Migrate_noCatalog;
	public static String Migrate_exists;
	public static String Migrate_badName;
	public static String Migrate_unplaced;
	public static String Migrate_refusedUnplaced;
	public static String Migrate_dropped;
	public static String Migrate_resultErrors;
	public static String Migrate_summary;
	public static String Compare_vendorCounts;
	public static String Compare_count;
	public static String Compare_countSeparator;
	public static String Import_unreadableTable;
	public static String Import_warning;
	public static String Import_catalogOfTekigoChecklist;
	public static String Import_line;
	public static String Import_workspaceErrors;
	public static String Import_unplaced;
	public static String Import_refusedUnplaced;
	public static String Import_disclosureExists;
	public static String Import_placedSummary;
	public static String Import_resultErrors;
	public static String Export_format;
	public static String Export_errors;
	public static String Import_oscalNoCatalog;
	public static String Import_oscalNoItem;
	public static String NewDisclosure_exists;
	public static String NewDisclosure_errors;
	public static String NewDisclosure_wrote;
	public static String Spreadsheet_noReview;
	public static String Spreadsheet_reviewWithoutDisclosure;
	public static String Spreadsheet_otherDisclosure;
	public static String Spreadsheet_verdictChange;
	public static String Spreadsheet_noVerdict;
	public static String Spreadsheet_answerGone;
	public static String Spreadsheet_verdictChanges;
	public static String Import_catalogOfReviewWorkbook;
	static {
		NLS.initializeMessages(BUNDLE_NAME, CliMessages.class);
	}

	private CliMessages() {
	}
}
