package org.tekigo.importer.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The cells of one page, found from its ruling lines the way a lattice table is read: the
 * vertical rulings give the column edges; in each column the horizontal rulings that cross it cut
 * it into cells, so a cell merged over several rows is simply a taller cell of its column, and a
 * cell with no ruling on its right runs on into the next column (a heading over two columns). A
 * column whose last ruling stops above the table's bottom ends in a cell left open: it goes on
 * over the page break. Each visible character goes to the cell it stands in, and a cell's lines
 * are its characters grouped by baseline, in reading order.
 */
final class PageGrid {

	/** One cell: the grid columns it spans, its top and bottom, whether it goes on over the page break, its lines. */
	static final class Cell {
		final int first;
		final int last;
		final double top;
		final double bottom;
		final boolean openBelow;
		/** Whether the printout cut the cell's text off at its bottom. */
		boolean cutOff;
		private final List<Glyph> glyphs = new ArrayList<>();
		private List<String> lines;

		Cell(int first, int last, double top, double bottom, boolean openBelow) {
			this.first = first;
			this.last = last;
			this.top = top;
			this.bottom = bottom;
			this.openBelow = openBelow;
		}

		double middle() {
			return (top + bottom) / 2;
		}

		boolean holds(double y) {
			return bottom - Ruling.TOLERANCE <= y && y <= top + Ruling.TOLERANCE;
		}

		/** The cell's lines from top to bottom; a line keeps one trailing space when the page drew one there. */
		List<String> lines() {
			if (lines == null) {
				lines = TextLines.of(glyphs);
			}
			return lines;
		}

		String text() {
			return String.join("", lines()).strip();
		}
	}

	private final double[] edges;
	private final List<List<Cell>> columns = new ArrayList<>();

	private PageGrid(double[] edges) {
		this.edges = edges;
		for (int i = 0; i + 1 < edges.length; i++) {
			columns.add(new ArrayList<>());
		}
	}

	static PageGrid of(PageContent page) {
		List<Ruling> verticals = page.rulings().stream().filter(ruling -> !ruling.horizontal()).toList();
		List<Ruling> horizontals = page.rulings().stream().filter(Ruling::horizontal).toList();
		PageGrid grid = new PageGrid(cluster(verticals.stream().mapToDouble(Ruling::at).toArray()));
		for (int column = 0; column < grid.columns.size(); column++) {
			grid.cut(column, verticals, horizontals);
		}
		for (Glyph glyph : page.glyphs()) {
			Cell cell = grid.cellAt(glyph.centerX(), glyph.centerY());
			if (cell != null) {
				cell.glyphs.add(glyph);
			}
		}
		for (PageContent.Overflow cut : page.overflow()) {
			// The cell the text was clipped to, if the clip is that cell: its text runs on below its bottom, and
			// what is cut off is not in the file (the printing program draws a line or so of it, no more). A
			// cell open at the page's bottom shows the rest on the next page, so nothing there is cut off.
			Cell cell = grid.cellAt((cut.clipLeft() + cut.clipRight()) / 2, (cut.clipBottom() + cut.clipTop()) / 2);
			if (cell != null && !cell.openBelow && Math.abs(cell.bottom - cut.clipBottom()) <= 2 * Ruling.TOLERANCE) {
				cell.cutOff = true;
			}
		}
		return grid;
	}

	int columnCount() {
		return columns.size();
	}

	/** The left and right edge of a grid column. */
	double left(int column) {
		return edges[column];
	}

	double right(int column) {
		return edges[column + 1];
	}

	/** The cells of a grid column from top to bottom; a cell spanning columns is listed under each. */
	List<Cell> cells(int column) {
		return columns.get(column);
	}

	/** The grid column whose middle lies between these x, or -1. */
	int columnWithin(double from, double to) {
		for (int column = 0; column < columns.size(); column++) {
			double middle = (edges[column] + edges[column + 1]) / 2;
			if (from <= middle && middle <= to) {
				return column;
			}
		}
		return -1;
	}

	Cell cellAt(double x, double y) {
		int column = Arrays.binarySearch(edges, x);
		column = column >= 0 ? column : -column - 2;
		if (column < 0 || column >= columns.size()) {
			return null;
		}
		// A character near a ruling goes to the cell it stands in, not to the neighbour within the tolerance.
		for (Cell cell : columns.get(column)) {
			if (cell.bottom <= y && y <= cell.top) {
				return cell;
			}
		}
		for (Cell cell : columns.get(column)) {
			if (cell.holds(y)) {
				return cell;
			}
		}
		return null;
	}

	private void cut(int column, List<Ruling> verticals, List<Ruling> horizontals) {
		double left = edges[column];
		double right = edges[column + 1];
		double middle = (left + right) / 2;
		List<Ruling> sides = verticals.stream()
				.filter(ruling -> Math.abs(ruling.at() - left) <= Ruling.TOLERANCE || Math.abs(ruling.at() - right) <= Ruling.TOLERANCE)
				.toList();
		if (sides.isEmpty()) {
			return;
		}
		double bottom = sides.stream().mapToDouble(Ruling::from).min().orElseThrow();
		double top = sides.stream().mapToDouble(Ruling::to).max().orElseThrow();
		double[] cuts = cluster(horizontals.stream().filter(ruling -> ruling.covers(middle))
				.mapToDouble(Ruling::at).filter(y -> bottom - Ruling.TOLERANCE <= y && y <= top + Ruling.TOLERANCE).toArray());
		List<double[]> spans = new ArrayList<>();
		for (int i = cuts.length - 1; i > 0; i--) {
			spans.add(new double[] { cuts[i], cuts[i - 1], 0 });
		}
		if (cuts.length > 0 && cuts[0] > bottom + 2 * Ruling.TOLERANCE) {
			spans.add(new double[] { cuts[0], bottom, 1 }); // no ruling below: the cell goes on over the page break
		}
		for (double[] span : spans) {
			double y = (span[0] + span[1]) / 2;
			if (!crosses(verticals, left, y) || columns.get(column).stream().anyMatch(cell -> cell.holds(y))) {
				continue; // outside the table, or already part of a cell from the left
			}
			int last = column;
			while (last + 1 < columns.size() && !crosses(verticals, edges[last + 1], y)) {
				last++;
			}
			Cell cell = new Cell(column, last, span[0], span[1], span[2] == 1);
			for (int spanned = column; spanned <= last; spanned++) {
				columns.get(spanned).add(cell);
			}
		}
		columns.get(column).sort(Comparator.comparingDouble((Cell cell) -> cell.top).reversed());
	}

	private static boolean crosses(List<Ruling> verticals, double x, double y) {
		return verticals.stream().anyMatch(ruling -> Math.abs(ruling.at() - x) <= Ruling.TOLERANCE && ruling.covers(y));
	}

	/** Values within the tolerance of each other taken as one, sorted ascending. */
	static double[] cluster(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		List<Double> result = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= sorted.length; i++) {
			if (i == sorted.length || sorted[i] - sorted[i - 1] > Ruling.TOLERANCE) {
				result.add(Arrays.stream(sorted, start, i).average().orElseThrow());
				start = i;
			}
		}
		return result.stream().mapToDouble(Double::doubleValue).toArray();
	}
}
