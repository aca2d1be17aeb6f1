package org.tekigo.reports.tests.review;

import java.util.List;

import org.tekigo.reports.review.ReviewView;
import org.tekigo.reports.review.ReviewView.FollowUp;
import org.tekigo.reports.review.ReviewView.Judgement;
import org.tekigo.reports.review.ReviewView.Row;

/**
 * A review of a few of the sample's answers, one of each kind a hospital writes: accepted, a
 * minimum gap accepted with a note, a question with a follow-up, not accepted, not judged, an
 * answer with no verdict, a suspect verdict and a verdict whose answer is gone; with a note that
 * would be a formula in a spreadsheet and one that would be markup in HTML.
 */
final class ReviewFixture {

	static final String FORMULA_NOTE = "=HYPERLINK(\"https://example.invalid\",\"x\")";
	static final String MARKUP_NOTE = "<script>alert(\"x\")</script> | 表の区切り";

	private ReviewFixture() {
	}

	static ReviewView review() {
		return new ReviewView("kyoto-chatwork", "Chatwork の審査", "京都中央病院 医療情報部", "chatwork", "Chatwork", List.of(
				row("1.1-①-1", "適合可能", false, true, Judgement.ACCEPTED, "", false, false, null),
				row("1.1-③-10", "不適合", true, true, Judgement.ACCEPTED, "院内の運用で補う", false, false, null),
				row("1.1-⑤-6", "不適合", true, true, Judgement.NEEDS_CLARIFICATION, "対応予定を照会する", false, false,
						new FollowUp("ベンダーへ照会", "情報システム課 佐藤", "2027-01-15")),
				row("1.1-⑤-3", "不適合", true, true, Judgement.NOT_ACCEPTED, MARKUP_NOTE, false, false,
						new FollowUp("契約更新時に対応を求める", "医療情報部 山田", "2027-03-31")),
				row("1.2-①-1", "適合可能", false, true, Judgement.PENDING, "", false, false, null),
				row("1.2-①-2", "適合可能", false, false, Judgement.PENDING, "", false, false, null),
				row("1.5-②-2", "適合可能", false, true, Judgement.ACCEPTED, FORMULA_NOTE, true, false,
						new FollowUp("資料の受領", "", "")),
				row("1.9-①-1", "", false, true, Judgement.ACCEPTED, "", false, true, null)));
	}

	private static Row row(String id, String status, boolean minimumGap, boolean judged, Judgement judgement, String note,
			boolean suspect, boolean orphan, FollowUp followUp) {
		return new Row(id, "対策項目 " + id + " の本文", status, status.isEmpty() ? "" : "回答 " + id, minimumGap, judged, judgement, note,
				judged ? "2026-11-20" : "", suspect, orphan, followUp, judged ? 10 : 0);
	}
}
