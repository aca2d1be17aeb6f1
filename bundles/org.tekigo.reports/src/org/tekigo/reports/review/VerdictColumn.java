package org.tekigo.reports.review;

import org.tekigo.reports.nls.ReportMessages;

/**
 * The columns of the review workbook's verdicts sheet, in their order: what the vendor answered
 * (locked), what the hospital judges (unlocked, the only cells a person can type into while the
 * sheet is protected), what Tekigo says about the verdict (locked), and three hidden columns the
 * import reads: the answer's stable id, the pin a verdict given now gets, and a fingerprint of the
 * judgement as written, which tells a row the judge changed from one whose review text changed since.
 */
enum VerdictColumn {
	ANSWER("answer", 18, Role.VENDOR),
	ITEM("item", 40, Role.VENDOR),
	STATUS("status", 12, Role.VENDOR),
	COMMENT("comment", 40, Role.VENDOR),
	VERDICT("verdict", 11, Role.JUDGE),
	NOTE("note", 30, Role.JUDGE),
	DATE("date", 12, Role.TEKIGO),
	AGAIN("again", 10, Role.TEKIGO),
	ACTION("action", 30, Role.JUDGE),
	OWNER("owner", 18, Role.JUDGE),
	DUE("due", 16, Role.JUDGE),
	ID("id", 18, Role.HIDDEN),
	PIN("pin", 24, Role.HIDDEN),
	JUDGED("judged", 12, Role.HIDDEN);

	/** Who writes a column's cells. */
	enum Role {
		/** The vendor's answer, shown to judge by: locked. */
		VENDOR,
		/** The hospital's judgement: unlocked. */
		JUDGE,
		/** What Tekigo says about the verdict (its date, whether to judge again): locked. */
		TEKIGO,
		/** For the import: hidden and locked. */
		HIDDEN
	}

	private final String key;
	private final int width;
	private final Role role;

	VerdictColumn(String key, int width, Role role) {
		this.key = key;
		this.width = width;
		this.role = role;
	}

	/** The column's name in the marker sheet, the same in every language. */
	String key() {
		return key;
	}

	/** Width in characters. */
	int width() {
		return width;
	}

	Role role() {
		return role;
	}

	int index() {
		return ordinal();
	}

	/** The header in the language of the run; the hidden columns' are the same in every language. */
	String header() {
		return switch (this) {
			case ANSWER -> ReportMessages.Review_columnAnswer;
			case ITEM -> ReportMessages.Review_columnItem;
			case STATUS -> ReportMessages.Review_columnStatus;
			case COMMENT -> ReportMessages.Review_columnComment;
			case VERDICT -> ReportMessages.Review_columnVerdict;
			case NOTE -> ReportMessages.Review_columnNote;
			case DATE -> ReportMessages.Review_columnDate;
			case AGAIN -> ReportMessages.Review_columnAgain;
			case ACTION -> ReportMessages.Review_columnFollowUpAction;
			case OWNER -> ReportMessages.Review_columnFollowUpOwner;
			case DUE -> ReportMessages.Review_columnFollowUpDue;
			case ID -> "Tekigo ID";
			case PIN -> "Tekigo pin";
			case JUDGED -> "Tekigo judged";
		};
	}
}
