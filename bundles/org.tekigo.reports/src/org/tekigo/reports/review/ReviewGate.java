package org.tekigo.reports.review;

/**
 * The CI gate {@code --fail-on open-review}: a review is open while an answer is not judged (or
 * has no verdict), a question to the vendor (要確認) is open, or a verdict is suspect.
 */
public final class ReviewGate {

	public static final String OPTION = "open-review";

	private ReviewGate() {
	}

	public static boolean fails(ReviewAnalysis analysis) {
		return analysis.summary().open() > 0;
	}

	public static String explain(ReviewAnalysis analysis) {
		ReviewAnalysis.Summary s = analysis.summary();
		return "gate " + OPTION + (fails(analysis) ? " fails: " : " passes: ") + s.open() + " open (" + s.pending() + " not judged, "
				+ s.needsClarification() + " questions, " + s.suspect() + " suspect)";
	}
}
