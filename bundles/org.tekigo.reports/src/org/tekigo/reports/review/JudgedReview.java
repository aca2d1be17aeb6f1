package org.tekigo.reports.review;

import static org.eclipse.osgi.util.NLS.bind;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tekigo.reports.checklist.CellNote;
import org.tekigo.reports.checklist.ChecklistFormatException;
import org.tekigo.reports.nls.ReportMessages;

/**
 * What a review workbook says: the review and disclosure it was written from, its rows by stable
 * id in sheet order, and the cells that could not be read as the text they should hold.
 */
public record JudgedReview(String review, String disclosure, Map<String, JudgedRow> rows, List<CellNote> notes) {

	/**
	 * Refuses the workbook, naming the first such row, when a row's id is neither an answer of the
	 * review's disclosure nor a verdict the review has (an edited id must not put a verdict on
	 * another answer, nor be dropped silently), or when an answer's row lost its hidden pin (a
	 * verdict given in the workbook could not say which version of the answer it judged).
	 *
	 * @param answers  the ids of the disclosure's answers
	 * @param verdicts the ids the review's verdicts judge, answers gone included
	 */
	public void refuseRowsOutside(Set<String> answers, Set<String> verdicts, String disclosureName) throws ChecklistFormatException {
		for (JudgedRow row : rows.values()) {
			if (!answers.contains(row.id()) && !verdicts.contains(row.id())) {
				throw new ChecklistFormatException(bind(ReportMessages.ReviewSheet_unknownId, new Object[] { row.where(), row.id(), disclosureName }));
			}
			if (answers.contains(row.id()) && row.pin().isEmpty()) {
				throw new ChecklistFormatException(bind(ReportMessages.ReviewSheet_badPin, row.where(), ""));
			}
		}
	}
}
