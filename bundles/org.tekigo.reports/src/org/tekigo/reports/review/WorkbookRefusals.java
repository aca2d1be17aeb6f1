package org.tekigo.reports.review;

import static org.eclipse.osgi.util.NLS.bind;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tekigo.reports.checklist.ChecklistFormatException;
import org.tekigo.reports.nls.ReportMessages;
import org.xml.sax.SAXParseException;

/**
 * Says in one sentence, in checklist.xlsx's words, what is wrong inside a workbook that POI
 * refused or could not parse: a part that would inflate to gigabytes (POI's zip-bomb guard), XML
 * declaring a document type, XML that is not well-formed. The guards are POI's, as for the
 * checklist; only the sentence is made here (the checklist's own is private to its package).
 */
final class WorkbookRefusals {

	private static final Pattern BOMB_ENTRY = Pattern.compile("Entry: (\\S+)");

	private WorkbookRefusals() {
	}

	static ChecklistFormatException of(Exception failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage());
			if (message.startsWith("Zip bomb detected")) {
				Matcher entry = BOMB_ENTRY.matcher(message);
				return new ChecklistFormatException(entry.find() ? bind(ReportMessages.Workbook_zipBomb, entry.group(1))
						: ReportMessages.Workbook_zipBombSomePart, failure);
			}
			if (message.contains("DOCTYPE")) {
				return new ChecklistFormatException(ReportMessages.Workbook_doctype, failure);
			}
			if (cause instanceof SAXParseException parse) {
				return new ChecklistFormatException(bind(ReportMessages.Workbook_notWellFormed, parse.getLineNumber(), parse.getMessage()), failure);
			}
		}
		return new ChecklistFormatException(bind(ReportMessages.Workbook_unreadable, failure.getMessage()), failure);
	}
}
