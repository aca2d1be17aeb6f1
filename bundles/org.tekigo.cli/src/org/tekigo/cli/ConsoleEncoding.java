package org.tekigo.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The charset tekigo prints in. Java takes its console's charset from the locale; where the
 * environment names a UTF-8 locale that the machine has not generated (LANG=ja_JP.UTF-8 in most
 * CI containers), Java falls back to ASCII and every Japanese character comes out as "?". The
 * environment's word is what the terminal expects, so UTF-8 is printed whenever it names UTF-8.
 */
final class ConsoleEncoding {

	private ConsoleEncoding() {
	}

	/** UTF-8 when the variable in force (LC_ALL, else LC_CTYPE, else LANG) names it; else what Java chose. */
	static Charset of(Map<String, String> environment, Charset javas) {
		for (String variable : List.of("LC_ALL", "LC_CTYPE", "LANG")) {
			String value = environment.get(variable);
			if (value != null && !value.isEmpty()) {
				String lower = value.toLowerCase(Locale.ROOT);
				return lower.contains("utf-8") || lower.contains("utf8") ? StandardCharsets.UTF_8 : javas;
			}
		}
		return javas;
	}
}
