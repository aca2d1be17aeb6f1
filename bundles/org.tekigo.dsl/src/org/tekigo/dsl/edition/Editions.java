package org.tekigo.dsl.edition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.tekigo.dsl.tekigo.Guideline;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.tekigo.TekigoPackage;
import org.tekigo.dsl.workspace.Ids;

/**
 * Editions of a guideline: which one a guideline succeeds, and which requirement of that one each
 * of its requirements continues (the one it names with {@code was}, else the one of the same id).
 */
public final class Editions {

	private Editions() {
	}

	/** The guideline this one succeeds, when it names one that is in the workspace. */
	public static Optional<Guideline> predecessor(Guideline guideline) {
		Guideline succeeds = guideline == null ? null : guideline.getSucceeds();
		return succeeds == null || succeeds.eIsProxy() ? Optional.empty() : Optional.of(succeeds);
	}

	/** The guideline and those it succeeds, newest first, each once (a cycle of editions ends the walk). */
	public static List<Guideline> lineage(Guideline guideline) {
		List<Guideline> lineage = new ArrayList<>();
		for (Guideline g = guideline; g != null && !lineage.contains(g); g = predecessor(g).orElse(null)) {
			lineage.add(g);
		}
		return lineage;
	}

	/** A guideline's requirements by their id in it (6.3/C/3), in the guideline's order. */
	public static Map<String, Requirement> requirementsById(Guideline guideline) {
		Map<String, Requirement> byId = new LinkedHashMap<>();
		guideline.eAllContents().forEachRemaining(element -> {
			if (element instanceof Requirement requirement && requirement.getName() != null) {
				byId.putIfAbsent(Ids.of(requirement), requirement);
			}
		});
		return byId;
	}

	/** The guideline a requirement belongs to; null for a proxy or a detached one. */
	public static Guideline guideline(EObject element) {
		return element == null || element.eIsProxy() || !(EcoreUtil.getRootContainer(element) instanceof Guideline g) ? null : g;
	}

	/**
	 * The requirement's counterpart in the edition its guideline succeeds, looked up in {@code byId}
	 * (that edition's requirements by id): the one it names with {@code was}, else the one of its own id.
	 */
	static Optional<Requirement> counterpart(Requirement requirement, Map<String, Requirement> byId) {
		if (requirement.getCounterpart() != null) {
			Requirement named = requirement.getCounterpart();
			return named.eIsProxy() ? Optional.empty() : Optional.of(named);
		}
		return Optional.ofNullable(byId.get(Ids.of(requirement)));
	}

	/** The counterpart as written after {@code was} ("6.5/C/7"), read without resolving it; null when none is written. */
	public static String writtenCounterpart(Requirement requirement) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(requirement, TekigoPackage.Literals.REQUIREMENT__COUNTERPART);
		return nodes.isEmpty() ? null : NodeModelUtils.getTokenText(nodes.get(0)).trim();
	}
}
