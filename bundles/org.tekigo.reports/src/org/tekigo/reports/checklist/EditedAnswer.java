package org.tekigo.reports.checklist;

import org.tekigo.reports.model.DisclosureView.Status;

/**
 * An answer as a checklist workbook holds it, possibly after a person edited it.
 *
 * @param id      the stable id from the hidden column (an answer id or, for a row that was
 *                unanswered when written, the item id)
 * @param status  the status chosen, or null when the cell is empty or could not be read
 * @param comment the comment cell's text, "" when empty; line breaks as "\n"; null when the cell
 *                could not be read as text (see the {@link CellNote}s): the answer keeps its text
 * @param row     the sheet row it was read from, 1-based as Excel numbers rows
 */
public record EditedAnswer(String id, Status status, String comment, int row) {

	/** 適合可能 / 不適合 / 対象外, or "" when no status is chosen. */
	public String statusLabel() {
		return status == null ? "" : status.label();
	}

	/** False when the comment cell could not be read: the answer's comment stays as it is. */
	public boolean hasComment() {
		return comment != null;
	}
}
