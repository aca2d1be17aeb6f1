package org.tekigo.reports.checklist;

/**
 * A file that cannot be read as a Tekigo checklist: not an xlsx, not written by Tekigo, or
 * edited into something the reader must not guess about (an unknown status, a duplicated id).
 * The message says which sheet, row and value, for the person who edited it; the caller names
 * the file ("checklist.xlsx: " + message).
 */
public class ChecklistFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	public ChecklistFormatException(String message) {
		super(message);
	}

	public ChecklistFormatException(String message, Throwable cause) {
		super(message, cause);
	}
}
