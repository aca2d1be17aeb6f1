package org.tekigo.dsl.validation;

import static org.eclipse.osgi.util.NLS.bind;
import static org.tekigo.dsl.tekigo.TekigoPackage.Literals.*;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.tekigo.dsl.edition.Editions;
import org.tekigo.dsl.nls.DslMessages;
import org.tekigo.dsl.tekigo.Guideline;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.tekigo.RequirementClass;
import org.tekigo.dsl.tekigo.Weight;
import org.tekigo.dsl.workspace.Ids;
import org.tekigo.dsl.workspace.Weights;

/** A guideline's own shape: the weights it uses are the ones it declares, and its editions line up. */
public class TekigoGuidelineValidator extends ComposedValidator {

	@Check
	public void checkClassWeightIsDeclared(RequirementClass requirementClass) {
		checkDeclared(requirementClass, requirementClass.getWeight(), REQUIREMENT_CLASS__WEIGHT);
	}

	@Check
	public void checkRequirementWeightIsDeclared(Requirement requirement) {
		checkDeclared(requirement, requirement.getWeight(), REQUIREMENT__WEIGHT);
	}

	@Check
	public void checkWeightsAreUnique(Guideline guideline) {
		Set<String> seen = new HashSet<>();
		Weight defaultWeight = null;
		for (Weight weight : guideline.getWeights()) {
			if (!seen.add(weight.getName())) {
				error(bind(DslMessages.Names_duplicateId, weight.getName(), guideline.getName()), weight, WEIGHT__NAME,
						IssueCodes.DUPLICATE_ID);
			}
			if (weight.isDefault() && defaultWeight != null) {
				error(bind(DslMessages.Guideline_twoDefaultWeights, guideline.getName(), defaultWeight.getName()), weight,
						WEIGHT__DEFAULT, IssueCodes.TWO_DEFAULT_WEIGHTS);
			} else if (weight.isDefault()) {
				defaultWeight = weight;
			}
		}
	}

	@Check
	public void checkSuccessionIsNoCycle(Guideline guideline) {
		Guideline succeeds = guideline.getSucceeds();
		if (succeeds != null && !succeeds.eIsProxy() && Editions.lineage(succeeds).contains(guideline)) {
			error(bind(DslMessages.Guideline_successionCycle, guideline.getName(), succeeds.getName()), guideline,
					GUIDELINE__SUCCEEDS, IssueCodes.SUCCESSION_CYCLE);
		}
	}

	@Check
	public void checkCounterpartIsInPredecessor(Requirement requirement) {
		Requirement counterpart = requirement.getCounterpart();
		Guideline guideline = Editions.guideline(requirement);
		if (counterpart == null || counterpart.eIsProxy() || guideline == null) {
			return; // an unresolved counterpart is the linker's to report
		}
		Guideline predecessor = Editions.predecessor(guideline).orElse(null);
		if (guideline.getSucceeds() == null) {
			error(bind(DslMessages.Guideline_counterpartWithoutPredecessor, Ids.of(requirement), guideline.getName()), requirement,
					REQUIREMENT__COUNTERPART, IssueCodes.COUNTERPART_OUTSIDE_PREDECESSOR);
		} else if (predecessor != null && Editions.guideline(counterpart) != predecessor) {
			Guideline owner = Editions.guideline(counterpart);
			error(bind(DslMessages.Guideline_counterpartOutsidePredecessor, Ids.of(requirement),
					(owner == null ? "" : owner.getName() + "/") + Ids.of(counterpart), predecessor.getName()), requirement,
					REQUIREMENT__COUNTERPART, IssueCodes.COUNTERPART_OUTSIDE_PREDECESSOR);
		}
	}

	private void checkDeclared(EObject element, String weight, EStructuralFeature feature) {
		Guideline guideline = Editions.guideline(element);
		if (weight == null || guideline == null || Weights.isDeclared(guideline, weight)) {
			return;
		}
		String declared = Weights.of(guideline).stream().map(Weights.RequirementWeight::name).collect(Collectors.joining(", "));
		error(bind(DslMessages.Guideline_undeclaredWeight, weight, guideline.getName(), declared), element, feature,
				IssueCodes.UNDECLARED_WEIGHT, weight);
	}
}
