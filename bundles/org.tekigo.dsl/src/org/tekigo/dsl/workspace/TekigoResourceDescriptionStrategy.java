package org.tekigo.dsl.workspace;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Catalog;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.tekigo.Review;
import org.tekigo.dsl.tekigo.Statement;
import org.tekigo.dsl.tekigo.Verdict;

/**
 * Exports every named element, and records with a catalog the name of its guideline, with a
 * disclosure its catalog's and with a review its disclosure's, so that a document can find what
 * stands behind the document it names from the index alone; with an item, a
 * requirement and a statement their text, so that they can be found by a word of it (workspace
 * symbols) without loading their file.
 */
public class TekigoResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	public static final String GUIDELINE_KEY = "guideline";
	public static final String CATALOG_KEY = "catalog";
	public static final String DISCLOSURE_KEY = "disclosure";
	public static final String TEXT_KEY = "text";

	@Override
	public boolean createEObjectDescriptions(EObject object, IAcceptor<IEObjectDescription> acceptor) {
		if (object instanceof Answer || object instanceof Verdict) {
			return false;
		}
		String[] link = switch (object) {
			case Catalog catalog -> new String[] { GUIDELINE_KEY, DocumentLinks.guidelineName(catalog) };
			case Disclosure disclosure -> new String[] { CATALOG_KEY, DocumentLinks.catalogName(disclosure) };
			case Review review -> new String[] { DISCLOSURE_KEY, DocumentLinks.disclosureName(review) };
			default -> null;
		};
		if (link != null) {
			QualifiedName name = getQualifiedNameProvider().getFullyQualifiedName(object);
			if (name != null) {
				acceptor.accept(link[1] == null ? EObjectDescription.create(name, object)
						: EObjectDescription.create(name, object, Map.of(link[0], link[1])));
			}
			return true;
		}
		String text = switch (object) {
			case Item item -> item.getText();
			case Requirement requirement -> requirement.getText();
			case Statement statement -> statement.getText();
			default -> null;
		};
		if (text != null) {
			QualifiedName name = getQualifiedNameProvider().getFullyQualifiedName(object);
			if (name != null) {
				acceptor.accept(EObjectDescription.create(name, object, Map.of(TEXT_KEY, text)));
			}
			return true;
		}
		return super.createEObjectDescriptions(object, acceptor);
	}
}
