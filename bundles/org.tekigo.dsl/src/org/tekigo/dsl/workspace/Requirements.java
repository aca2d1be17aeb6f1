package org.tekigo.dsl.workspace;

import org.eclipse.emf.ecore.EObject;
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
}
