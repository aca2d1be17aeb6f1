package org.tekigo.ui.answers;

import java.util.function.Function;

/**
 * The columns of the Answers page, in the published checklist's order, each with its text, by
 * which it also sorts (the catalog's order breaks ties).
 */
public enum AnswerColumn {

	MARKERS("", 28, row -> row.hasErrors() ? "2" : row.hasIssues() ? "1" : ""),
	CATEGORY("Category", 110, AnswerRow::category),
	GROUP("Group", 130, AnswerRow::group),
	MEASURE("Measure", 130, AnswerRow::measure),
	ITEM("Item", 110, AnswerRow::key),
	ITEM_TEXT("Item text", 300, AnswerRow::itemText),
	REQUIREMENTS("Requirements (class)", 150, AnswerRow::requirements),
	STATUS("Status", 80, AnswerRow::statusLabel),
	COMMENT("Comment", 300, row -> row.statement() == null ? row.comment() : "see " + row.statement() + ": " + row.comment()),
	EVIDENCE("Evidence", 160, AnswerRow::evidence),
	PLAN("Plan", 200, AnswerRow::plan),
	OWNER("Owner", 110, AnswerRow::owner),
	DUE("Due", 90, AnswerRow::due),
	/** The hospital's side: what the project's reviews of the disclosure say (read-only here). */
	VERDICT("Review verdict", 140, AnswerRow::verdict);

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
