package org.tekigo.reports.gap;

import org.tekigo.reports.model.DisclosureView.AnswerView;

/** An answer given against texts that changed since (its pin no longer matches them). */
public record StaleAnswer(ItemContext item, AnswerView answer) {
}
