package org.tekigo.dsl.ide.outline;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.tekigo.TekigoPackage;
import org.tekigo.dsl.workspace.Ids;

/**
 * The ids an answer names (1.1-①-1, 6.3/C/3). While the user types, references often do not
 * resolve; the views then show the id as written rather than nothing.
 */
public final class AnswerIds {

	private AnswerIds() {
	}

	public static String item(Answer answer) {
		Item item = answer.getItem();
		if (item != null && !item.eIsProxy()) {
			return Ids.of(item);
		}
		String written = written(answer, TekigoPackage.Literals.ANSWER__ITEM);
		return written == null ? "?" : written;
	}

	/** The requirement an answer per requirement names; null for an answer to the whole item. */
	public static String requirement(Answer answer) {
		Requirement requirement = answer.getRequirement();
		if (requirement != null && !requirement.eIsProxy()) {
			return Ids.of(requirement);
		}
		return written(answer, TekigoPackage.Literals.ANSWER__REQUIREMENT);
	}

	private static String written(EObject owner, EReference reference) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, reference);
		return nodes.isEmpty() ? null : NodeModelUtils.getTokenText(nodes.get(0));
	}
}
