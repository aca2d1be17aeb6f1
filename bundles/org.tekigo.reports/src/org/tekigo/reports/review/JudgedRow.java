package org.tekigo.reports.review;

import static org.eclipse.osgi.util.NLS.bind;

import org.tekigo.dsl.workspace.Fingerprints;
import org.tekigo.reports.nls.ReportMessages;
import org.tekigo.reports.review.ReviewView.Judgement;

/**
 * A row of the review workbook's verdicts sheet as the reader found it, possibly after the
 * hospital judged in Excel or LibreOffice. A field is null when its cell could not be read as
 * text (a formula saved without its value, a number, an error value): the verdict keeps what it
 * has there, and the reader has said so.
 *
 * @param id        the answer's stable id, from the hidden column
 * @param pin       the hidden pin ("pinned 適合可能 151aec6f"): the answer as the workbook showed it; "" for an answer gone
 * @param untouched the verdict, note and follow-up cells are as the workbook was written with them (their hidden
 *                  fingerprint says so): the judge did not change this row, whatever the review's text says now
 * @param verdict   the verdict chosen, null when the cell is empty or says there is no verdict
 * @param verdictRead false when the verdict cell could not be read: the verdict stays as it is
 * @param note      the note, "" when empty; line breaks as "\n"
 * @param action    the follow-up's action, "" when empty
 * @param owner     the follow-up's owner, "" when empty
 * @param due       the follow-up's due date (ISO), "" when empty
 * @param row       the sheet row, 1-based as Excel numbers rows
 * @param sheet     the sheet's name, for messages
 */
public record JudgedRow(String id, String pin, boolean untouched, Judgement verdict, boolean verdictRead, String note, String action,
		String owner, String due, int row, String sheet) {

	/**
	 * A short hash of a judgement as the verdicts sheet shows it, the same in every language: a row
	 * whose cells still give the hash written beside them was not changed in the workbook.
	 */
	public static String fingerprint(Judgement verdict, String note, String action, String owner, String due) {
		String said = String.join("\u0000", verdict == null ? "" : verdict.alias(), note, action, owner, due);
		// Excel may save a line break inside a cell as CR LF: the same judgement either way.
		return Fingerprints.of(said.replace("\r\n", "\n"));
	}

	/** "sheet "判定", row 12", for messages. */
	public String where() {
		return bind(ReportMessages.Sheet_row, sheet, row);
	}
}
