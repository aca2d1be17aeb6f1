package org.tekigo.dsl.workspace;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.ClassKind;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.tekigo.RequirementClass;

/** Facts about a requirement read from where it stands in its guideline. */
public final class Requirements {

	private Requirements() {
	}

	/** C (minimum) or D (recommended); null while the requirement is not resolved. */
	public static ClassKind classOf(Requirement requirement) {
		if (requirement == null || requirement.eIsProxy()) {
			return null;
		}
		for (EObject e = requirement.eContainer(); e != null; e = e.eContainer()) {
			if (e instanceof RequirementClass requirementClass) {
				return requirementClass.getKind();
			}
		}
		return null;
	}

	public static boolean isMinimum(Requirement requirement) {
		return classOf(requirement) == ClassKind.C;
	}

	/**
	 * The first minimum (C) requirement an answer concerns: the one it answers, or else those its
	 * item relates to. Empty when there is none, or the item does not resolve.
	 */
	public static Optional<Requirement> firstMinimum(Answer answer) {
		if (answer.getItem() == null || answer.getItem().eIsProxy()) {
			return Optional.empty();
		}
		List<Requirement> concerned = answer.getRequirement() != null ? List.of(answer.getRequirement())
				: answer.getItem().getRelations();
		return concerned.stream().filter(Requirements::isMinimum).findFirst();
	}
}
