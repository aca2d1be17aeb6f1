package org.tekigo.cli;

import java.util.Locale;
import java.util.Map;

/**
 * The language the command speaks, chosen once when it starts (Eclipse's NLS reads its messages
 * once per JVM): {@code --lang ja|en}, else the POSIX locale variables in their order of
 * precedence (LC_ALL, LC_MESSAGES, LANG; the first set wins), else English. Only ja and en exist.
 */
public final class Language {

	/** The option's values, as picocli checks them. */
	public enum Choice {
		ja, en
	}

	private Language() {
	}

	public static Locale choose(String[] args, Map<String, String> environment) {
		for (int i = 0; i < args.length; i++) {
			String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
					: args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
			if (value != null) {
				return value.equals("ja") ? Locale.JAPANESE : Locale.ENGLISH;
			}
		}
		for (String variable : new String[] { "LC_ALL", "LC_MESSAGES", "LANG" }) {
			String value = environment.get(variable);
			if (value != null && !value.isEmpty()) {
				return value.startsWith("ja") ? Locale.JAPANESE : Locale.ENGLISH;
			}
		}
		return Locale.ENGLISH;
	}
}
