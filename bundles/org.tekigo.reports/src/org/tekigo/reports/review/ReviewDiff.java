package org.tekigo.reports.review;

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
				suspect.add(row.answerId() + ": " + row.judgement().label() + " given " + (row.date().isEmpty() ? "" : "on " + row.date() + " ")
						+ "to an answer that now says " + row.status());
			} else if (!row.suspect() && wasSuspect) {
				cleared.add(row.answerId() + ": " + row.judgement().label());
			}
		}
		return new ReviewDiff(after.id(), changes, suspect, cleared);
	}

	/** For the terminal, after the disclosure's diff. */
	public String render() {
		StringBuilder text = new StringBuilder("Review " + reviewId + "\n");
		section(text, "Verdict changes", verdictChanges);
		section(text, "Became suspect (the answer changed after its verdict)", becameSuspect);
		section(text, "No longer suspect", noLongerSuspect);
		text.append(String.format("%d verdict changes, %d became suspect, %d no longer suspect%n", verdictChanges.size(),
				becameSuspect.size(), noLongerSuspect.size()));
		return text.toString();
	}

	private static void section(StringBuilder text, String title, List<String> lines) {
		if (!lines.isEmpty()) {
			text.append("  ").append(title).append(" (").append(lines.size()).append(")\n");
			lines.forEach(line -> text.append("    ").append(line).append('\n'));
		}
	}
}
