package org.tekigo.dsl.workspace;

import java.util.List;
import java.util.Optional;

import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Requirement;

/** Facts about a requirement read from where it stands in its guideline. */
public final class Requirements {

	private Requirements() {
	}

	/** Whether the requirement weighs as a minimum (must) of its guideline: class C of 5.1, an obligation of 6.0. */
	public static boolean isMinimum(Requirement requirement) {
		return Weights.of(requirement).map(Weights.RequirementWeight::minimum).orElse(false);
	}

	/** The requirements an answer concerns: the one it answers, or else those its item relates to (resolved ones). */
	public static List<Requirement> concerned(Answer answer) {
		if (answer.getItem() == null || answer.getItem().eIsProxy()) {
			return List.of();
		}
		if (answer.getRequirement() != null) {
			return answer.getRequirement().eIsProxy() ? List.of() : List.of(answer.getRequirement());
		}
		return answer.getItem().getRelations().stream().filter(r -> !r.eIsProxy()).toList();
	}

	/**
	 * The first minimum requirement an answer concerns: the one it answers, or else those its
	 * item relates to. Empty when there is none, or the item does not resolve.
	 */
	public static Optional<Requirement> firstMinimum(Answer answer) {
		return concerned(answer).stream().filter(Requirements::isMinimum).findFirst();
	}
}
