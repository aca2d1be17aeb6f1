package org.tekigo.importer.pdf;

/**
 * A ruling line of a page: a stroked line or a filled hairline rectangle, in the page's user
 * space (points, y upwards). A horizontal ruling lies at height {@code at} from {@code from} to
 * {@code to} along x; a vertical one at x {@code at} from {@code from} to {@code to} along y.
 */
record Ruling(boolean horizontal, double at, double from, double to) {

	/** How far apart two rulings may be and still be the same edge of a cell. */
	static final double TOLERANCE = 1.5;

	static Ruling between(double x1, double y1, double x2, double y2) {
		if (Math.abs(y1 - y2) <= TOLERANCE) {
			return new Ruling(true, (y1 + y2) / 2, Math.min(x1, x2), Math.max(x1, x2));
		}
		if (Math.abs(x1 - x2) <= TOLERANCE) {
			return new Ruling(false, (x1 + x2) / 2, Math.min(y1, y2), Math.max(y1, y2));
		}
		return null; // a slanted line draws no cell
	}

	/** Whether this ruling passes the point {@code along} on its own axis. */
	boolean covers(double along) {
		return from - TOLERANCE <= along && along <= to + TOLERANCE;
	}
}
