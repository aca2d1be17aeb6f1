package org.tekigo.reports.gap;

import java.util.List;

import org.tekigo.reports.model.DisclosureView.AnswerView;
import org.tekigo.reports.model.DisclosureView.RemediationView;
import org.tekigo.reports.model.DisclosureView.RequirementView;

/** One 不適合 answer, with the requirements it fails and what is planned about it. */
public record Gap(ItemContext item, AnswerView answer, List<RequirementView> requirements, GapWeight weight) {

	public String id() {
		return answer.id();
	}

	public String comment() {
		return answer.comment() == null ? "" : answer.comment();
	}

	/** Whether a remediation plan is written down; owner and date alone are not a plan. */
	public boolean hasPlan() {
		RemediationView remediation = answer.remediation();
		return remediation != null && remediation.plan() != null && !remediation.plan().isBlank();
	}

	public String plan() {
		return answer.remediation() == null ? "" : orEmpty(answer.remediation().plan());
	}

	public String owner() {
		return answer.remediation() == null ? "" : orEmpty(answer.remediation().owner());
	}

	public String due() {
		return answer.remediation() == null ? "" : orEmpty(answer.remediation().due());
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}
