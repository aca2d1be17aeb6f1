package org.tekigo.dsl.workspace;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Dates as Tekigo writes them: ISO, 2027-03-31. */
public final class Dates {

	private Dates() {
	}

	/** The date, or empty when the text is not a YYYY-MM-DD date. */
	public static Optional<LocalDate> parse(String text) {
		try {
			return Optional.of(LocalDate.parse(text));
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}
}
