package org.tekigo.dsl.workspace;

import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Review;
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
		return guidelineOfCatalog(disclosure, DocumentLinks.catalogName(disclosure));
	}

	/** The guideline a catalog stands on, if that catalog is indexed. */
	public Optional<String> guidelineOfCatalog(EObject context, String catalog) {
		return find(context, TekigoPackage.Literals.CATALOG, catalog)
				.map(description -> description.getUserData(TekigoResourceDescriptionStrategy.GUIDELINE_KEY));
	}

	/** The catalog answered by the disclosure a review judges, if that disclosure is indexed. */
	public Optional<String> catalogOfDisclosure(Review review) {
		return find(review, TekigoPackage.Literals.DISCLOSURE, DocumentLinks.disclosureName(review))
				.map(description -> description.getUserData(TekigoResourceDescriptionStrategy.CATALOG_KEY));
	}

	/** The names of the reviews in the workspace that judge the named disclosure. */
	public java.util.List<String> reviewsOf(EObject context, String disclosure) {
		java.util.List<String> reviews = new java.util.ArrayList<>();
		if (disclosure == null || context.eResource() == null) {
			return reviews;
		}
		for (IEObjectDescription description : descriptionsProvider.getResourceDescriptions(context.eResource())
				.getExportedObjectsByType(TekigoPackage.Literals.REVIEW)) {
			if (disclosure.equals(description.getUserData(TekigoResourceDescriptionStrategy.DISCLOSURE_KEY))) {
				reviews.add(names.toString(description.getName()));
			}
		}
		return reviews;
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
