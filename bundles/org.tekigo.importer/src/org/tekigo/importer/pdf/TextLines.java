package org.tekigo.importer.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The lines of a cell from its characters: characters on one baseline (within half a font size)
 * form a line, read left to right. A page that positions words apart instead of drawing a space
 * gets a space wherever the gap between two characters is wider than a quarter of the font size.
 * A line that ends in a drawn space keeps one, which is what tells a wrap at a space from a wrap
 * inside a word or a Japanese run ({@link org.tekigo.importer.text.WrappedText}).
 */
final class TextLines {

	private TextLines() {
	}

	static List<String> of(List<Glyph> glyphs) {
		List<Glyph> byBaseline = new ArrayList<>(glyphs);
		byBaseline.sort(Comparator.comparingDouble(Glyph::baseline).reversed());
		List<List<Glyph>> lines = new ArrayList<>();
		List<Glyph> line = null;
		double baseline = Double.NaN;
		for (Glyph glyph : byBaseline) {
			if (line == null || Math.abs(baseline - glyph.baseline()) > glyph.size() / 2) {
				line = new ArrayList<>();
				lines.add(line);
				baseline = glyph.baseline();
			}
			line.add(glyph);
		}
		List<String> result = new ArrayList<>();
		for (List<Glyph> each : lines) {
			each.sort(Comparator.comparingDouble(Glyph::x));
			result.add(text(each));
		}
		return result;
	}

	private static String text(List<Glyph> line) {
		StringBuilder text = new StringBuilder();
		Glyph previous = null;
		for (Glyph glyph : line) {
			if (previous != null && !previous.isSpace() && !glyph.isSpace()
					&& glyph.x() - (previous.x() + previous.width()) > glyph.size() / 4) {
				text.append(' ');
			}
			text.append(glyph.text());
			previous = glyph;
		}
		String stripped = text.toString().strip();
		boolean endsInSpace = !text.isEmpty() && Character.isWhitespace(text.charAt(text.length() - 1));
		return endsInSpace && !stripped.isEmpty() ? stripped + " " : stripped;
	}
}
