package org.tekigo.dsl.validation;

import org.tekigo.dsl.nls.DslMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Verdict;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.tekigo.dsl.tekigo.Document;
import org.tekigo.dsl.tekigo.TekigoPackage;

import com.google.inject.Inject;

/** Ids must name one thing: two sections 6.3, two items ①-1 of one measure, two statements x. */
public class TekigoNamesValidator extends ComposedValidator {

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private IQualifiedNameConverter converter;

	@Inject
	private ResourceDescriptionsProvider descriptionsProvider;

	@Check(CheckType.NORMAL)
	public void checkIdsAreUnique(Document document) {
		Map<QualifiedName, EObject> declared = new HashMap<>();
		for (TreeIterator<EObject> all = document.eAllContents(); all.hasNext();) {
			EObject element = all.next();
			if (element instanceof Answer || element instanceof Verdict) {
				all.prune(); // nothing in an answer or a verdict has an id of its own
				continue;
			}
			QualifiedName name = names.getFullyQualifiedName(element);
			if (name != null && declared.putIfAbsent(name, element) != null) {
				error(bind(DslMessages.Names_duplicateId, converter.toString(name.skipFirst(1)), document.getName()), element, idFeature(element),
						IssueCodes.DUPLICATE_ID);
			}
		}
	}

	/** Documents link by name across files, so two files declaring one name make links ambiguous. */
	@Check(CheckType.NORMAL)
	public void checkDocumentIsUniqueInWorkspace(Document document) {
		QualifiedName name = names.getFullyQualifiedName(document);
		if (name == null || document.eResource() == null) {
			return;
		}
		for (IEObjectDescription other : descriptionsProvider.getResourceDescriptions(document.eResource())
				.getExportedObjects(TekigoPackage.Literals.DOCUMENT, name, false)) {
			if (!other.getEObjectURI().trimFragment().equals(document.eResource().getURI())) {
				error(bind(DslMessages.Names_duplicateDocument, converter.toString(name),
						other.getEObjectURI().trimFragment().lastSegment()), document, TekigoPackage.Literals.DOCUMENT__NAME,
						IssueCodes.DUPLICATE_ID);
				return;
			}
		}
	}

	private static EStructuralFeature idFeature(EObject element) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		return name != null ? name : TekigoPackage.Literals.REQUIREMENT_CLASS__WEIGHT;
	}
}
