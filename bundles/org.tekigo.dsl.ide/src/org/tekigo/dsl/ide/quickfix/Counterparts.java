package org.tekigo.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.tekigo.dsl.edition.Editions;
import org.tekigo.dsl.edition.RequirementMapping;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Requirement;

/**
 * The requirements of an answer's item that continue the requirement the answer names: the one
 * that names it as its counterpart ({@code was 6.5/C/7}, read as written, so that it works when
 * that edition is no longer in the workspace), or, when the named one still resolves, the one its
 * chain of editions leads to.
 */
final class Counterparts {

	private Counterparts() {
	}

	static List<Requirement> of(Answer answer, String writtenId) {
		List<Requirement> found = new ArrayList<>();
		Requirement named = answer.getRequirement() == null || answer.getRequirement().eIsProxy() ? null : answer.getRequirement();
		for (Requirement related : answer.getItem().getRelations()) {
			if (related.eIsProxy() || related == named) {
				continue;
			}
			String was = Editions.writtenCounterpart(related);
			boolean namesIt = was != null && (was.equals(writtenId) || was.endsWith("/" + writtenId));
			boolean leadsToIt = named != null && Editions.guideline(named) != null && Editions.guideline(related) != null
					&& RequirementMapping.between(Editions.guideline(named), Editions.guideline(related)).map(named)
							.filter(related::equals).isPresent();
			if (namesIt || leadsToIt) {
				found.add(related);
			}
		}
		return found;
	}
}
