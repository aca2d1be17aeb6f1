package org.tekigo.reports.oscal;

import org.tekigo.dsl.tekigo.Guideline;
import org.tekigo.dsl.tekigo.Heading;
import org.tekigo.dsl.tekigo.Qualifier;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.tekigo.RequirementClass;
import org.tekigo.dsl.tekigo.RequirementMember;
import org.tekigo.dsl.tekigo.Section;
import org.tekigo.dsl.tekigo.SectionMember;
import org.tekigo.dsl.tekigo.Weight;
import org.tekigo.dsl.workspace.Ids;
import org.tekigo.dsl.workspace.Weights;

/**
 * A guideline as an OSCAL catalog: its sections as groups, nested as the guideline nests them;
 * each requirement a control whose statement is the requirement's text, with the earlier text
 * and its weight (the name, minimum or recommended as the class, the printed word as remarks)
 * in Tekigo's namespace, and a link to its counterpart in the edition it succeeds.
 */
final class GuidelineCatalog {

	private final Guideline guideline;
	private final OscalExport.Files files;

	GuidelineCatalog(Guideline guideline, OscalExport.Files files) {
		this.guideline = guideline;
		this.files = files;
	}

	OscalNode tree(String lastModified) {
		OscalNode catalog = OscalNode.root("catalog").flag("uuid", OscalIds.uuid(guideline.getName(), "catalog"));
		OscalNode metadata = OscalMetadata.of(guideline.getTitle(), lastModified, guideline.getVersion());
		metadata.prop("tekigo-document", "guideline", OscalIds.NS).prop("tekigo-id", guideline.getName(), OscalIds.NS);
		if (guideline.getSucceeds() != null && !guideline.getSucceeds().eIsProxy()) {
			metadata.prop("succeeds", guideline.getSucceeds().getName(), OscalIds.NS);
		}
		for (Weight weight : guideline.getWeights()) {
			metadata.add(OscalNode.assembly("prop", "props").flag("name", "weight").flag("ns", OscalIds.NS).flag("value", weight.getName())
					.flag("class", weight.getLevel().getLiteral()).markup("remarks", weight.getTitle()));
		}
		catalog.add(metadata);
		for (Section section : guideline.getSections()) {
			catalog.add(group(section, section.getName()));
		}
		return catalog;
	}

	private OscalNode group(Section section, String path) {
		OscalNode group = OscalNode.assembly("group", "groups").flag("id", OscalIds.token("sec", path)).field("title", section.getTitle());
		group.prop("section", section.getName(), OscalIds.NS);
		// Controls before groups: a reader sees a section's own requirements first, as the guideline prints them.
		for (SectionMember member : section.getMembers()) {
			if (member instanceof RequirementClass requirementClass) {
				members(group, requirementClass.getMembers(), null);
			} else if (member instanceof RequirementMember requirementMember) {
				members(group, java.util.List.of(requirementMember), null);
			}
		}
		for (SectionMember member : section.getMembers()) {
			if (member instanceof Section nested) {
				group.add(group(nested, path + "." + nested.getName()));
			}
		}
		return group;
	}

	private void members(OscalNode group, java.util.List<? extends RequirementMember> members, String context) {
		for (RequirementMember member : members) {
			if (member instanceof Requirement requirement) {
				group.add(control(requirement, context));
			} else if (member instanceof Qualifier qualifier) {
				members(group, qualifier.getMembers(), qualifier.getTitle());
			} else if (member instanceof Heading heading) {
				members(group, heading.getMembers(), heading.getTitle());
			}
		}
	}

	private OscalNode control(Requirement requirement, String context) {
		String id = OscalIds.token("req", Ids.of(requirement));
		OscalNode control = OscalNode.assembly("control", "controls").flag("id", id).field("title", Ids.of(requirement));
		control.prop("tekigo-id", Ids.of(requirement), OscalIds.NS);
		Weights.of(requirement).ifPresent(weight -> control.add(OscalNode.assembly("prop", "props").flag("name", "weight")
				.flag("ns", OscalIds.NS).flag("value", weight.name()).flag("class", weight.level().getLiteral())));
		control.prop("context", context, OscalIds.NS);
		Requirement counterpart = requirement.getCounterpart();
		if (counterpart != null && !counterpart.eIsProxy() && guideline.getSucceeds() != null) {
			control.link(files.of(guideline.getSucceeds()) + "#" + OscalIds.token("req", Ids.of(counterpart)), "was");
		}
		control.add(OscalNode.assembly("part", "parts").flag("id", id + "_smt").flag("name", "statement").prose(requirement.getText()));
		if (requirement.getPrevious() != null && !requirement.getPrevious().isBlank()) {
			control.add(OscalNode.assembly("part", "parts").flag("id", id + "_previous").flag("name", "previous-text")
					.flag("ns", OscalIds.NS).prose(requirement.getPrevious()));
		}
		return control;
	}
}
