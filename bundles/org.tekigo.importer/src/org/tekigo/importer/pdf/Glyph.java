package org.tekigo.importer.pdf;

/**
 * One visible character of a page: its text, where it starts on the baseline (user space, y
 * upwards), how wide it is and its font size, which is the scale for what counts as a gap.
 */
record Glyph(String text, double x, double baseline, double width, double size) {

	/** The point that decides which cell the character stands in: its middle, a little above the baseline. */
	double centerX() {
		return x + width / 2;
	}

	double centerY() {
		return baseline + size * 0.35;
	}

	boolean isSpace() {
		return text.isBlank();
	}
}
