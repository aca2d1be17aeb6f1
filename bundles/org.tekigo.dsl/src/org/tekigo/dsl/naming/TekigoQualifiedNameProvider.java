package org.tekigo.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.tekigo.dsl.tekigo.Category;
import org.tekigo.dsl.tekigo.Document;
import org.tekigo.dsl.tekigo.Group;
import org.tekigo.dsl.tekigo.Heading;
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.tekigo.Measure;
import org.tekigo.dsl.tekigo.Qualifier;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.tekigo.RequirementClass;
import org.tekigo.dsl.tekigo.Section;
import org.tekigo.dsl.tekigo.Statement;

import com.google.inject.Inject;

/**
 * Names as the published checklists cite them. Requirements follow the guideline's outline
 * ({@code mhlw51/7.1/C/hospital/5/3}); measures and items are named within their catalog the
 * way vendors cite them ({@code provider/1.1-①}, {@code provider/1.1-①-1}); categories and
 * groups by their numbers. Answers have no name.
 */
public class TekigoQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

	/** Separates group, measure and item in an item's id: 1.1-①-1. */
	public static final String ITEM_SEPARATOR = "-";

	@Inject
	private IResourceScopeCache cache = IResourceScopeCache.NullImpl.INSTANCE;

	@Override
	public QualifiedName getFullyQualifiedName(EObject object) {
		return cache.get(Tuples.pair(object, "fqn"), object.eResource(), () -> computeName(object));
	}

	private QualifiedName computeName(EObject object) {
		return switch (object) {
			case Document document -> single(document.getName());
			case Section section -> child(section.eContainer(), section.getName());
			case RequirementClass requirementClass -> child(requirementClass.eContainer(), requirementClass.getWeight());
			case Qualifier qualifier -> child(qualifier.eContainer(), qualifier.getName());
			case Heading heading -> child(heading.eContainer(), heading.getName());
			case Requirement requirement -> child(requirement.eContainer(), requirement.getName());
			case Category category -> child(category.eContainer(), category.getName());
			case Group group -> inCatalog(group, group.getName());
			case Measure measure -> inCatalog(measure, localId(measure));
			case Item item -> inCatalog(item, localId(item));
			case Statement statement -> child(statement.eContainer(), statement.getName());
			default -> null;
		};
	}

	/** The id of a measure within its catalog: 1.1-①. */
	public static String localId(Measure measure) {
		Group group = (Group) measure.eContainer();
		return group == null || group.getName() == null || measure.getName() == null ? null
				: group.getName() + ITEM_SEPARATOR + measure.getName();
	}

	/** The id of an item within its catalog: 1.1-①-1. */
	public static String localId(Item item) {
		Measure measure = (Measure) item.eContainer();
		String measureId = measure == null ? null : localId(measure);
		return measureId == null || item.getName() == null ? null : measureId + ITEM_SEPARATOR + item.getName();
	}

	private QualifiedName inCatalog(EObject object, String localId) {
		EObject catalog = object;
		while (catalog != null && !(catalog instanceof Document)) {
			catalog = catalog.eContainer();
		}
		return catalog == null ? null : child(catalog, localId);
	}

	private QualifiedName child(EObject parent, String name) {
		if (parent == null || name == null) {
			return null;
		}
		QualifiedName parentName = getFullyQualifiedName(parent);
		return parentName == null ? null : parentName.append(name);
	}

	private static QualifiedName single(String name) {
		return name == null ? null : QualifiedName.create(name);
	}
}
