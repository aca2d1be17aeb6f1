package org.tekigo.reports.gap;

import org.tekigo.reports.nls.ReportMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

import org.tekigo.reports.model.DisclosureView.Meaning;
import org.tekigo.reports.model.ScaleWords;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;

/**
 * An inline SVG chart: one horizontal bar per category or group, stacked by status, the counts
 * written in the segments and the total after the bar, a legend on top. Inline and without
 * scripts, so that the report stays one file that opens anywhere and prints as it shows.
 */
final class StackedBarChart {

	/** One stacked segment kind: the hues of the checklist's status fills, dark enough for white counts. */
	private record Segment(String label, String fill, String textColour, ToIntFunction<StatusCount> value) {
	}

	/** The segments of a scale: its words by meaning (only the meanings it has words for), then unanswered. */
	private static List<Segment> segments(ScaleWords words) {
		List<Segment> segments = new ArrayList<>();
		segments.add(new Segment(words.labels(Meaning.FULFILLED), "#2e7d32", "#ffffff", StatusCount::conformant));
		if (words.has(Meaning.PARTLY_FULFILLED)) {
			segments.add(new Segment(words.labels(Meaning.PARTLY_FULFILLED), "#ef6c00", "#ffffff", StatusCount::partlyFulfilled));
		}
		segments.add(new Segment(words.labels(Meaning.GAP), "#c62828", "#ffffff", StatusCount::nonconformant));
		if (words.has(Meaning.NOT_APPLICABLE)) {
			segments.add(new Segment(words.labels(Meaning.NOT_APPLICABLE), "#8a8a8a", "#ffffff", StatusCount::notApplicable));
		}
		segments.add(new Segment(GapTexts.UNANSWERED_STATUS, "#f9a825", "#3e2c00", StatusCount::unanswered));
		return segments;
	}

	private static final int WIDTH = 1000;
	private static final int LABEL_WIDTH = 330;
	private static final int BAR_LEFT = LABEL_WIDTH + 10;
	private static final int BAR_WIDTH = 560;
	private static final int LEGEND_HEIGHT = 34;
	private static final int ROW_HEIGHT = 28;
	private static final int BAR_HEIGHT = 20;
	/* Labels longer than this many characters are cut; the full label is the bar's tooltip. */
	private static final int MAX_LABEL_CHARS = 26;
	/* Narrower segments show their count only in the tooltip (and the tables). */
	private static final double MIN_LABELLED_SEGMENT = 18;

	private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

	private StackedBarChart() {
	}

	static String svg(String id, String title, List<StatusCount> counts, ScaleWords words) {
		List<Segment> segments = segments(words);
		int height = LEGEND_HEIGHT + counts.size() * ROW_HEIGHT + 8;
		double scale = (double) BAR_WIDTH / GapTexts.maxOf(counts, StatusCount::total);
		StringBuilder svg = new StringBuilder();
		svg.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ")
				.append(WIDTH).append(' ').append(height).append("\" aria-labelledby=\"").append(id).append("-title\">\n");
		svg.append("<title id=\"").append(id).append("-title\">").append(ESCAPER.escape(title)).append("</title>\n");
		appendLegend(svg, segments);
		for (int index = 0; index < counts.size(); index++) {
			appendBar(svg, segments, counts.get(index), LEGEND_HEIGHT + index * ROW_HEIGHT, scale);
		}
		svg.append("</svg>\n");
		return svg.toString();
	}

	private static void appendLegend(StringBuilder svg, List<Segment> segments) {
		int x = BAR_LEFT;
		for (Segment segment : segments) {
			svg.append("<rect x=\"").append(x).append("\" y=\"8\" width=\"14\" height=\"14\" fill=\"").append(segment.fill())
					.append("\"/>");
			svg.append("<text x=\"").append(x + 20).append("\" y=\"20\" class=\"legend\">").append(ESCAPER.escape(segment.label()))
					.append("</text>\n");
			x += 40 + segment.label().length() * 14;
		}
	}

	private static void appendBar(StringBuilder svg, List<Segment> segments, StatusCount count, int top, double scale) {
		int textBaseline = top + BAR_HEIGHT / 2 + 5;
		svg.append("<g><title>").append(ESCAPER.escape(count.label())).append(" ").append(ESCAPER.escape(breakdown(segments, count)))
				.append("</title>\n");
		svg.append("<text x=\"").append(LABEL_WIDTH).append("\" y=\"").append(textBaseline)
				.append("\" class=\"bar-label\" text-anchor=\"end\">").append(ESCAPER.escape(shorten(count.label())))
				.append("</text>\n");
		double x = BAR_LEFT;
		for (Segment segment : segments) {
			int value = segment.value().applyAsInt(count);
			if (value == 0) {
				continue;
			}
			double width = value * scale;
			svg.append("<rect x=\"").append(format(x)).append("\" y=\"").append(top).append("\" width=\"")
					.append(format(width)).append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"")
					.append(segment.fill()).append("\"/>");
			if (width >= MIN_LABELLED_SEGMENT) {
				svg.append("<text x=\"").append(format(x + width / 2)).append("\" y=\"").append(textBaseline)
						.append("\" class=\"count\" text-anchor=\"middle\" fill=\"").append(segment.textColour())
						.append("\">").append(value).append("</text>");
			}
			svg.append('\n');
			x += width;
		}
		svg.append("<text x=\"").append(format(x + 8)).append("\" y=\"").append(textBaseline)
				.append("\" class=\"total\">").append(GapTexts.COLUMN_TOTAL).append(' ').append(count.total())
				.append("</text>\n</g>\n");
	}

	private static String breakdown(List<Segment> segments, StatusCount count) {
		StringBuilder text = new StringBuilder();
		for (Segment segment : segments) {
			text.append(segment.label()).append(' ').append(segment.value().applyAsInt(count)).append(' ');
		}
		return text.toString().strip();
	}

	private static String shorten(String label) {
		return label.codePointCount(0, label.length()) <= MAX_LABEL_CHARS ? label
				: label.substring(0, label.offsetByCodePoints(0, MAX_LABEL_CHARS - 1)) + "…";
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}
}
