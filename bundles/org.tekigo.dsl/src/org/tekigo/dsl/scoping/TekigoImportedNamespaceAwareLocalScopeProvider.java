package org.tekigo.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.tekigo.dsl.tekigo.Catalog;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Review;
import org.tekigo.dsl.workspace.DocumentLinks;
import org.tekigo.dsl.workspace.TekigoIndex;

import com.google.inject.Inject;

/**
 * A document sees the names of the documents it stands on without qualification: a catalog
 * relates items to {@code 6.3/C/3} of its guideline, a disclosure answers {@code 1.1-①-1} of
 * its catalog and names requirements of the catalog's guideline the same short way, and a review
 * names the items and requirements of the disclosure it judges as the disclosure does.
 */
public class TekigoImportedNamespaceAwareLocalScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Inject
	private TekigoIndex index;

	@Override
	protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		List<ImportNormalizer> resolvers = new ArrayList<>(super.internalGetImportedNamespaceResolvers(context, ignoreCase));
		switch (context) {
			case Catalog catalog -> addWildcard(resolvers, DocumentLinks.guidelineName(catalog), ignoreCase);
			case Disclosure disclosure -> {
				addWildcard(resolvers, DocumentLinks.catalogName(disclosure), ignoreCase);
				addWildcard(resolvers, index.guidelineOfCatalog(disclosure).orElse(null), ignoreCase);
			}
			case Review review -> {
				String catalog = index.catalogOfDisclosure(review).orElse(null);
				addWildcard(resolvers, catalog, ignoreCase);
				addWildcard(resolvers, catalog == null ? null : index.guidelineOfCatalog(review, catalog).orElse(null), ignoreCase);
			}
			default -> {
			}
		}
		return resolvers;
	}

	private void addWildcard(List<ImportNormalizer> resolvers, String namespace, boolean ignoreCase) {
		if (namespace != null) {
			QualifiedName name = getQualifiedNameConverter().toQualifiedName(namespace);
			resolvers.add(new ImportNormalizer(name, true, ignoreCase));
		}
	}
}
