package org.tekigo.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.ImportScope;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.tekigo.dsl.tekigo.Catalog;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Guideline;
import org.tekigo.dsl.tekigo.TekigoPackage;
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

	/**
	 * A requirement's counterpart is in the edition its guideline succeeds: written as there
	 * ({@code was 6.5/C/7}) or fully qualified, never found among the guideline's own requirements.
	 */
	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference != TekigoPackage.Literals.REQUIREMENT__COUNTERPART) {
			return super.getScope(context, reference);
		}
		IScope global = getGlobalScope(context.eResource(), reference);
		String predecessor = EcoreUtil.getRootContainer(context) instanceof Guideline guideline
				? DocumentLinks.succeededName(guideline) : null;
		if (predecessor == null) {
			return global;
		}
		ImportNormalizer normalizer = new ImportNormalizer(getQualifiedNameConverter().toQualifiedName(predecessor), true, false);
		return new ImportScope(List.of(normalizer), global, null, reference.getEReferenceType(), false);
	}

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
