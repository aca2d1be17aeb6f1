package org.tekigo.robustness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * What goes wrong with a text file in real life, as a seeded function of the text: spans of
 * lines deleted, duplicated or swapped (a bad merge, a paste twice), a stray quote or brace, a
 * status or id typed where it does not belong, a file cut short, control and bidirectional
 * characters (pasted from another program, or hidden on purpose).
 */
public enum TextMutation {

	DELETE_LINES {
		@Override
		String apply(String text, Random random) {
			List<String> lines = lines(text);
			int first = random.nextInt(lines.size());
			int count = 1 + random.nextInt(Math.min(40, lines.size() - first));
			lines.subList(first, first + count).clear();
			return String.join("\n", lines);
		}
	},
	DUPLICATE_LINES {
		@Override
		String apply(String text, Random random) {
			List<String> lines = lines(text);
			int first = random.nextInt(lines.size());
			int count = 1 + random.nextInt(Math.min(40, lines.size() - first));
			lines.addAll(first + count, new ArrayList<>(lines.subList(first, first + count)));
			return String.join("\n", lines);
		}
	},
	SWAP_LINES {
		@Override
		String apply(String text, Random random) {
			List<String> lines = lines(text);
			int a = random.nextInt(lines.size());
			int b = random.nextInt(lines.size());
			String line = lines.get(a);
			lines.set(a, lines.get(b));
			lines.set(b, line);
			return String.join("\n", lines);
		}
	},
	DELETE_SPAN {
		@Override
		String apply(String text, Random random) {
			int start = random.nextInt(text.length());
			int end = Math.min(text.length(), start + 1 + random.nextInt(200));
			return text.substring(0, start) + text.substring(end);
		}
	},
	STRAY_QUOTE {
		@Override
		String apply(String text, Random random) {
			return insert(text, random, "\"");
		}
	},
	STRAY_BRACE {
		@Override
		String apply(String text, Random random) {
			return insert(text, random, random.nextBoolean() ? "{" : "}");
		}
	},
	STRAY_STATUS {
		@Override
		String apply(String text, Random random) {
			return insert(text, random, " " + pick(random, "適合可能", "不適合", "対象外", "conformant", "適合", "nonconformant") + " ");
		}
	},
	STRAY_ID {
		@Override
		String apply(String text, Random random) {
			return insert(text, random, " " + pick(random, "1.1-①-1", "9.9-⑳-99", "6.3/C/3", "mhlw51/6.3/C/3", "provider", "[6.3/C/3]",
					"1.1-①-1 [8.1.2/D/2]", "2027-13-45", "shared-1") + " ");
		}
	},
	TRUNCATE {
		@Override
		String apply(String text, Random random) {
			return text.substring(0, random.nextInt(text.length()));
		}
	},
	CONTROL_CHARACTER {
		@Override
		String apply(String text, Random random) {
			return insert(text, random, String.valueOf((char) pickInt(random, 0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x0D, 0x1B, 0x7F, 0x85, 0xFEFF)));
		}
	},
	BIDI_CHARACTER {
		@Override
		String apply(String text, Random random) {
			return insert(text, random, String.valueOf((char) pickInt(random, 0x202A, 0x202B, 0x202D, 0x202E, 0x2066, 0x2067, 0x2069, 0x200F, 0x061C)));
		}
	},
	MANGLE_LINE {
		@Override
		String apply(String text, Random random) {
			List<String> lines = lines(text);
			int index = random.nextInt(lines.size());
			StringBuilder line = new StringBuilder(lines.get(index));
			for (int i = 0, n = 1 + random.nextInt(4); i < n && line.length() > 0; i++) {
				line.setCharAt(random.nextInt(line.length()), pick(random, "①", "1", ".", "-", "　", " ", "C", "D", "【", "）", "不").charAt(0));
			}
			lines.set(index, line.toString());
			return String.join("\n", lines);
		}
	};

	/** The mutations that make sense for Tekigo's own text. */
	public static final List<TextMutation> FOR_TEKIGO_TEXT = List.of(values());

	/** The mutations of a published checklist's text, as an extraction or an edit damages it. */
	public static final List<TextMutation> FOR_CHECKLIST_TEXT = List.of(DELETE_LINES, DUPLICATE_LINES, SWAP_LINES, MANGLE_LINE,
			TRUNCATE, CONTROL_CHARACTER);

	abstract String apply(String text, Random random);

	/** The text mutated; the same seed gives the same text. */
	public String mutate(String text, long seed) {
		return text.isEmpty() ? text : apply(text, new Random(seed));
	}

	private static List<String> lines(String text) {
		return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
	}

	private static String insert(String text, Random random, String inserted) {
		int at = random.nextInt(text.length() + 1);
		return text.substring(0, at) + inserted + text.substring(at);
	}

	private static String pick(Random random, String... choices) {
		return choices[random.nextInt(choices.length)];
	}

	private static int pickInt(Random random, int... choices) {
		return choices[random.nextInt(choices.length)];
	}
}
