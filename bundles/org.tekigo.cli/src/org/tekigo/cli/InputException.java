package org.tekigo.cli;

/** Input the command cannot read: a missing path, an unreadable file, bytes that are not UTF-8. */
public class InputException extends Exception {

	private static final long serialVersionUID = 1L;

	public InputException(String message) {
		super(message);
	}
}
