package org.tekigo.reports.checklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.tekigo.reports.model.DisclosureView.RequirementView;

/**
 * The four requirement cells of a checklist row (項番, 区分, 内容（5.1版）, 内容) as the published
 * checklist prints them: one block per section, blocks separated by a "-----" line; the class
 * (the weight as the guideline prints it) followed by its qualifiers and sub-headings; when a
 * section contributes several weights, each one's texts are introduced by its label, as
 * "(C.最低限のガイドライン)" or "(D.推奨されるガイドライン)".
 */
public record RequirementCells(String section, String classes, String text, String previousText) {

	public static final String SEPARATOR = "-----";
	public static final RequirementCells NONE = new RequirementCells("", "", "", "");

	public static RequirementCells of(List<RequirementView> requirements) {
		if (requirements.isEmpty()) {
			return NONE;
		}
		List<String> sections = new ArrayList<>();
		List<String> classes = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		List<String> previousTexts = new ArrayList<>();
		for (List<RequirementView> inSection : bySection(requirements).values()) {
			RequirementView first = inSection.get(0);
			sections.add(first.section() + first.sectionTitle());
			Map<String, List<RequirementView>> byClass = byClass(inSection);
			classes.add(classBlock(byClass));
			texts.add(textBlock(byClass, false));
			previousTexts.add(textBlock(byClass, true));
		}
		boolean anyPrevious = previousTexts.stream().anyMatch(text -> !text.isEmpty());
		return new RequirementCells(joinSections(sections), joinSections(classes), joinSections(texts),
				anyPrevious ? joinSections(previousTexts) : "");
	}

	private static Map<String, List<RequirementView>> bySection(List<RequirementView> requirements) {
		Map<String, List<RequirementView>> bySection = new LinkedHashMap<>();
		for (RequirementView requirement : requirements) {
			bySection.computeIfAbsent(requirement.section(), section -> new ArrayList<>()).add(requirement);
		}
		return bySection;
	}

	/* By weight, minimum before recommended, as the guideline and the published checklist order them. */
	private static Map<String, List<RequirementView>> byClass(List<RequirementView> inSection) {
		Map<String, List<RequirementView>> byClass = new LinkedHashMap<>();
		for (boolean minimum : new boolean[] { true, false }) {
			for (RequirementView requirement : inSection) {
				if (requirement.minimum() == minimum) {
					byClass.computeIfAbsent(requirement.weight(), weight -> new ArrayList<>()).add(requirement);
				}
			}
		}
		return byClass;
	}

	private static String classBlock(Map<String, List<RequirementView>> byClass) {
		List<String> lines = new ArrayList<>();
		for (List<RequirementView> ofClass : byClass.values()) {
			if (!ofClass.get(0).classLabel().isEmpty()) {
				lines.add(ofClass.get(0).classLabel());
			}
			Set<String> qualifiers = new LinkedHashSet<>();
			ofClass.forEach(requirement -> qualifiers.addAll(requirement.qualifiers()));
			lines.addAll(qualifiers);
		}
		return String.join("\n", lines);
	}

	/* Class headings only where both classes have text in this column (the older version may lack one). */
	private static String textBlock(Map<String, List<RequirementView>> byClass, boolean previous) {
		Map<String, List<String>> textsByClass = new LinkedHashMap<>();
		for (List<RequirementView> ofClass : byClass.values()) {
			List<String> texts = ofClass.stream()
					.map(requirement -> previous ? requirement.previousText() : labelled(requirement))
					.filter(text -> text != null && !text.isEmpty())
					.toList();
			if (!texts.isEmpty()) {
				textsByClass.put(ofClass.get(0).classLabel(), texts);
			}
		}
		List<String> lines = new ArrayList<>();
		textsByClass.forEach((classLabel, texts) -> {
			if (textsByClass.size() > 1) {
				lines.add("(" + classLabel + ")");
			}
			lines.addAll(texts);
		});
		return String.join("\n", lines);
	}

	/** A label at the start of a quoted requirement, as the published checklist prints them: "3.", "(3)", "（2）". */
	private static final Pattern LABEL = Pattern.compile("\\d+[(（][\\u30A0-\\u30FF][)）]|\\d+\\s?[.．]|[(（]\\d+[)）]");

	/**
	 * The requirement's text with its number in front, as the published checklist quotes it
	 * ("3.医療情報システムへの…"): the guideline keeps the number as the requirement's name, not in
	 * its text, and a reader of the checklist (a person, or Tekigo's own import) needs it. A text
	 * that already starts with its own label, or a requirement without a number (r1), is as it is.
	 */
	static String labelled(RequirementView requirement) {
		String text = requirement.text();
		String name = requirement.id().substring(requirement.id().lastIndexOf('/') + 1);
		if (text == null || text.isEmpty() || !name.matches("\\d+")) {
			return text;
		}
		// A text may start with its own label ("3.…"), or with a number that is not its label ("6.1 章C.2 で…" of requirement 1).
		java.util.regex.Matcher label = LABEL.matcher(text);
		if (label.lookingAt() && label.group().replaceAll("\\D", "").equals(name)) {
			return text;
		}
		return name + "." + text;
	}

	private static String joinSections(List<String> blocks) {
		return String.join("\n" + SEPARATOR + "\n", blocks);
	}
}
