package org.tekigo.dsl.ide.refactoring;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.tekigo.dsl.ide.refactoring.WorkspaceRename.Edit;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Document;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.tekigo.TekigoPackage;
import org.tekigo.dsl.workspace.Ids;
import org.tekigo.dsl.workspace.Requirements;

/**
 * An answer's pin names the requirements it was given against by their ids in the guideline
 * ({@code pinned 3f2a91c0, 6.3/C/3 9a1b2c3d}): plain text, not a link, so the language server's
 * rename does not see it. Renaming a requirement, or a section, heading or qualifier above
 * requirements, changes those ids in the pins of the answers that concern them; the fingerprints
 * stay, as the texts did not change.
 */
final class PinIds {

	private PinIds() {
	}

	/** The edits of the pins that name a requirement whose id the rename changes. */
	static List<Edit> edits(EObject target, String newName, ResourceSet workspace) {
		Map<Requirement, String[]> renamed = renamedIds(target, newName);
		List<Edit> edits = new ArrayList<>();
		if (renamed.isEmpty()) {
			return edits;
		}
		for (Resource resource : List.copyOf(workspace.getResources())) {
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Disclosure disclosure)) {
				continue;
			}
			for (Answer answer : disclosure.getAnswers()) {
				if (answer.getPin() == null) {
					continue;
				}
				INode pin = NodeModelUtils.findNodesForFeature(answer, TekigoPackage.Literals.ANSWER__PIN).stream().findFirst().orElse(null);
				for (Requirement requirement : Requirements.concerned(answer)) {
					String[] ids = renamed.get(requirement);
					if (pin != null && ids != null) {
						// getText() holds the white space before the pin too: offsets from getTotalOffset().
						int at = pin.getText().indexOf(", " + ids[0] + " ");
						if (at >= 0) {
							edits.add(new Edit(resource.getURI(), pin.getTotalOffset() + at + 2, ids[0].length(), ids[1]));
						}
					}
				}
			}
		}
		return edits;
	}

	/** Each requirement at or under the target, with its id before and after the rename. */
	private static Map<Requirement, String[]> renamedIds(EObject target, String newName) {
		int depth = -1;
		for (EObject e = target; e != null && !(e instanceof Document); e = e.eContainer()) {
			depth++;
		}
		List<Requirement> requirements = new ArrayList<>();
		if (target instanceof Requirement requirement) {
			requirements.add(requirement);
		} else {
			target.eAllContents().forEachRemaining(e -> {
				if (e instanceof Requirement requirement) {
					requirements.add(requirement);
				}
			});
		}
		Map<Requirement, String[]> renamed = new IdentityHashMap<>();
		for (Requirement requirement : requirements) {
			String oldId = Ids.of(requirement);
			String[] segments = oldId.split("/", -1);
			if (depth >= 0 && depth < segments.length) {
				segments[depth] = newName;
				renamed.put(requirement, new String[] { oldId, String.join("/", segments) });
			}
		}
		return renamed;
	}
}
