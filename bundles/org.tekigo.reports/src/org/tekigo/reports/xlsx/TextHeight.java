package org.tekigo.reports.xlsx;

/**
 * Estimates how tall a wrapped text cell must be. Excel and LibreOffice do not fit a row to a
 * merged cell, and the checklist merges a lot (one scenario or requirement over several items),
 * so the writer sets row heights itself. The estimate counts a Japanese (full-width) character
 * as one em and a Latin one as a little over half an em; it errs on the tall side because a
 * clipped requirement is worse than some white space.
 */
public final class TextHeight {

	/** Excel's maximum row height. */
	public static final float MAX_ROW_POINTS = 409f;

	/* Column width units are measured in the default font (Calibri 11): 7 pixels a unit. */
	private static final double PIXELS_PER_WIDTH_UNIT = 7.0;
	private static final double CELL_PADDING_PIXELS = 6.0;
	/*
	 * Wrapping never fills a line completely: Latin words move whole to the next line, and
	 * Japanese punctuation may not start one.
	 */
	private static final double FILL_RATIO = 0.94;

	private final double emPixels;
	private final float linePoints;
	private final float paddingPoints;

	/**
	 * @param fontPoints the cell font's size
	 */
	public TextHeight(double fontPoints) {
		this.emPixels = fontPoints * 96.0 / 72.0;
		this.linePoints = (float) (fontPoints * 1.5);
		this.paddingPoints = (float) (fontPoints * 0.5);
	}

	/** The number of lines {@code text} wraps to in a column of {@code widthUnits} characters. */
	public int lines(String text, double widthUnits) {
		if (text == null || text.isEmpty()) {
			return 0;
		}
		double usable = Math.max(emPixels, (widthUnits * PIXELS_PER_WIDTH_UNIT - CELL_PADDING_PIXELS) * FILL_RATIO);
		int lines = 0;
		for (String line : text.split("\n", -1)) {
			double pixels = pixels(line);
			lines += Math.max(1, (int) Math.ceil(pixels / usable));
		}
		return lines;
	}

	/** The height, in points, of a row showing {@code lines} lines. */
	public float points(int lines) {
		return Math.min(MAX_ROW_POINTS, Math.max(1, lines) * linePoints + paddingPoints);
	}

	/** The height needed by {@code text} in a column of {@code widthUnits} characters. */
	public float points(String text, double widthUnits) {
		return points(lines(text, widthUnits));
	}

	private double pixels(String line) {
		double pixels = 0;
		for (int i = 0; i < line.length();) {
			int codePoint = line.codePointAt(i);
			pixels += isWide(codePoint) ? emPixels : emPixels * 0.6;
			i += Character.charCount(codePoint);
		}
		return pixels;
	}

	/* Full-width: CJK, kana, full-width forms, circled numbers (①), CJK punctuation. */
	static boolean isWide(int codePoint) {
		return (codePoint >= 0x1100 && codePoint <= 0x115F)
				|| (codePoint >= 0x2460 && codePoint <= 0x24FF)
				|| (codePoint >= 0x2E80 && codePoint <= 0xA4CF)
				|| (codePoint >= 0xAC00 && codePoint <= 0xD7A3)
				|| (codePoint >= 0xF900 && codePoint <= 0xFAFF)
				|| (codePoint >= 0xFE30 && codePoint <= 0xFE4F)
				|| (codePoint >= 0xFF00 && codePoint <= 0xFF60)
				|| (codePoint >= 0xFFE0 && codePoint <= 0xFFE6)
				|| (codePoint >= 0x20000 && codePoint <= 0x3FFFD);
	}
}
