package org.tekigo.importer.nls;

import org.eclipse.osgi.util.NLS;

/**
 * Why a published checklist cannot be imported: each message names what is wrong at its line.
 * The texts are in messages.properties (English, the fallback) and messages_ja.properties;
 * Eclipse's NLS picks them by the locale ({@code -nl} in the studio, {@code --lang} or the
 * environment on the command line). Sentences take their values as {0}, {1}, never as pieces.
 */
@SuppressWarnings("javadoc")
public final class ImporterMessages extends NLS {

	private static final String BUNDLE_NAME = "org.tekigo.importer.nls.messages";

	public static String Format_atLine;
	public static String Format_empty;
	public static String Format_notUtf8;
	public static String Format_notAChecklist;
	public static String Format_endsBeforeCategory;
	public static String Format_expectedCategory;
	public static String Format_answerWithoutItem;
	public static String Format_requirementsWithoutItem;
	public static String Format_itemWithoutAnswer;
	public static String Format_headingBeforeAnswer;
	public static String Format_columnsMisaligned;
	public static String Format_category;
	public static String Format_categoryNumber;
	public static String Format_group;
	public static String Format_groupNumber;
	public static String Format_measure;
	public static String Format_measureOfGroup;
	public static String Format_itemWithAnswers;
	public static String Format_groupUnderCategory;
	public static String Format_measureBeforeGroup;
	public static String Format_textBeforeMeasure;
	public static String Format_printedTwice;
	public static String Format_outOfOrder;
	public static String Format_categoryWithoutGroups;
	public static String Format_groupWithoutMeasures;
	public static String Format_measureWithoutItems;
	public static String Format_rowWithoutRequirement;
	public static String Format_doesNotCheck;
	public static String Format_errorAtLine;

	public static String Table_at;
	public static String Table_notA;
	public static String Table_category;
	public static String Table_group;
	public static String Table_measure;
	public static String Table_noStatus;
	public static String Table_unknownStatus;
	public static String Workbook_notXlsx;
	public static String Workbook_unreadable;
	public static String Workbook_noChecklist;
	public static String Workbook_row;
	public static String Pdf_notPdf;
	public static String Pdf_encrypted;
	public static String Pdf_noPages;
	public static String Pdf_scan;
	public static String Pdf_noUnicode;
	public static String Pdf_noChecklist;
	public static String Pdf_pageUnreadable;
	public static String Pdf_page;
	public static String Pdf_cutOff;
	static {
		NLS.initializeMessages(BUNDLE_NAME, ImporterMessages.class);
	}

	private ImporterMessages() {
	}
}
