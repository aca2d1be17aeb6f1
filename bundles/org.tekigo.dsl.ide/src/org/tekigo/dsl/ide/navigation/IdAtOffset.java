package org.tekigo.dsl.ide.navigation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

/**
 * The element an id at an offset stands for: the element it declares ({@code item 2}, {@code
 * statement shared-1}) or the one it cites ({@code 1.1-①-2} in an answer, a requirement after
 * {@code relates}). The caret may stand just after the id, as after a double-click.
 */
public class IdAtOffset {

	@Inject
	private EObjectAtOffsetHelper helper;

	/** The declared or cited element at the offset (or just before it); null where there is none. */
	public EObject elementAt(XtextResource resource, int offset) {
		for (int candidate : new int[] { offset, offset - 1 }) {
			if (candidate < 0) {
				continue;
			}
			EObject declared = helper.getElementWithNameAt(resource, candidate);
			if (declared != null) {
				return declared;
			}
			EObject cited = helper.resolveCrossReferencedElementAt(resource, candidate);
			if (cited != null && !cited.eIsProxy()) {
				return cited;
			}
		}
		return null;
	}

	/** Where the element's own name is written, in its own file; null for an element without one. */
	public static INode nameNode(EObject element) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		if (name == null) {
			return null;
		}
		return NodeModelUtils.findNodesForFeature(element, name).stream().findFirst().orElse(null);
	}
}
