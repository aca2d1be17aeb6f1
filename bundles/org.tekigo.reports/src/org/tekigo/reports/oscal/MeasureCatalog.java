package org.tekigo.reports.oscal;

import org.tekigo.dsl.tekigo.Catalog;
import org.tekigo.dsl.tekigo.Category;
import org.tekigo.dsl.tekigo.Group;
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.tekigo.Measure;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.workspace.Ids;
import org.tekigo.dsl.workspace.Scales;

/**
 * A catalog of measures as an OSCAL catalog: categories, groups and measures as nested groups
 * (a measure's scenario as a part), each item a control whose statement is the item's text and
 * whose links lead to the guideline's controls it relates to; the answer scale's words as
 * properties in Tekigo's namespace.
 */
final class MeasureCatalog {

	private final Catalog catalog;
	private final OscalExport.Files files;

	MeasureCatalog(Catalog catalog, OscalExport.Files files) {
		this.catalog = catalog;
		this.files = files;
	}

	OscalNode tree(String lastModified) {
		OscalNode root = OscalNode.root("catalog").flag("uuid", OscalIds.uuid(catalog.getName(), "catalog"));
		String version = catalog.getGuideline() == null ? null : catalog.getGuideline().getVersion();
		OscalNode metadata = OscalMetadata.of(catalog.getTitle(), lastModified, version);
		metadata.prop("tekigo-document", "catalog", OscalIds.NS).prop("tekigo-id", catalog.getName(), OscalIds.NS);
		if (catalog.getGuideline() != null && !catalog.getGuideline().eIsProxy()) {
			metadata.prop("guideline", catalog.getGuideline().getName(), OscalIds.NS);
		}
		for (Scales.Entry word : Scales.of(catalog)) {
			metadata.add(OscalNode.assembly("prop", "props").flag("name", "scale-word").flag("ns", OscalIds.NS).flag("value", word.word())
					.flag("class", word.meaning().getLiteral()));
		}
		root.add(metadata);
		for (Category category : catalog.getCategories()) {
			OscalNode categoryGroup = root.child("group", "groups");
			categoryGroup.flag("id", OscalIds.token("cat", category.getName())).field("title", category.getTitle());
			for (Group group : category.getGroups()) {
				OscalNode groupNode = categoryGroup.child("group", "groups").flag("id", OscalIds.token("grp", group.getName()))
						.field("title", group.getTitle());
				for (Measure measure : group.getMeasures()) {
					groupNode.add(measure(group, measure));
				}
			}
		}
		if (catalog.getGuideline() != null && !catalog.getGuideline().eIsProxy()) {
			OscalNode resource = root.child("back-matter", null).child("resource", "resources")
					.flag("uuid", OscalIds.uuid(catalog.getName(), "guideline", catalog.getGuideline().getName()))
					.field("title", catalog.getGuideline().getTitle());
			resource.prop("tekigo-id", catalog.getGuideline().getName(), OscalIds.NS);
			resource.child("rlink", "rlinks").flag("href", files.of(catalog.getGuideline()));
		}
		return root;
	}

	private OscalNode measure(Group group, Measure measure) {
		String id = OscalIds.token("msr", group.getName() + "-" + measure.getName());
		OscalNode node = OscalNode.assembly("group", "groups").flag("id", id).field("title", measure.getName() + measure.getTitle());
		if (measure.getScenario() != null && !measure.getScenario().isBlank()) {
			node.add(OscalNode.assembly("part", "parts").flag("id", id + "_scenario").flag("name", "scenario").flag("ns", OscalIds.NS)
					.prose(measure.getScenario()));
		}
		for (Item item : measure.getItems()) {
			String itemId = OscalIds.control(item);
			OscalNode control = node.child("control", "controls").flag("id", itemId).field("title", Ids.of(item));
			control.prop("tekigo-id", Ids.of(item), OscalIds.NS);
			// OSCAL 1.1 has no link from a control to a control of another catalog (a fragment names a
			// resource of this document's back matter), so the requirements are named by their ids; the
			// guideline's catalog is a resource of the back matter.
			for (Requirement requirement : item.getRelations()) {
				if (!requirement.eIsProxy()) {
					control.prop("relates", Ids.of(requirement), OscalIds.NS);
				}
			}
			control.add(OscalNode.assembly("part", "parts").flag("id", itemId + "_smt").flag("name", "statement").prose(item.getText()));
		}
		return node;
	}
}
