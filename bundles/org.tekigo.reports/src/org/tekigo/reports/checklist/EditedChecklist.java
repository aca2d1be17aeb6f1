package org.tekigo.reports.checklist;

import static org.eclipse.osgi.util.NLS.bind;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.tekigo.reports.model.DisclosureView.Status;
import org.tekigo.reports.nls.ReportMessages;

/**
 * What a checklist workbook says: the answers by stable id in sheet order, the cells that could
 * not be read as the text they should hold, and the disclosure it was written from (its name, as
 * the marker sheet keeps it; null when the marker sheet was lost): a vendor's disclosures to two
 * hospitals answer the same items, so the ids alone cannot tell which one a sheet belongs to.
 */
public record EditedChecklist(Map<String, EditedAnswer> answers, List<CellNote> notes, String disclosure) {

	public EditedChecklist(Map<String, EditedAnswer> answers, List<CellNote> notes) {
		this(answers, notes, null);
	}

	/** The same edits, written from this disclosure. */
	public EditedChecklist from(String name) {
		return new EditedChecklist(answers, notes, name);
	}

	/**
	 * Refuses the workbook when a row's word is not one of the scale's (the words the disclosure's
	 * catalog declares), naming the first such row: nothing is brought in from a sheet with one.
	 */
	public void refuseWordsOutside(List<Status> scale) throws ChecklistFormatException {
		for (EditedAnswer answer : answers.values()) {
			if (answer.word() != null && answer.status(scale).isEmpty()) {
				String where = bind(ReportMessages.Sheet_row, answer.sheet(), answer.row());
				throw new ChecklistFormatException(bind(ReportMessages.Sheet_unknownStatus, new Object[] { where, abbreviate(answer.word()),
						scale.stream().map(Status::label).collect(Collectors.joining(", ")) }));
			}
		}
	}

	private static String abbreviate(String text) {
		String line = text.replaceAll("\\s*\\R\\s*", " ");
		return line.length() <= 60 ? line : line.substring(0, 60) + "…";
	}
}
