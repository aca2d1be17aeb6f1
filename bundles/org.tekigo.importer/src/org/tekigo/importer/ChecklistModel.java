package org.tekigo.importer;

import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.tekigo.dsl.tekigo.Catalog;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Guideline;

/**
 * The three documents a published checklist holds, and for its items and answers the line of
 * the checklist they were read from (the line of the answer word), to name in messages.
 */
public record ChecklistModel(Guideline guideline, Catalog catalog, Disclosure disclosure, Map<EObject, Integer> sourceLines) {

	public ChecklistModel {
		sourceLines = Map.copyOf(sourceLines);
	}

	/** The checklist line of the element or of the nearest item or answer containing it. */
	public Optional<Integer> sourceLine(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			Integer line = sourceLines.get(e);
			if (line != null) {
				return Optional.of(line);
			}
		}
		return Optional.empty();
	}
}
