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
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.tekigo.Statement;

/**
 * Exports every named element, and records with a catalog the name of its guideline, so that
 * a disclosure can find the guideline behind its catalog from the index alone; with an item, a
 * requirement and a statement their text, so that they can be found by a word of it (workspace
 * symbols) without loading their file.
 */
public class TekigoResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	public static final String GUIDELINE_KEY = "guideline";
	public static final String TEXT_KEY = "text";

	@Override
	public boolean createEObjectDescriptions(EObject object, IAcceptor<IEObjectDescription> acceptor) {
		if (object instanceof Answer) {
			return false;
		}
		if (object instanceof Catalog catalog) {
			QualifiedName name = getQualifiedNameProvider().getFullyQualifiedName(catalog);
			String guideline = DocumentLinks.guidelineName(catalog);
			if (name != null) {
				acceptor.accept(guideline == null ? EObjectDescription.create(name, catalog)
						: EObjectDescription.create(name, catalog, Map.of(GUIDELINE_KEY, guideline)));
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
