package org.tekigo.ui.answers;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.tekigo.reports.model.DisclosureView.StaleChange;
import org.tekigo.reports.model.DisclosureView.Status;
import org.tekigo.ui.nls.UiMessages;

/**
 * One row of the Answers page: an answer (to an item, or to one of its requirements), or an
 * item nobody answered yet. Copied out of the model when the editor reconciles, like every
 * snapshot, so the table never reads the model.
 *
 * @param key          the answer's stable id ("1.1-①-1", "1.3-②-1[6.6/C/2]"), or the item's id
 *                     for an unanswered item: what an edit finds the answer or item by
 * @param position     the row's place in the catalog's order, counting from 0
 * @param requirements the related requirements, each with its class: "6.3/C/3 (C)"
 * @param minimum      whether a related requirement (or the one answered) is of class C
 * @param status       null for an unanswered item
 * @param comment      the comment, or the text of the statement the answer refers to
 * @param statement    the name of that statement, or null
 * @param verdict      what the project's reviews of the disclosure say of the answer; "" when none
 * @param offset       where the answer's text starts in the document; -1 for an unanswered item
 * @param issues       the validator's issues within the answer's text
 * @param stale        what changed under the answer since it was given (its pin); empty when it is fresh
 */
public record AnswerRow(String key, int position, String category, String group, String measure, String itemId,
		String itemText, String requirements, boolean minimum, Status status, String comment, String statement,
		String evidence, String plan, String owner, String due, String verdict, int offset, int length, List<Issue> issues,
		List<StaleChange> stale) {

	public boolean answered() {
		return status != null;
	}

	public boolean gap() {
		return status != null && status.isGap();
	}

	public boolean minimumGap() {
		return gap() && minimum;
	}

	/** Given against a text that changed since. */
	public boolean isStale() {
		return !stale.isEmpty();
	}

	/**
	 * The issues' messages, and for a stale answer each changed text as it was when answered and
	 * as it is now: the marker's tooltip.
	 */
	public String markerText() {
		StringBuilder text = new StringBuilder(issueText());
		for (StaleChange change : stale) {
			text.append("\n\n").append(change.sentence()).append('\n').append(UiMessages.Answers_textWhenAnswered).append(' ')
					.append(change.then() == null ? UiMessages.Answers_textNotInWorkspace : change.then()).append('\n')
					.append(UiMessages.Answers_textNow).append(' ').append(change.now() == null ? "—" : change.now());
		}
		return text.toString();
	}

	public boolean hasErrors() {
		return issues.stream().anyMatch(issue -> issue.getSeverity() == Severity.ERROR);
	}

	public boolean hasIssues() {
		return !issues.isEmpty();
	}

	/** The issues' messages, one per line, as the text's markers show them. */
	public String issueText() {
		return String.join("\n", issues.stream().map(Issue::getMessage).toList());
	}

	/** The status as the published checklists print it; "" for an unanswered item. */
	public String statusLabel() {
		return status == null ? "" : status.label();
	}
}
