package org.tekigo.reports.gap;

import org.tekigo.reports.model.DisclosureView.AnswerView;

/**
 * A 対象外 answer with neither a comment nor a statement: a hospital cannot tell why the measure
 * does not apply, so a reviewer will ask.
 */
public record NotApplicableWithoutReason(ItemContext item, AnswerView answer) {

	public String id() {
		return answer.id();
	}
}
