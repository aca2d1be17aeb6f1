package org.tekigo.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** One case: a target, a mutation of it and the seed that fixes the mutation. */
public record FuzzCase(int number, Target target, String mutation, long seed) {

	/** {@code count} cases from {@code seed}: targets and mutations in turn, each with its own seed. */
	public static List<FuzzCase> generate(long seed, int count) {
		Random random = new Random(seed);
		List<FuzzCase> cases = new ArrayList<>(count);
		Target[] targets = Target.values();
		for (int i = 0; i < count; i++) {
			Target target = targets[i % targets.length];
			List<String> mutations = target.mutations();
			cases.add(new FuzzCase(i + 1, target, mutations.get((i / targets.length) % mutations.size()), random.nextLong()));
		}
		return cases;
	}

	@Override
	public String toString() {
		return "#" + number + " " + target + "/" + mutation + " (seed " + seed + ")";
	}
}
