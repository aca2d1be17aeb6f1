package org.tekigo.reports.gap;

import java.util.List;

import org.tekigo.reports.model.DisclosureView.AnswerView;
import org.tekigo.reports.model.DisclosureView.RemediationView;
import org.tekigo.reports.model.DisclosureView.RequirementView;

/** One answer that is a gap (不適合, いいえ), with the requirements it fails and what is planned about it. */
public record Gap(ItemContext item, AnswerView answer, List<RequirementView> requirements, GapWeight weight) {

	public String id() {
		return answer.id();
	}

	public String comment() {
		return answer.comment() == null ? "" : answer.comment();
	}

	/**
	 * Whether a remediation plan is written down; owner and date alone are not a plan, but on a
	 * scale whose gap word asks for a target date and no plan (the cybersecurity checklist's
	 * いいえ), the date is all there is to plan.
	 */
	public boolean hasPlan() {
		RemediationView remediation = answer.remediation();
		return remediation != null && (notBlank(remediation.plan()) || answer.status().datedOnly() && notBlank(remediation.due()));
	}

	private static boolean notBlank(String text) {
		return text != null && !text.isBlank();
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
