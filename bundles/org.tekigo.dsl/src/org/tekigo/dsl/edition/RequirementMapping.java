package org.tekigo.dsl.edition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tekigo.dsl.tekigo.Guideline;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.workspace.Ids;

/**
 * Where a requirement of one guideline stands in another: along the chain of editions that links
 * them (each step by counterpart, backwards or forwards), or, for two guidelines no chain links,
 * or the same guideline, by its id.
 */
public final class RequirementMapping {

	private final Map<Requirement, Requirement> mapped = new HashMap<>();
	private final Map<String, Requirement> targetById;
	private final boolean linked;
	private final boolean byId;

	private RequirementMapping(Guideline from, Guideline to) {
		targetById = Editions.requirementsById(to);
		List<Guideline> fromLineage = Editions.lineage(from);
		List<Guideline> toLineage = Editions.lineage(to);
		if (from == to) {
			linked = true;
		} else if (toLineage.contains(from)) {
			linked = true;
			forward(toLineage.subList(0, toLineage.indexOf(from) + 1));
		} else if (fromLineage.contains(to)) {
			linked = true;
			backward(fromLineage.subList(0, fromLineage.indexOf(to) + 1));
		} else {
			linked = false;
		}
		byId = from == to || !linked;
	}

	public static RequirementMapping between(Guideline from, Guideline to) {
		return new RequirementMapping(from, to);
	}

	/** Whether a chain of editions links the two guidelines (or they are one). */
	public boolean linked() {
		return linked;
	}

	/** The requirement's place in the target guideline; empty when the target has no counterpart of it. */
	public Optional<Requirement> map(Requirement requirement) {
		if (requirement == null || requirement.eIsProxy()) {
			return Optional.empty();
		}
		if (byId) {
			return Optional.ofNullable(targetById.get(Ids.of(requirement)));
		}
		return Optional.ofNullable(mapped.get(requirement));
	}

	/** newest first, ending with the source: each newer requirement is found through its counterpart. */
	private void forward(List<Guideline> newestFirst) {
		Map<Requirement, Requirement> current = null; // source requirement → requirement in the edition reached
		for (int i = newestFirst.size() - 1; i > 0; i--) {
			Map<Requirement, Requirement> successor = new HashMap<>();
			counterparts(newestFirst.get(i - 1), newestFirst.get(i)).forEach((newer, older) -> successor.putIfAbsent(older, newer));
			current = compose(current, successor, newestFirst.get(i));
		}
		mapped.putAll(current);
	}

	/** newest first, starting with the source: each requirement steps to its counterpart. */
	private void backward(List<Guideline> newestFirst) {
		Map<Requirement, Requirement> current = null;
		for (int i = 0; i < newestFirst.size() - 1; i++) {
			current = compose(current, counterparts(newestFirst.get(i), newestFirst.get(i + 1)), newestFirst.get(i));
		}
		mapped.putAll(current);
	}

	/** Each requirement of the newer edition that has a counterpart in the older one, with it. */
	private static Map<Requirement, Requirement> counterparts(Guideline newer, Guideline older) {
		Map<String, Requirement> olderById = Editions.requirementsById(older);
		Map<Requirement, Requirement> counterparts = new java.util.LinkedHashMap<>();
		for (Requirement n : Editions.requirementsById(newer).values()) {
			Editions.counterpart(n, olderById).ifPresent(o -> counterparts.put(n, o));
		}
		return counterparts;
	}

	/** The first step maps the source's own requirements; every later step continues the mapping so far. */
	private static Map<Requirement, Requirement> compose(Map<Requirement, Requirement> sofar, Map<Requirement, Requirement> step,
			Guideline source) {
		Map<Requirement, Requirement> result = new HashMap<>();
		if (sofar == null) {
			for (Requirement r : Editions.requirementsById(source).values()) {
				if (step.containsKey(r)) {
					result.put(r, step.get(r));
				}
			}
			return result;
		}
		sofar.forEach((from, reached) -> {
			if (step.containsKey(reached)) {
				result.put(from, step.get(reached));
			}
		});
		return result;
	}
}
