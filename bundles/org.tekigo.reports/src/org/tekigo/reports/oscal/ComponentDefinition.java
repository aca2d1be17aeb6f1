package org.tekigo.reports.oscal;

import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Evidence;
import org.tekigo.dsl.tekigo.EvidenceKind;
import org.tekigo.dsl.tekigo.Meaning;
import org.tekigo.dsl.tekigo.Remediation;
import org.tekigo.dsl.workspace.Ids;
import org.tekigo.dsl.workspace.Scales;

/**
 * A disclosure as an OSCAL component-definition: the vendor's service as one component whose
 * control-implementation answers the catalog of measures, each answer an implemented-requirement
 * of its item's control. OSCAL has no word for "not conformant", so the status (the scale's word
 * and what it means), the requirement a per-requirement answer concerns, the shared statement an
 * answer refers to, the plan, owner and due date and the pin are properties in Tekigo's
 * namespace; the comment is the description, URLs given as evidence are links.
 */
final class ComponentDefinition {

	/** An answer without a comment still needs a description; the property says there was none. */
	static final String NO_COMMENT = "comment-empty";

	private final Disclosure disclosure;
	private final OscalExport.Files files;

	ComponentDefinition(Disclosure disclosure, OscalExport.Files files) {
		this.disclosure = disclosure;
		this.files = files;
	}

	OscalNode tree(String lastModified) {
		String name = disclosure.getName();
		OscalNode root = OscalNode.root("component-definition").flag("uuid", OscalIds.uuid(name, "component-definition"));
		root.add(OscalMetadata.of(disclosure, lastModified));
		OscalNode component = root.child("component", "components").flag("uuid", OscalIds.uuid(name, "component")).flag("type", "service")
				.field("title", disclosure.getTitle())
				.markup("description", disclosure.getTitle() + ": " + disclosure.getCatalog().getTitle());
		OscalNode implementation = component.child("control-implementation", "control-implementations")
				.flag("uuid", OscalIds.uuid(name, "control-implementation")).flag("source", files.of(disclosure.getCatalog()))
				.markup("description", disclosure.getCatalog().getTitle());
		for (Answer answer : disclosure.getAnswers()) {
			implementation.add(requirement(answer));
		}
		return root;
	}

	private static boolean isUri(String value) {
		try {
			return java.net.URI.create(value).isAbsolute();
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	private OscalNode requirement(Answer answer) {
		String requirementId = answer.getRequirement() == null ? "" : Ids.of(answer.getRequirement());
		OscalNode node = OscalNode.assembly("implemented-requirement", "implemented-requirements")
				.flag("uuid", OscalIds.uuid(disclosure.getName(), "answer", Ids.of(answer.getItem()), requirementId))
				.flag("control-id", OscalIds.control(answer.getItem()));
		String comment = answer.getStatement() != null ? answer.getStatement().getText() : answer.getComment();
		boolean noComment = comment == null || comment.isBlank();
		node.markup("description", noComment ? answer.getStatus() : comment);
		node.prop("status", answer.getStatus(), OscalIds.NS);
		Meaning meaning = Scales.meaning(answer);
		node.prop("meaning", meaning == null ? null : meaning.getLiteral(), OscalIds.NS);
		node.prop("requirement", requirementId, OscalIds.NS);
		if (noComment) {
			node.prop(NO_COMMENT, "true", OscalIds.NS);
		}
		if (answer.getStatement() != null) {
			node.prop("statement", answer.getStatement().getName(), OscalIds.NS);
		}
		Remediation remediation = answer.getRemediation();
		if (remediation != null) {
			node.prop("plan", remediation.getPlan(), OscalIds.NS).prop("owner", remediation.getOwner(), OscalIds.NS)
					.prop("due", remediation.getDue(), OscalIds.NS);
		}
		// The pin as its fingerprints ("c36f0efc, 6.5/C/2 11166a10"), without the keyword the Tekigo text writes before them.
		node.prop("pin", answer.getPin() == null ? null : answer.getPin().replaceFirst("^pinned\\s+", ""), OscalIds.NS);
		// Properties before links, as OSCAL's XML schema orders them; a URL OSCAL cannot take as a link stays a property.
		for (Evidence evidence : answer.getEvidence()) {
			if (evidence.getKind() != EvidenceKind.URL || !isUri(evidence.getValue())) {
				node.prop("evidence-" + evidence.getKind().getLiteral(), evidence.getValue(), OscalIds.NS);
			}
		}
		for (Evidence evidence : answer.getEvidence()) {
			if (evidence.getKind() == EvidenceKind.URL && isUri(evidence.getValue())) {
				node.link(evidence.getValue(), "reference");
			}
		}
		return node;
	}
}
