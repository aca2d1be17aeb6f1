package org.tekigo.robustness;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Whether two parsed documents say the same thing, whatever their layout: the same elements
 * with the same values, and references written with the same names. (EMF's own equality would
 * compare unresolved references by proxy URIs, which count the nodes of the layout.)
 */
final class ModelEquality {

	private ModelEquality() {
	}

	/** Null when equal, else the path of the first difference. */
	static String difference(EObject a, EObject b) {
		if (a.eClass() != b.eClass()) {
			return a.eClass().getName() + " / " + b.eClass().getName();
		}
		for (EStructuralFeature feature : a.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient()) {
				continue;
			}
			String where = a.eClass().getName() + "." + feature.getName();
			if (feature instanceof EAttribute) {
				if (!Objects.equals(a.eGet(feature), b.eGet(feature))) {
					return where + ": " + a.eGet(feature) + " / " + b.eGet(feature);
				}
			} else if (((EReference) feature).isContainment()) {
				List<EObject> left = contents(a, feature), right = contents(b, feature);
				if (left.size() != right.size()) {
					return where + ": " + left.size() + " / " + right.size() + " elements";
				}
				for (int i = 0; i < left.size(); i++) {
					String difference = difference(left.get(i), right.get(i));
					if (difference != null) {
						return where + "[" + i + "] " + difference;
					}
				}
			} else if (!linkTexts(a, (EReference) feature).equals(linkTexts(b, (EReference) feature))) {
				return where + ": " + linkTexts(a, (EReference) feature) + " / " + linkTexts(b, (EReference) feature);
			}
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> contents(EObject owner, EStructuralFeature feature) {
		Object value = owner.eGet(feature, false);
		return feature.isMany() ? (List<EObject>) value : value == null ? List.of() : List.of((EObject) value);
	}

	/** The names as written for a cross-reference, without resolving it (comments and layout aside). */
	private static List<String> linkTexts(EObject owner, EReference reference) {
		return NodeModelUtils.findNodesForFeature(owner, reference).stream().map(NodeModelUtils::getTokenText).toList();
	}
}
