package org.tekigo.reports.checklist;

/**
 * The physical columns of the checklist sheet, in order. The published checklist's 内容 header
 * spans two columns: the measure heading (①…, narrow, merged over the measure's rows) and the
 * measure item text; so its ten headers lie over eleven columns, followed by the hidden id.
 */
public enum ChecklistColumn {
	CATEGORY(11),
	GROUP(13),
	MEASURE(13),
	ITEM(40),
	SCENARIO(20),
	SECTION(14),
	CLASS(20),
	TEXT(44),
	PREVIOUS_TEXT(40),
	STATUS(11),
	COMMENT(32),
	/** The answer's stable id; hidden, read back to match edited rows to answers. */
	ID(22);

	private final int width;

	ChecklistColumn(int width) {
		this.width = width;
	}

	public int index() {
		return ordinal();
	}

	/** Width in characters of the default font, as Excel measures columns. */
	public int width() {
		return width;
	}
}
