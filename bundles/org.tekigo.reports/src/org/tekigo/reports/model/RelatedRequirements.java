package org.tekigo.reports.model;

import java.util.List;

import org.tekigo.reports.model.DisclosureView.AnswerView;
import org.tekigo.reports.model.DisclosureView.ItemView;
import org.tekigo.reports.model.DisclosureView.RequirementView;

/** Which requirements an answer speaks to; the one rule every report must agree on. */
public final class RelatedRequirements {

	private RelatedRequirements() {
	}

	/**
	 * The requirement answered separately, or all the item's requirements for an answer to the
	 * whole item or for an unanswered item ({@code answer == null}).
	 */
	public static List<RequirementView> of(ItemView item, AnswerView answer) {
		return answer != null && answer.requirement() != null ? List.of(answer.requirement()) : item.requirements();
	}
}
