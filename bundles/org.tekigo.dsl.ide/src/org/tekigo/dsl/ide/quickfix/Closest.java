package org.tekigo.dsl.ide.quickfix;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** The candidate nearest to a mistyped id, by edit distance; none when all are far off. */
final class Closest {

	private Closest() {
	}

	static Optional<String> to(String typed, Stream<String> candidates) {
		int limit = Math.max(2, typed.length() / 2);
		return candidates.filter(c -> !c.equals(typed)).map(c -> new Object[] { c, distance(typed, c) })
				.filter(pair -> (int) pair[1] <= limit)
				.min(Comparator.<Object[]>comparingInt(pair -> (int) pair[1]).thenComparing(pair -> (String) pair[0]))
				.map(pair -> (String) pair[0]);
	}

	/** Levenshtein distance over code points, so ① counts as one character. */
	static int distance(String a, String b) {
		int[] x = a.codePoints().toArray(), y = b.codePoints().toArray();
		int[] previous = new int[y.length + 1], current = new int[y.length + 1];
		for (int j = 0; j <= y.length; j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= x.length; i++) {
			current[0] = i;
			for (int j = 1; j <= y.length; j++) {
				int substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[y.length];
	}
}
