package org.tekigo.dsl.workspace;

import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.TekigoPackage;

import com.google.inject.Inject;

/** Questions about the workspace answered from the Xtext index, without loading documents. */
public class TekigoIndex {

	@Inject
	private ResourceDescriptionsProvider descriptionsProvider;

	@Inject
	private IQualifiedNameConverter names;

	/** The guideline named by the catalog that a disclosure answers, if that catalog is indexed. */
	public Optional<String> guidelineOfCatalog(Disclosure disclosure) {
		return find(disclosure, TekigoPackage.Literals.CATALOG, DocumentLinks.catalogName(disclosure))
				.map(catalog -> catalog.getUserData(TekigoResourceDescriptionStrategy.GUIDELINE_KEY));
	}

	public boolean hasCatalog(EObject context, String name) {
		return find(context, TekigoPackage.Literals.CATALOG, name).isPresent();
	}

	public boolean hasGuideline(EObject context, String name) {
		return find(context, TekigoPackage.Literals.GUIDELINE, name).isPresent();
	}

	private Optional<IEObjectDescription> find(EObject context, EClass type, String name) {
		if (name == null || context.eResource() == null) {
			return Optional.empty();
		}
		IResourceDescriptions index = descriptionsProvider.getResourceDescriptions(context.eResource());
		for (IEObjectDescription description : index.getExportedObjects(type, names.toQualifiedName(name), false)) {
			return Optional.of(description);
		}
		return Optional.empty();
	}
}
