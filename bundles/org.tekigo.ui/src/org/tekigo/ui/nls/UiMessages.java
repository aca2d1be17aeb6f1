package org.tekigo.ui.nls;

import org.eclipse.osgi.util.NLS;

/**
 * What Tekigo Studio shows: the Answers page, the dashboard, the wizards, dialogs and progress.
 * The texts are in messages.properties (English, the fallback) and messages_ja.properties;
 * Eclipse's NLS picks them by the locale ({@code -nl} in the studio, {@code --lang} or the
 * environment on the command line). Sentences take their values as {0}, {1}, never as pieces.
 */
@SuppressWarnings("javadoc")
public final class UiMessages extends NLS {

	private static final String BUNDLE_NAME = "org.tekigo.ui.nls.messages";

	public static String Answers_unanswered;
	public static String Answers_allScopes;
	public static String Answers_allStatuses;
	public static String Answers_syntaxErrors;
	public static String Answers_scopeTip;
	public static String Answers_search;
	public static String Answers_gapsOnly;
	public static String Answers_gapsOnlyTip;
	public static String Answers_minimumGapsOnly;
	public static String Answers_minimumGapsOnlyTip;
	public static String Answers_withIssues;
	public static String Answers_withIssuesTip;
	public static String Answers_count;
	public static String Answers_dueFormat;
	public static String Answers_noQuickFixes;
	public static String Answers_setStatus;
	public static String Answers_referToStatement;
	public static String Answers_addRemediation;
	public static String Answers_showInSource;
	public static String Answers_see;
	public static String Answers_suspect;
	public static String Column_category;
	public static String Column_group;
	public static String Column_measure;
	public static String Column_item;
	public static String Column_itemText;
	public static String Column_requirements;
	public static String Column_status;
	public static String Column_comment;
	public static String Column_evidence;
	public static String Column_plan;
	public static String Column_owner;
	public static String Column_due;
	public static String Column_verdict;
	public static String Column_requirement;
	public static String Column_class;
	public static String Remediation_title;
	public static String Remediation_heading;
	public static String Remediation_headingOne;
	public static String Remediation_message;
	public static String Remediation_plan;
	public static String Remediation_owner;
	public static String Remediation_due;
	public static String Remediation_writePlan;
	public static String Remediation_dueFormat;
	public static String Editor_toggleComment;
	public static String Editor_format;
	public static String Editor_openDeclaration;
	public static String Editor_enableValidation;
	public static String Editor_sourcePage;
	public static String Editor_answersPage;
	public static String Editor_formatSyntaxErrors;
	public static String Editor_noDeclaration;
	public static String Editor_openDeclarationLink;
	public static String Dashboard_noDisclosure;
	public static String Dashboard_summary;
	public static String Dashboard_total;
	public static String Reports_job;
	public static String Reports_progress;
	public static String Reports_reading;
	public static String Reports_cannotRead;
	public static String Reports_cannotWrite;
	public static String Reports_cannotWriteReview;
	public static String Reports_hasErrors;
	public static String Review_title;
	public static String Review_openDisclosure;
	public static String Review_whoReviews;
	public static String Review_nameReviewer;
	public static String Review_cannotWrite;
	public static String Builder_validating;
	public static String Import_importing;
	public static String Import_reading;
	public static String Import_writing;
	public static String Import_noDisclosure;
	public static String Import_unknownIds;
	public static String Import_notLocal;
	public static String Import_exists;
	public static String Import_pageTitle;
	public static String Import_pageDescription;
	public static String Import_checklistFile;
	public static String Import_intoFolder;
	public static String Import_overwrite;
	public static String Import_browse;
	public static String Import_filterChecklists;
	public static String Import_filterText;
	public static String Import_filterPdf;
	public static String Import_filterSpreadsheets;
	public static String Import_filterAll;
	public static String Import_chooseFolder;
	public static String Import_noSuchFile;
	public static String Import_notAFileName;
	public static String Import_chooseTxtOrXlsx;
	public static String Import_noFolder;
	public static String Import_closed;
	public static String Import_windowTitle;
	public static String Import_withNotes;
	public static String Import_cannotReadOrWrite;
	public static String Sample_windowTitle;
	public static String Sample_pageTitle;
	public static String Sample_pageDescription;
	public static String Sample_cannotCreate;
	public static String Sample_creating;
	public static String Sample_missing;
	public static String Sample_cannotRead;

	public static String Answers_staleOnly;
	public static String Answers_staleOnlyTip;
	public static String Answers_confirm;
	public static String Answers_textWhenAnswered;
	public static String Answers_textNow;
	public static String Answers_textNotInWorkspace;
	public static String Migrate_title;
	public static String Migrate_openDisclosure;
	public static String Migrate_noOtherCatalog;
	public static String Migrate_chooseCatalog;
	public static String Migrate_newId;
	public static String Migrate_badId;
	public static String Migrate_exists;
	public static String Migrate_unplaced;
	public static String Migrate_unplacedLine;
	public static String Migrate_dropAndWrite;
	public static String Migrate_done;
	public static String Migrate_cannotWrite;
	public static String Migrate_errors;
	public static String Answers_columnWhatChanged;
	public static String Browser_notAFile;
	public static String Browser_external;
	public static String Reports_doneTitle;
	public static String Reports_doneFolder;
	public static String Reports_openGapReport;
	public static String Export_progress;
	public static String Export_hasErrors;
	public static String Export_cannotWrite;
	public static String Export_windowTitle;
	public static String Export_pageTitle;
	public static String Export_pageDescription;
	public static String Export_project;
	public static String Export_reports;
	public static String Export_oscalJson;
	public static String Export_oscalXml;
	public static String New_folder;
	public static String New_id;
	public static String New_title;
	public static String New_catalog;
	public static String New_guideline;
	public static String New_noFolder;
	public static String New_noId;
	public static String New_badId;
	public static String New_exists;
	public static String New_noReference;
	public static String New_disclosureTitle;
	public static String New_disclosureDescription;
	public static String New_catalogTitle;
	public static String New_catalogDescription;
	public static String New_guidelineTitle;
	public static String New_guidelineDescription;
	public static String New_projectTitle;
	public static String New_projectDescription;
	static {
		NLS.initializeMessages(BUNDLE_NAME, UiMessages.class);
	}

	private UiMessages() {
	}
}
