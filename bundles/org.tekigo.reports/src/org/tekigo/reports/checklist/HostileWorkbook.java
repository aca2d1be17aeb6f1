package org.tekigo.reports.checklist;

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
				return new ChecklistFormatException("refused: "
						+ (entry.find() ? "its part " + entry.group(1) : "a part of it")
						+ " would expand to far more than its stored size, as a \"zip bomb\" does", failure);
			}
			if (cause instanceof SAXParseException && message.contains("DOCTYPE")) {
				return new ChecklistFormatException("refused: its XML declares a document type (DTD),"
						+ " which Excel and LibreOffice never write and which could make a reader fetch other files", failure);
			}
			if (cause instanceof SAXParseException parse) {
				return new ChecklistFormatException("this file is not a readable xlsx workbook: a part of it is not"
						+ " well-formed XML (line " + parse.getLineNumber() + ": " + parse.getMessage() + ")", failure);
			}
		}
		return new ChecklistFormatException("this file is not a readable xlsx workbook: " + failure.getMessage(), failure);
	}
}
