package org.tekigo.dsl.validation;

import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * A group of checks composed into {@link TekigoValidator} by {@code @ComposedChecks}; only
 * TekigoValidator registers with EMF, so the checks of a group are not run twice.
 */
abstract class ComposedValidator extends AbstractDeclarativeValidator {

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into TekigoValidator, which registers for the package
	}
}
