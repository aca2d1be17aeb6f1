package org.tekigo.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The vendor whose checklist this is, from the title of its comment column: "Chatworkの見解". */
public final class VendorName {

	private static final Pattern COMMENT_COLUMN = Pattern.compile("^\\s*(\\S.*?)の見解\\s*$");

	private VendorName() {
	}

	public static String in(List<String> lines, String fallback) {
		for (String line : lines) {
			Matcher matcher = COMMENT_COLUMN.matcher(line);
			if (matcher.matches()) {
				return matcher.group(1);
			}
		}
		return fallback;
	}
}
