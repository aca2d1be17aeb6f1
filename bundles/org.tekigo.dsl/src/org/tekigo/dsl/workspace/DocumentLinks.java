package org.tekigo.dsl.workspace;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.tekigo.dsl.tekigo.Catalog;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Document;
import org.tekigo.dsl.tekigo.Guideline;
import org.tekigo.dsl.tekigo.Review;
import org.tekigo.dsl.tekigo.TekigoPackage;

/**
 * The name a document gives for the document it stands on (a catalog's guideline, a
 * disclosure's catalog, a review's disclosure), read without resolving the reference. Scoping needs these names
 * while the references themselves are being linked, so resolving them here would cycle.
 */
public final class DocumentLinks {

	private DocumentLinks() {
	}

	public static String guidelineName(Catalog catalog) {
		return referencedName(catalog, TekigoPackage.Literals.CATALOG__GUIDELINE);
	}

	/** The guideline a guideline succeeds (its earlier edition), as written; null when it names none. */
	public static String succeededName(Guideline guideline) {
		return referencedName(guideline, TekigoPackage.Literals.GUIDELINE__SUCCEEDS);
	}

	public static String catalogName(Disclosure disclosure) {
		return referencedName(disclosure, TekigoPackage.Literals.DISCLOSURE__CATALOG);
	}

	public static String disclosureName(Review review) {
		return referencedName(review, TekigoPackage.Literals.REVIEW__DISCLOSURE);
	}

	private static String referencedName(EObject owner, EReference reference) {
		Object target = owner.eGet(reference, false);
		if (target instanceof Document document && !document.eIsProxy()) {
			return document.getName();
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, reference);
		if (nodes.isEmpty()) {
			return null;
		}
		String text = NodeModelUtils.getTokenText(nodes.get(0)).trim();
		return text.isEmpty() ? null : text;
	}
}
