package org.tekigo.reports.checklist;

import org.tekigo.reports.nls.ReportMessages;
import static org.eclipse.osgi.util.NLS.bind;

/**
 * A cell of the checklist that the reader could not take as the plain text it expects: a
 * formula, a number, a date, an error value, rich text. Each is reported to the person who
 * edited the file; none is dropped silently.
 *
 * @param sheet   the sheet's name
 * @param cell    the cell's reference, such as J12
 * @param id      the row's Tekigo id (the answer or item), "" when the row has none
 * @param message what was found and what the import did with it
 */
public record CellNote(String sheet, String cell, String id, String message) {

	@Override
	public String toString() {
		return id.isEmpty() ? bind(ReportMessages.Sheet_cell, new Object[] { sheet, cell, message })
				: bind(ReportMessages.Sheet_cellOfRow, new Object[] { sheet, cell, id, message });
	}
}
