package org.tekigo.importer.table;

/**
 * A file that cannot be read as the published checklist's table; the message names where (the
 * page, or the sheet and row or cell) and what, for the caller to prefix with the file's name.
 */
public class TableFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	public TableFormatException(String message) {
		super(message);
	}

	public TableFormatException(String message, Throwable cause) {
		super(message, cause);
	}
}
