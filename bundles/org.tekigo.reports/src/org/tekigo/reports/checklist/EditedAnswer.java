package org.tekigo.reports.checklist;

import java.util.List;
import java.util.Optional;

import org.tekigo.reports.model.DisclosureView.Status;

/**
 * An answer as a checklist workbook holds it, possibly after a person edited it.
 *
 * @param id      the stable id from the hidden column (an answer id or, for a row that was
 *                unanswered when written, the item id)
 * @param word    the word chosen, as written in the cell, or null when the cell is empty or could
 *                not be read; whether it is a word of the scale is for the disclosure's catalog
 *                to say ({@link EditedChecklist#refuseWordsOutside})
 * @param comment the comment cell's text, "" when empty; line breaks as "\n"; null when the cell
 *                could not be read as text (see the {@link CellNote}s): the answer keeps its text
 * @param row     the sheet row it was read from, 1-based as Excel numbers rows
 * @param due     the target date (ISO), "" when the cell is empty; null when the sheet has no
 *                such column or the cell could not be read: the answer keeps its date
 * @param sheet   the sheet it was read from, for messages
 */
public record EditedAnswer(String id, String word, String comment, int row, String due, String sheet) {

	/** A row of the published layout (no target date). */
	public EditedAnswer(String id, String word, String comment, int row) {
		this(id, word, comment, row, null, "");
	}

	/** The word as chosen, or "" when none is. */
	public String statusLabel() {
		return word == null ? "" : word;
	}

	/** The word in a scale (as the word or its alias); empty when no word is chosen or it is not the scale's. */
	public Optional<Status> status(List<Status> scale) {
		return word == null ? Optional.empty() : scale.stream().filter(status -> status.writtenAs(word)).findFirst();
	}

	/** False when the comment cell could not be read: the answer's comment stays as it is. */
	public boolean hasComment() {
		return comment != null;
	}

	/** False when the sheet has no target date, or its cell could not be read: the answer's date stays as it is. */
	public boolean hasDue() {
		return due != null;
	}
}
