package org.tekigo.ui.answers;

import java.util.Locale;
import java.util.function.Predicate;

import org.tekigo.reports.model.DisclosureView.Status;

/**
 * What the Answers page shows: filters that combine (all must hold), as the filter bar sets them.
 *
 * @param scope         a category or group label ("1.人的・組織的対策", "1.1.規程・手順の策定"), or null for all
 * @param status        the status to show, or null for all; see {@code unansweredOnly}
 * @param unansweredOnly only items nobody answered
 * @param gapsOnly      only 不適合
 * @param minimumGapsOnly only 不適合 touching a minimum (C) requirement
 * @param withIssuesOnly only rows with warnings or errors
 * @param staleOnly     only answers given against a text that changed since
 * @param search        words to find in ids and texts (item, comment, statement, plan, owner, review verdict), or ""
 */
public record AnswerFilter(String scope, Status status, boolean unansweredOnly, boolean gapsOnly, boolean minimumGapsOnly,
		boolean withIssuesOnly, boolean staleOnly, String search) implements Predicate<AnswerRow> {

	public static final AnswerFilter NONE = new AnswerFilter(null, null, false, false, false, false, false, "");

	@Override
	public boolean test(AnswerRow row) {
		if (scope != null && !scope.equals(row.category()) && !scope.equals(row.group())) {
			return false;
		}
		if (status != null && !status.equals(row.status()) || unansweredOnly && row.answered()) {
			return false;
		}
		if (gapsOnly && !row.gap() || minimumGapsOnly && !row.minimumGap() || withIssuesOnly && !row.hasIssues()
				|| staleOnly && !row.isStale()) {
			return false;
		}
		return search.isBlank() || matches(row, search.strip().toLowerCase(Locale.ROOT));
	}

	private static boolean matches(AnswerRow row, String words) {
		for (String word : words.split("[\\s\\u3000]+")) {
			if (!contains(row.key(), word) && !contains(row.itemText(), word) && !contains(row.comment(), word)
					&& !contains(row.statement(), word) && !contains(row.plan(), word) && !contains(row.owner(), word)
					&& !contains(row.requirements(), word) && !contains(row.verdict(), word)) {
				return false;
			}
		}
		return true;
	}

	private static boolean contains(String text, String word) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(word);
	}

	public AnswerFilter withScope(String newScope) {
		return new AnswerFilter(newScope, status, unansweredOnly, gapsOnly, minimumGapsOnly, withIssuesOnly, staleOnly, search);
	}

	public AnswerFilter withStatus(Status newStatus, boolean unanswered) {
		return new AnswerFilter(scope, newStatus, unanswered, gapsOnly, minimumGapsOnly, withIssuesOnly, staleOnly, search);
	}

	public AnswerFilter withGaps(boolean gaps, boolean minimumGaps) {
		return new AnswerFilter(scope, status, unansweredOnly, gaps, minimumGaps, withIssuesOnly, staleOnly, search);
	}

	public AnswerFilter withIssues(boolean issues) {
		return new AnswerFilter(scope, status, unansweredOnly, gapsOnly, minimumGapsOnly, issues, staleOnly, search);
	}

	public AnswerFilter withStale(boolean stale) {
		return new AnswerFilter(scope, status, unansweredOnly, gapsOnly, minimumGapsOnly, withIssuesOnly, stale, search);
	}

	public AnswerFilter withSearch(String words) {
		return new AnswerFilter(scope, status, unansweredOnly, gapsOnly, minimumGapsOnly, withIssuesOnly, staleOnly, words == null ? "" : words);
	}
}
