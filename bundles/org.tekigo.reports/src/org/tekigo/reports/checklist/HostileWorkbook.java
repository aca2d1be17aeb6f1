package org.tekigo.reports.checklist;

import org.tekigo.reports.nls.ReportMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xml.sax.SAXParseException;

/**
 * Says in one sentence what is wrong inside a workbook that POI refused or could not parse: a
 * part that would inflate to gigabytes (POI's zip-bomb guard), XML declaring a document type
 * (refused, as it could make the reader fetch other files), XML that is not well-formed, or a
 * package that is not a workbook. These are faults of the file, not of Tekigo.
 */
final class HostileWorkbook {

	private static final Pattern BOMB_ENTRY = Pattern.compile("Entry: (\\S+)");

	private HostileWorkbook() {
	}

	static ChecklistFormatException refusal(Exception failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage());
			if (message.startsWith("Zip bomb detected")) {
				Matcher entry = BOMB_ENTRY.matcher(message);
				return new ChecklistFormatException(entry.find() ? bind(ReportMessages.Workbook_zipBomb, entry.group(1))
						: ReportMessages.Workbook_zipBombSomePart, failure);
			}
			if (cause instanceof SAXParseException && message.contains("DOCTYPE")) {
				return new ChecklistFormatException(ReportMessages.Workbook_doctype, failure);
			}
			if (cause instanceof SAXParseException parse) {
				return new ChecklistFormatException(bind(ReportMessages.Workbook_notWellFormed, parse.getLineNumber(), parse.getMessage()), failure);
			}
		}
		return new ChecklistFormatException(bind(ReportMessages.Workbook_unreadable, failure.getMessage()), failure);
	}
}
