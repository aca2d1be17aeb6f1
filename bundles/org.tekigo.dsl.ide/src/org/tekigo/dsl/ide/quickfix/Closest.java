package org.tekigo.dsl.ide.quickfix;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The candidates nearest to a mistyped id, by edit distance; none when all are far off. */
final class Closest {

	private Closest() {
	}

	/** At most {@code count} candidates, nearest first (ties by id). */
	static List<String> nearest(String typed, Stream<String> candidates, int count) {
		int limit = Math.max(2, typed.length() / 2);
		return candidates.filter(c -> !c.equals(typed)).map(c -> Map.entry(c, distance(typed, c)))
				.filter(pair -> pair.getValue() <= limit)
				.sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
				.limit(count).map(Map.Entry::getKey).toList();
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
