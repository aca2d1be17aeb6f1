package org.tekigo.reports.checklist;

/**
 * The columns a checklist sheet may have, in the order they stand; a {@link ChecklistShape} says
 * which a sheet has. The published checklist's 内容 header spans two columns: the measure heading
 * (①…, narrow, merged over the measure's rows) and the measure item text; so its ten headers lie
 * over eleven columns, followed by the hidden id.
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
	/** The target date of a gap, for a checklist whose gaps need one (and nothing else of a plan). */
	DUE(12),
	/** The answer's stable id; hidden, read back to match edited rows to answers. */
	ID(22);

	private final int width;

	ChecklistColumn(int width) {
		this.width = width;
	}

	/** Width in characters of the default font, as Excel measures columns. */
	public int width() {
		return width;
	}
}
