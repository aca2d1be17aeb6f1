package org.tekigo.importer.table;

/**
 * The columns of the published checklist's table, whatever order a file puts them in: the
 * measures (大項目, 小項目, the measure heading and the item's text under 内容, シナリオ例), the
 * related requirements (項番, 区分, 内容（5.1版）, the earlier version's 内容), the answer
 * (ガイドラインへの適合性) and the vendor's comment (…の見解).
 */
public enum Column {
	CATEGORY, GROUP, MEASURE, ITEM, SCENARIO, SECTION, CLASS, TEXT, PREVIOUS_TEXT, STATUS, COMMENT;

	/** The heading the published layout prints over the column, for messages. */
	public String heading() {
		return switch (this) {
			case CATEGORY -> "大項目";
			case GROUP -> "小項目";
			case MEASURE, ITEM, PREVIOUS_TEXT -> "内容";
			case SCENARIO -> "シナリオ例";
			case SECTION -> "項番";
			case CLASS -> "区分";
			case TEXT -> "内容（5.1版）";
			case STATUS -> "ガイドラインへの適合性";
			case COMMENT -> "見解";
		};
	}

	/** Columns whose cell, left empty or merged over the rows below, says "the same as above". */
	public boolean carriesDown() {
		return this != STATUS && this != COMMENT;
	}

	/** The related requirement's columns. */
	public boolean isRequirement() {
		return this == SECTION || this == CLASS || this == TEXT || this == PREVIOUS_TEXT;
	}
}
