package org.tekigo.reports.gap;

import static org.eclipse.osgi.util.NLS.bind;

import java.util.ArrayList;
import java.util.List;

import org.tekigo.reports.model.DisclosureView;

/**
 * The names a guideline gives its minimum and recommended weights ("C" and "D" in 5.1), filled
 * into the reports' words: "minimum (C)", "最低限（C）", or "minimum (obligation)" for a
 * 6.0-shaped guideline. A level without a name loses its parentheses: "recommended".
 */
public record WeightNames(List<String> minimum, List<String> recommended) {

	public static WeightNames of(DisclosureView disclosure) {
		return new WeightNames(disclosure.minimumWeights(), disclosure.recommendedWeights());
	}

	/** The message with the minimum weights' names as its last argument. */
	public String minimum(String message, Object... arguments) {
		return fill(message, minimum, arguments);
	}

	/** The message with the recommended weights' names as its last argument. */
	public String recommended(String message, Object... arguments) {
		return fill(message, recommended, arguments);
	}

	private static String fill(String message, List<String> names, Object... arguments) {
		List<Object> all = new ArrayList<>(List.of(arguments));
		all.add(String.join("/", names));
		String text = bind(message, all.toArray());
		return names.isEmpty() ? text.replaceAll("\\s*[(（]\\s*[)）]", "") : text;
	}
}
