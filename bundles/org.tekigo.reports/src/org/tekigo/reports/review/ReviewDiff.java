package org.tekigo.reports.review;

import org.tekigo.reports.nls.ReportMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tekigo.reports.review.ReviewView.Row;

/**
 * What changed in a hospital's review between two versions: verdicts given or changed, and
 * verdicts that became suspect because the vendor changed the answer in between (or stopped
 * being suspect, re-pinned).
 */
public record ReviewDiff(String reviewId, List<String> verdictChanges, List<String> becameSuspect, List<String> noLongerSuspect) {

	public static ReviewDiff between(ReviewView before, ReviewView after) {
		Map<String, Row> old = new LinkedHashMap<>();
		before.rows().forEach(row -> old.put(row.answerId(), row));
		List<String> changes = new ArrayList<>();
		List<String> suspect = new ArrayList<>();
		List<String> cleared = new ArrayList<>();
		for (Row row : after.rows()) {
			Row was = old.get(row.answerId());
			String then = was == null || !was.judged() ? "（判定なし）" : was.judgement().label();
			String now = row.judged() ? row.judgement().label() : "（判定なし）";
			if (!then.equals(now)) {
				changes.add(row.answerId() + ": " + then + " → " + now + (row.note().isEmpty() ? "" : " " + row.note()));
			}
			boolean wasSuspect = was != null && was.suspect();
			if (row.suspect() && !wasSuspect) {
				suspect.add(row.date().isEmpty() ? bind(ReportMessages.ReviewDiff_suspect, row.answerId(), row.judgement().label(), row.status())
						: bind(ReportMessages.ReviewDiff_suspectOn, new Object[] { row.answerId(), row.judgement().label(), row.date(), row.status() }));
			} else if (!row.suspect() && wasSuspect) {
				cleared.add(row.answerId() + ": " + row.judgement().label());
			}
		}
		return new ReviewDiff(after.id(), changes, suspect, cleared);
	}

	/** For the terminal, after the disclosure's diff. */
	public String render() {
		StringBuilder text = new StringBuilder(bind(ReportMessages.ReviewDiff_review, reviewId)).append('\n');
		section(text, ReportMessages.ReviewDiff_verdictChanges, verdictChanges);
		section(text, ReportMessages.ReviewDiff_becameSuspect, becameSuspect);
		section(text, ReportMessages.ReviewDiff_noLongerSuspect, noLongerSuspect);
		text.append(bind(ReportMessages.ReviewDiff_summary, new Object[] { verdictChanges.size(), becameSuspect.size(),
				noLongerSuspect.size() })).append('\n');
		return text.toString();
	}

	private static void section(StringBuilder text, String title, List<String> lines) {
		if (!lines.isEmpty()) {
			text.append("  ").append(bind(ReportMessages.Diff_section, title, lines.size())).append('\n');
			lines.forEach(line -> text.append("    ").append(line).append('\n'));
		}
	}
}
