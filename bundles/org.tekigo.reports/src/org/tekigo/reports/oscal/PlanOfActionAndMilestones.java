package org.tekigo.reports.oscal;

import java.util.List;

import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Remediation;
import org.tekigo.dsl.workspace.Ids;
import org.tekigo.dsl.workspace.Scales;

/**
 * The plans of a disclosure's gaps as an OSCAL plan-of-action-and-milestones: one POA&M item per
 * answer that is a gap (不適合, or what the catalog's scale says is one) and has a plan, an owner
 * or a due date; the plan is the description, the owner, due date, status and requirement are
 * properties in Tekigo's namespace. A disclosure without such a plan has no POA&M.
 */
final class PlanOfActionAndMilestones {

	private final Disclosure disclosure;

	PlanOfActionAndMilestones(Disclosure disclosure) {
		this.disclosure = disclosure;
	}

	/** The answers the POA&M holds: gaps with a plan, owner or due date. */
	List<Answer> planned() {
		return disclosure.getAnswers().stream().filter(answer -> answer.getRemediation() != null && Scales.isGap(answer)).toList();
	}

	OscalNode tree(String lastModified) {
		String name = disclosure.getName();
		OscalNode root = OscalNode.root("plan-of-action-and-milestones").flag("uuid", OscalIds.uuid(name, "poam"));
		root.add(OscalMetadata.of(disclosure, lastModified));
		root.field("system-id", name, "identifier-type", OscalIds.NS, "id");
		for (Answer answer : planned()) {
			Remediation remediation = answer.getRemediation();
			String requirement = answer.getRequirement() == null ? null : Ids.of(answer.getRequirement());
			String reference = Ids.of(answer.getItem()) + (requirement == null ? "" : " [" + requirement + "]");
			OscalNode item = root.child("poam-item", "poam-items").flag("uuid", OscalIds.uuid(name, "poam-item", reference))
					.field("title", reference)
					.markup("description", remediation.getPlan() != null ? remediation.getPlan() : answer.getItem().getText());
			item.prop("status", answer.getStatus(), OscalIds.NS).prop("requirement", requirement, OscalIds.NS)
					.prop("owner", remediation.getOwner(), OscalIds.NS).prop("due", remediation.getDue(), OscalIds.NS);
			item.markup("remarks", answer.getComment());
		}
		return root;
	}
}
