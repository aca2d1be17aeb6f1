package org.tekigo.dsl.workspace;

import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.tekigo.dsl.naming.TekigoQualifiedNameProvider;
import org.tekigo.dsl.tekigo.Document;
import org.tekigo.dsl.tekigo.Heading;
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.tekigo.Qualifier;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.tekigo.RequirementClass;
import org.tekigo.dsl.tekigo.Section;

/** Ids as a user writes them in messages and references: 1.1-①-1, 6.3/C/3. */
public final class Ids {

	private Ids() {
	}

	public static String of(Item item) {
		String id = TekigoQualifiedNameProvider.localId(item);
		return id == null ? String.valueOf(item.getName()) : id;
	}

	/** A requirement's path inside its guideline: 7.1/C/hospital/5/3. */
	public static String of(Requirement requirement) {
		java.util.List<String> segments = new java.util.ArrayList<>();
		for (EObject e = requirement; e != null && !(e instanceof Document); e = e.eContainer()) {
			segments.add(0, segment(e));
		}
		return segments.stream().collect(Collectors.joining("/"));
	}

	private static String segment(EObject element) {
		return switch (element) {
			case Section section -> section.getName();
			case RequirementClass requirementClass -> requirementClass.getWeight();
			case Qualifier qualifier -> qualifier.getName();
			case Heading heading -> heading.getName();
			case Requirement requirement -> requirement.getName();
			default -> "?";
		};
	}
}
