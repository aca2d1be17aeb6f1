package org.tekigo.reports.review;

import org.tekigo.reports.nls.ReportMessages;
import static org.eclipse.osgi.util.NLS.bind;

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
		return bind(fails(analysis) ? ReportMessages.Gate_reviewFails : ReportMessages.Gate_reviewPasses,
				new Object[] { OPTION, s.open(), s.pending(), s.needsClarification(), s.suspect() });
	}
}
