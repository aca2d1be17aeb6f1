package org.tekigo.importer;

import org.tekigo.dsl.tekigo.Catalog;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Guideline;

/** The three documents a published checklist holds. */
public record ChecklistModel(Guideline guideline, Catalog catalog, Disclosure disclosure) {
}
