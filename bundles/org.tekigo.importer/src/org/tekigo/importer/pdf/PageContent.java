package org.tekigo.importer.pdf;

import java.awt.geom.Area;
import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * What one page draws that a table is read from: its ruling lines and its visible characters.
 * A character outside the clipping path is not visible and is left out: a spreadsheet printed
 * with a merged cell that breaks across pages draws the cell's whole text on each page and clips
 * it to the part of the cell on that page, so only the clipped view says which lines are where.
 */
final class PageContent extends PDFGraphicsStreamEngine {

	/** A filled rectangle thinner than this is a ruling line, not a background. */
	private static final double HAIRLINE = 2.0;

	private final List<Ruling> rulings = new ArrayList<>();
	private final List<Glyph> glyphs = new ArrayList<>();
	private final List<Overflow> overflow = new ArrayList<>();
	private final List<double[]> path = new ArrayList<>();
	private GeneralPath shape = new GeneralPath();
	private int pendingClip = -1;
	private Point2D current = new Point2D.Double();
	private int images;
	private int unmapped;
	private Area clipSeen;
	private Rectangle2D clipBounds;

	PageContent(PDPage page) {
		super(page);
	}

	static PageContent of(PDPage page) throws IOException {
		PageContent content = new PageContent(page);
		content.processPage(page);
		return content;
	}

	List<Ruling> rulings() {
		return rulings;
	}

	List<Glyph> glyphs() {
		return glyphs;
	}

	/**
	 * A character cut off below the region it was clipped to: a spreadsheet prints a cell whose text
	 * is taller than the cell (a row is at most 409 points high) by drawing the start of the rest and
	 * clipping it to the cell; the clip says which cell was cut off.
	 */
	record Overflow(Glyph glyph, double clipLeft, double clipRight, double clipBottom, double clipTop) {
	}

	List<Overflow> overflow() {
		return overflow;
	}

	/** Whether the page draws pictures but no text: a scan, for instance. */
	boolean isImageOnly() {
		return glyphs.isEmpty() && unmapped == 0 && images > 0;
	}

	/** Characters drawn with a font that says no Unicode for them: they cannot be read as text. */
	int unmapped() {
		return unmapped;
	}

	@Override
	protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
		String text = font.toUnicode(code);
		double size = Math.abs(matrix.getScalingFactorY());
		double width = displacement.getX() * Math.abs(matrix.getScalingFactorX());
		if (text == null || text.isEmpty()) {
			unmapped++;
			return;
		}
		Glyph glyph = new Glyph(text, matrix.getTranslateX(), matrix.getTranslateY(), width, size);
		Area clip = getGraphicsState().getCurrentClippingPath();
		if (clip != clipSeen) {
			clipSeen = clip;
			clipBounds = clip.isRectangular() ? clip.getBounds2D() : null;
		}
		if (clipBounds != null ? clipBounds.contains(glyph.centerX(), glyph.centerY()) : clip.contains(glyph.centerX(), glyph.centerY())) {
			glyphs.add(glyph);
		} else if (clipBounds != null && glyph.centerY() < clipBounds.getMinY() && clipBounds.getMinX() <= glyph.centerX()
				&& glyph.centerX() <= clipBounds.getMaxX()) {
			overflow.add(new Overflow(glyph, clipBounds.getMinX(), clipBounds.getMaxX(), clipBounds.getMinY(), clipBounds.getMaxY()));
		}
	}

	@Override
	public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
		path.add(new double[] { 'R', Math.min(p0.getX(), p2.getX()), Math.min(p0.getY(), p2.getY()),
				Math.max(p0.getX(), p2.getX()), Math.max(p0.getY(), p2.getY()) });
		shape.moveTo(p0.getX(), p0.getY());
		shape.lineTo(p1.getX(), p1.getY());
		shape.lineTo(p2.getX(), p2.getY());
		shape.lineTo(p3.getX(), p3.getY());
		shape.closePath();
		current = p0;
	}

	@Override
	public void moveTo(float x, float y) {
		shape.moveTo(x, y);
		current = new Point2D.Float(x, y);
	}

	@Override
	public void lineTo(float x, float y) {
		path.add(new double[] { 'L', current.getX(), current.getY(), x, y });
		shape.lineTo(x, y);
		current = new Point2D.Float(x, y);
	}

	@Override
	public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
		shape.curveTo(x1, y1, x2, y2, x3, y3);
		current = new Point2D.Float(x3, y3);
	}

	@Override
	public Point2D getCurrentPoint() {
		return current;
	}

	@Override
	public void closePath() {
		shape.closePath();
	}

	@Override
	public void endPath() {
		newPath();
	}

	/** Ends the current path; a clip asked for by W or W* takes effect now, as the PDF specification says. */
	private void newPath() {
		if (pendingClip >= 0) {
			shape.setWindingRule(pendingClip);
			getGraphicsState().intersectClippingPath(shape);
			pendingClip = -1;
		}
		path.clear();
		shape = new GeneralPath();
	}

	@Override
	public void strokePath() {
		for (double[] segment : path) {
			if (segment[0] == 'L') {
				add(Ruling.between(segment[1], segment[2], segment[3], segment[4]));
			} else {
				// A stroked rectangle draws its four edges.
				add(Ruling.between(segment[1], segment[2], segment[3], segment[2]));
				add(Ruling.between(segment[1], segment[4], segment[3], segment[4]));
				add(Ruling.between(segment[1], segment[2], segment[1], segment[4]));
				add(Ruling.between(segment[3], segment[2], segment[3], segment[4]));
			}
		}
		newPath();
	}

	@Override
	public void fillPath(int windingRule) {
		for (double[] segment : path) {
			if (segment[0] == 'R' && segment[4] - segment[2] <= HAIRLINE) {
				add(new Ruling(true, (segment[2] + segment[4]) / 2, segment[1], segment[3]));
			} else if (segment[0] == 'R' && segment[3] - segment[1] <= HAIRLINE) {
				add(new Ruling(false, (segment[1] + segment[3]) / 2, segment[2], segment[4]));
			}
		}
		newPath();
	}

	@Override
	public void fillAndStrokePath(int windingRule) {
		List<double[]> segments = new ArrayList<>(path);
		GeneralPath drawn = (GeneralPath) shape.clone();
		int clip = pendingClip;
		pendingClip = -1;
		strokePath();
		path.addAll(segments);
		shape = drawn;
		pendingClip = clip;
		fillPath(windingRule);
	}

	@Override
	public void clip(int windingRule) {
		pendingClip = windingRule;
	}

	@Override
	public void drawImage(PDImage image) {
		images++;
	}

	@Override
	public void shadingFill(COSName shadingName) {
		// A shading draws no ruling and no text.
	}

	private void add(Ruling ruling) {
		if (ruling != null) {
			rulings.add(ruling);
		}
	}
}
