package org.tekigo.ui.verdicts;

import java.util.function.Function;

import org.tekigo.reports.review.ReviewView.Row;
import org.tekigo.ui.nls.UiMessages;

/** The Verdicts page's columns: the vendor's answer (read from the disclosure), then the hospital's verdict. */
public enum VerdictColumn {
	MARKERS("", 24, row -> ""),
	ANSWER(UiMessages.Verdicts_answer, 110, Row::answerId),
	ITEM(UiMessages.Verdicts_item, 240, Row::itemText),
	STATUS(UiMessages.Verdicts_status, 110, Row::status),
	COMMENT(UiMessages.Verdicts_comment, 240, Row::comment),
	VERDICT(UiMessages.Verdicts_verdict, 96, row -> row.judgement().label()),
	NOTE(UiMessages.Verdicts_note, 200, Row::note),
	DATE(UiMessages.Verdicts_date, 90, Row::date),
	ACTION(UiMessages.Verdicts_action, 180, row -> row.followUp() == null ? "" : row.followUp().action()),
	OWNER(UiMessages.Verdicts_owner, 110, row -> row.followUp() == null ? "" : row.followUp().owner()),
	DUE(UiMessages.Verdicts_due, 90, row -> row.followUp() == null ? "" : row.followUp().due()),
	AGAIN(UiMessages.Verdicts_again, 90, row -> row.orphan() ? UiMessages.Verdicts_orphan : row.suspect() ? UiMessages.Verdicts_suspect : "");

	private final String header;
	private final int width;
	private final Function<Row, String> text;

	VerdictColumn(String header, int width, Function<Row, String> text) {
		this.header = header;
		this.width = width;
		this.text = text;
	}

	public String header() {
		return header;
	}

	int width() {
		return width;
	}

	/** What the cell shows: the first line of a longer text. */
	public String text(Row row) {
		String full = text.apply(row);
		return full == null ? "" : full;
	}
}
