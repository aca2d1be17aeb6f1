package org.tekigo.dsl.workspace;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.tekigo.dsl.tekigo.Guideline;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.tekigo.RequirementClass;
import org.tekigo.dsl.tekigo.Weight;
import org.tekigo.dsl.tekigo.WeightLevel;

/**
 * What a guideline's requirements weigh: the weights it declares, or, when it declares none, those
 * of the MHLW guideline 5.1 (C 最低限のガイドライン = minimum, D 推奨されるガイドライン =
 * recommended), so that every guideline written before weights were declared reads as it did.
 */
public final class Weights {

	/** A weight as the reports and the editors show it. */
	public record RequirementWeight(String name, String title, WeightLevel level) {
		public boolean minimum() {
			return level == WeightLevel.MINIMUM;
		}
	}

	/** The weights of a guideline that declares none: the 5.1 edition's classes. */
	public static final List<RequirementWeight> MHLW51 = List.of(
			new RequirementWeight("C", "C.最低限のガイドライン", WeightLevel.MINIMUM),
			new RequirementWeight("D", "D.推奨されるガイドライン", WeightLevel.RECOMMENDED));

	private Weights() {
	}

	/** The weights in force in a guideline, in the order declared. */
	public static List<RequirementWeight> of(Guideline guideline) {
		if (guideline == null || guideline.getWeights().isEmpty()) {
			return MHLW51;
		}
		return guideline.getWeights().stream().filter(w -> w.getName() != null && w.getLevel() != null)
				.map(Weights::view).toList();
	}

	/** The weight a requirement carries, when it has one that its guideline declares. */
	public static Optional<RequirementWeight> of(Requirement requirement) {
		if (requirement == null || requirement.eIsProxy()) {
			return Optional.empty();
		}
		String name = nameOf(requirement);
		Guideline guideline = guideline(requirement);
		return of(guideline).stream().filter(w -> w.name().equals(name)).findFirst();
	}

	/**
	 * The name of the weight written for a requirement, declared or not: its own, else its class's,
	 * else the guideline's default weight; null when none is written.
	 */
	public static String nameOf(Requirement requirement) {
		if (requirement.getWeight() != null) {
			return requirement.getWeight();
		}
		for (EObject e = requirement.eContainer(); e != null; e = e.eContainer()) {
			if (e instanceof RequirementClass requirementClass) {
				return requirementClass.getWeight();
			}
		}
		Guideline guideline = guideline(requirement);
		return guideline == null ? null
				: guideline.getWeights().stream().filter(Weight::isDefault).map(Weight::getName).findFirst().orElse(null);
	}

	/** Whether the guideline declares (or, declaring none, has by default) a weight of this name. */
	public static boolean isDeclared(Guideline guideline, String name) {
		return of(guideline).stream().anyMatch(w -> w.name().equals(name));
	}

	/** The names of the weights of this level in a guideline: "C" for the minimum of 5.1. */
	public static List<String> names(Guideline guideline, WeightLevel level) {
		return of(guideline).stream().filter(w -> w.level() == level).map(RequirementWeight::name).toList();
	}

	private static RequirementWeight view(Weight weight) {
		return new RequirementWeight(weight.getName(), weight.getTitle() == null ? weight.getName() : weight.getTitle(),
				weight.getLevel());
	}

	private static Guideline guideline(EObject element) {
		return EcoreUtil.getRootContainer(element) instanceof Guideline guideline ? guideline : null;
	}
}
