package org.tekigo.ui.answers;

import org.tekigo.ui.nls.UiMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.util.function.Function;

/**
 * The columns of the Answers page, in the published checklist's order, each with its text, by
 * which it also sorts (the catalog's order breaks ties).
 */
public enum AnswerColumn {

	MARKERS("", 28, row -> row.hasErrors() ? "2" : row.hasIssues() ? "1" : ""),
	CATEGORY(UiMessages.Column_category, 110, AnswerRow::category),
	GROUP(UiMessages.Column_group, 130, AnswerRow::group),
	MEASURE(UiMessages.Column_measure, 130, AnswerRow::measure),
	ITEM(UiMessages.Column_item, 110, AnswerRow::key),
	ITEM_TEXT(UiMessages.Column_itemText, 300, AnswerRow::itemText),
	REQUIREMENTS(UiMessages.Column_requirements, 150, AnswerRow::requirements),
	STATUS(UiMessages.Column_status, 80, AnswerRow::statusLabel),
	COMMENT(UiMessages.Column_comment, 300,
			row -> row.statement() == null ? row.comment() : bind(UiMessages.Answers_see, row.statement(), row.comment())),
	EVIDENCE(UiMessages.Column_evidence, 160, AnswerRow::evidence),
	PLAN(UiMessages.Column_plan, 200, AnswerRow::plan),
	OWNER(UiMessages.Column_owner, 110, AnswerRow::owner),
	DUE(UiMessages.Column_due, 90, AnswerRow::due),
	/** The hospital's side: what the project's reviews of the disclosure say (read-only here). */
	VERDICT(UiMessages.Column_verdict, 140, AnswerRow::verdict);

	private final String header;
	private final int width;
	private final Function<AnswerRow, String> text;

	AnswerColumn(String header, int width, Function<AnswerRow, String> text) {
		this.header = header;
		this.width = width;
		this.text = text;
	}

	public String header() {
		return header;
	}

	public int width() {
		return width;
	}

	/** The cell's text, on one line (a table cell shows one). */
	public String text(AnswerRow row) {
		String value = text.apply(row);
		return value == null ? "" : value.replaceAll("\\s*\\R\\s*", " ");
	}
}
