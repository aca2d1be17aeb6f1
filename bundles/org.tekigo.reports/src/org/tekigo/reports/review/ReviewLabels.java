package org.tekigo.reports.review;

import org.tekigo.reports.nls.ReportMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.util.List;

import org.tekigo.reports.gap.WeightNames;

import org.tekigo.reports.review.ReviewAnalysis.Summary;

/** The words the review reports print, in one place for all four forms, in the language of the run. */
final class ReviewLabels {

	static final String TITLE = ReportMessages.Review_title;
	static final String SUMMARY = ReportMessages.Review_summary;
	static final String NOT_ACCEPTED = ReportMessages.Review_notAccepted;
	static final String QUESTIONS = ReportMessages.Review_questions;
	static final String SUSPECT = ReportMessages.Review_suspect;
	static final String UNJUDGED = ReportMessages.Review_unjudged;
	static final String FOLLOW_UPS = ReportMessages.Review_followUps;
	static final String NONE = ReportMessages.Review_none;
	static final String NOT_JUDGED = ReportMessages.Review_notJudged;
	static final String MINIMUM_MARK = ReportMessages.Review_minimumMark;

	static final List<String> ROW_COLUMNS = List.of(ReportMessages.Review_columnAnswer, ReportMessages.Review_columnItem, ReportMessages.Review_columnStatus,
			ReportMessages.Review_columnComment, ReportMessages.Review_columnVerdict, ReportMessages.Review_columnNote, ReportMessages.Review_columnDate);
	static final List<String> FOLLOW_UP_COLUMNS = List.of(ReportMessages.Review_columnAnswer, ReportMessages.Review_columnVerdict,
			ReportMessages.Review_columnAction, ReportMessages.Review_columnOwner, ReportMessages.Review_columnDue);

	record Line(String label, int value, boolean alert) {
	}

	static List<Line> summaryLines(ReviewAnalysis analysis) {
		Summary summary = analysis.summary();
		WeightNames names = new WeightNames(analysis.review().minimumWeights(), List.of());
		return List.of(new Line(ReportMessages.Review_lineAnswers, summary.answers(), false), new Line(ReportMessages.Review_lineAccepted, summary.accepted(), false),
				new Line(names.minimum(ReportMessages.Review_lineAcceptedMinimumGaps), summary.acceptedMinimumGaps(), false),
				new Line(ReportMessages.Review_lineQuestions, summary.needsClarification(), summary.needsClarification() > 0),
				new Line(ReportMessages.Review_lineNotAccepted, summary.notAccepted(), summary.notAccepted() > 0),
				new Line(ReportMessages.Review_linePending, summary.pending(), summary.pending() > 0),
				new Line(ReportMessages.Review_lineSuspect, summary.suspect(), summary.suspect() > 0),
				new Line(ReportMessages.Review_lineFollowUps, summary.followUps(), false),
				new Line(ReportMessages.Review_lineOpen, summary.open(), summary.open() > 0));
	}

	/** "審査結果：Chatwork の審査" */
	static String titleFor(String title) {
		return bind(ReportMessages.Review_titleFor, TITLE, title);
	}

	/** "京都中央病院 医療情報部 による Chatwork（chatwork）の開示の審査" */
	static String byline(ReviewView review, java.util.function.UnaryOperator<String> escape) {
		return bind(ReportMessages.Review_byline, new Object[] { escape.apply(review.reviewer()), escape.apply(review.vendor()),
				escape.apply(review.disclosureId()) });
	}

	/** "未判定（2）" */
	static String counted(String heading, int count) {
		return bind(ReportMessages.Review_headingCount, heading, count);
	}

	private ReviewLabels() {
	}
}
