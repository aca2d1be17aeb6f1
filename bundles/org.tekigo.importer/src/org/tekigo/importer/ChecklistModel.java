package org.tekigo.importer;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.tekigo.dsl.tekigo.Catalog;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Document;
import org.tekigo.dsl.tekigo.Guideline;

/**
 * The documents a published checklist holds: the guideline requirements it cites, the provider
 * guideline's measures and the vendor's answers, and the earlier edition of those requirements it
 * prints beside them with the same measures related to it; and for its items and answers the line
 * of the checklist they were read from (the line of the answer word), to name in messages.
 */
public record ChecklistModel(Guideline guideline, Catalog catalog, Disclosure disclosure, Guideline earlierGuideline,
		Catalog earlierCatalog, Map<EObject, Integer> sourceLines) {

	public ChecklistModel {
		sourceLines = Map.copyOf(sourceLines);
	}

	/** Every document, in the order they are written: the editions, the catalogs, the disclosure. */
	public List<Document> documents() {
		return List.of(earlierGuideline, guideline, earlierCatalog, catalog, disclosure);
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
