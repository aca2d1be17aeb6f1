package org.tekigo.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * Tekigo's validation: one {@code @Check} per rule, grouped by what they look at; every
 * diagnostic carries a code from {@link IssueCodes}.
 */
@ComposedChecks(validators = { TekigoNamesValidator.class, TekigoGuidelineValidator.class, TekigoCatalogValidator.class,
		TekigoDisclosureValidator.class, TekigoAnswerValidator.class, TekigoReviewValidator.class })
public class TekigoValidator extends AbstractTekigoValidator {
}
