package org.tekigo.reports.gap;

import java.util.List;

import org.tekigo.reports.model.DisclosureView.RequirementView;

/**
 * A minimum (class C) requirement that no answer meets: every answer related to it, over all
 * the items that relate to it, is 不適合.
 *
 * @param answerIds the 不適合 answers, in catalog order
 */
public record NonconformantMinimumRequirement(RequirementView requirement, List<String> answerIds) {
}
