package org.tekigo.dsl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the citations of other items in an item's text, as the provider guideline writes
 * them: {@code ①-4}, {@code ⑤-7で定める手順}. A citation names a measure of the same group by
 * its circled number and an item of that measure by its number.
 */
final class SiblingCitations {

	record Citation(String measure, String item, int offset, int length) {
		String text() {
			return measure + "-" + item;
		}
	}

	private static final Pattern CITATION = Pattern.compile("([\u2460-\u2473])[-‐－](\\d+)",
			Pattern.UNICODE_CHARACTER_CLASS);

	private SiblingCitations() {
	}

	static List<Citation> in(String text) {
		List<Citation> citations = new ArrayList<>();
		if (text == null) {
			return citations;
		}
		Matcher matcher = CITATION.matcher(text);
		while (matcher.find()) {
			// Integer.parseInt reads full-width digits too: ⑤-７ cites item 7.
			String item = String.valueOf(Integer.parseInt(matcher.group(2)));
			citations.add(new Citation(matcher.group(1), item, matcher.start(), matcher.end() - matcher.start()));
		}
		return citations;
	}
}
