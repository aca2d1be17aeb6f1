package org.tekigo.reports.review;

import java.util.List;

import org.tekigo.reports.review.ReviewAnalysis.Summary;

/** The words the review reports print, in one place for all four forms. */
final class ReviewLabels {

	static final String TITLE = "審査結果";
	static final String SUMMARY = "概要";
	static final String NOT_ACCEPTED = "受入不可";
	static final String QUESTIONS = "要確認（ベンダーへの照会）";
	static final String SUSPECT = "再確認が必要（審査後に回答が変更された）";
	static final String UNJUDGED = "未判定";
	static final String FOLLOW_UPS = "フォローアップ（担当・期限順）";
	static final String NONE = "なし";

	static final List<String> ROW_COLUMNS = List.of("回答", "対策項目", "回答の状態", "回答のコメント", "判定", "所見", "判定日");
	static final List<String> FOLLOW_UP_COLUMNS = List.of("回答", "判定", "対応", "担当", "期限");

	record Line(String label, int value, boolean alert) {
	}

	static List<Line> summaryLines(Summary summary) {
		return List.of(new Line("回答数", summary.answers(), false), new Line("受入可", summary.accepted(), false),
				new Line("　うち最低限（C）に関わる不適合の受入", summary.acceptedMinimumGaps(), false),
				new Line("要確認", summary.needsClarification(), summary.needsClarification() > 0),
				new Line("受入不可", summary.notAccepted(), summary.notAccepted() > 0),
				new Line("未判定", summary.pending(), summary.pending() > 0),
				new Line("再確認が必要（回答変更）", summary.suspect(), summary.suspect() > 0),
				new Line("フォローアップ", summary.followUps(), false),
				new Line("未完了（未判定・要確認・再確認）", summary.open(), summary.open() > 0));
	}

	private ReviewLabels() {
	}
}
