package org.tekigo.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.tekigo.dsl.tekigo.Guideline;
import org.tekigo.dsl.tekigo.Heading;
import org.tekigo.dsl.tekigo.Qualifier;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.tekigo.RequirementClass;
import org.tekigo.dsl.tekigo.RequirementMember;
import org.tekigo.dsl.tekigo.Section;
import org.tekigo.dsl.tekigo.TekigoFactory;
import org.tekigo.importer.text.Relation;
import org.tekigo.importer.text.RequirementText;

/**
 * Collects the guideline requirements that a checklist cites into one guideline document,
 * in the order they are first cited, each once: section → class → qualifier → heading →
 * requirement, as the guideline's outline nests them.
 */
final class GuidelineBuilder {

	/** The qualifiers of the MHLW guideline 5.1, with short ids for references. */
	private static final Map<String, String> KNOWN_QUALIFIERS = Map.of(
			"【医療機関等に保存する場合】", "hospital",
			"【ネットワークを通じて外部に保存する場合】", "network",
			"【ネットワークを通じて医療機関等の外部に保存する場合】", "network-external",
			"【紙媒体のまま外部に保存する場合】", "paper",
			"【電子媒体による外部保存の場合】", "media");

	private static final Pattern LEADING_NUMBER = Pattern.compile("^[（(]?\\s*([0-9０-９]+)\\s*[）)．.]?");

	private static final TekigoFactory F = TekigoFactory.eINSTANCE;

	private final Guideline guideline = F.createGuideline();
	private final Map<String, Section> sections = new LinkedHashMap<>();
	private final Map<String, RequirementMember> members = new LinkedHashMap<>();

	GuidelineBuilder(String id, String title, String version) {
		guideline.setName(id);
		guideline.setTitle(title);
		guideline.setVersion(version);
	}

	/** The guideline, its sections and requirements in the guideline's own order (6.3 before 6.10). */
	Guideline guideline() {
		ECollections.sort(guideline.getSections(), Comparator.comparing(Section::getName, NUMBERS_FIRST));
		guideline.eAllContents().forEachRemaining(element -> {
			switch (element) {
				case RequirementClass c -> ECollections.sort(c.getMembers(), BY_NAME);
				case Qualifier q -> ECollections.sort(q.getMembers(), BY_NAME);
				case Heading h -> ECollections.sort(h.getMembers(), BY_NAME);
				default -> {
				}
			}
		});
		return guideline;
	}

	/** Compares ids number by number ("6.3" < "6.10", "2" < "10"); ids without numbers last, by text. */
	static final Comparator<String> NUMBERS_FIRST = (a, b) -> {
		String[] left = a.split("\\D+"), right = b.split("\\D+");
		for (int i = 0; i < Math.min(left.length, right.length); i++) {
			int order = compareNumbers(left[i], right[i]);
			if (order != 0) {
				return order;
			}
		}
		return left.length != right.length ? Integer.compare(left.length, right.length) : a.compareTo(b);
	};

	private static final Comparator<RequirementMember> BY_NAME = Comparator.comparing(RequirementMember::getName, NUMBERS_FIRST);

	private static int compareNumbers(String a, String b) {
		if (a.isEmpty() || b.isEmpty()) {
			return Boolean.compare(a.isEmpty(), b.isEmpty());
		}
		return Long.compare(Long.parseLong(a), Long.parseLong(b));
	}

	/** The requirements a relation cites, created on first sight. */
	List<Requirement> requirements(Relation relation) {
		List<Requirement> result = new ArrayList<>();
		if (relation.section() == null || relation.classKind() == null) {
			return result;
		}
		Section section = sections.computeIfAbsent(relation.section(), number -> section(number, relation.sectionTitle()));
		String classPath = relation.section() + "/" + relation.classKind();
		RequirementClass requirementClass = requirementClass(section, relation.classKind());
		EList<RequirementMember> container = requirementClass.getMembers();
		String path = classPath;
		if (relation.qualifier() != null) {
			Qualifier qualifier = (Qualifier) member(path, container, qualifierId(relation.qualifier(), container),
					() -> qualifier(relation.qualifier()));
			path = path + "/" + qualifier.getName();
			container = qualifier.getMembers();
		}
		if (relation.heading() != null) {
			Heading heading = (Heading) member(path, container, headingId(relation.heading(), container),
					() -> heading(relation.heading()));
			path = path + "/" + heading.getName();
			container = heading.getMembers();
		}
		for (RequirementText text : relation.requirements()) {
			String id = requirementId(text, container);
			result.add((Requirement) member(path, container, id, () -> requirement(text)));
		}
		return result;
	}

	private RequirementMember member(String parentPath, EList<RequirementMember> container, String id,
			java.util.function.Supplier<RequirementMember> create) {
		return members.computeIfAbsent(parentPath + "/" + id, key -> {
			RequirementMember member = create.get();
			member.setName(id);
			container.add(member);
			return member;
		});
	}

	private Section section(String number, String title) {
		Section section = F.createSection();
		section.setName(number);
		section.setTitle(title == null ? "" : title);
		guideline.getSections().add(section);
		return section;
	}

	private static RequirementClass requirementClass(Section section, String weight) {
		for (var member : section.getMembers()) {
			if (member instanceof RequirementClass existing && weight.equals(existing.getWeight())) {
				return existing;
			}
		}
		RequirementClass created = F.createRequirementClass();
		created.setWeight(weight);
		section.getMembers().add(created);
		return created;
	}

	private static Qualifier qualifier(String title) {
		Qualifier qualifier = F.createQualifier();
		qualifier.setTitle(title);
		return qualifier;
	}

	private static Heading heading(String title) {
		Heading heading = F.createHeading();
		heading.setTitle(title);
		return heading;
	}

	private static Requirement requirement(RequirementText text) {
		Requirement requirement = F.createRequirement();
		requirement.setText(text.text51());
		requirement.setPrevious(text.previousText().isEmpty() ? null : text.previousText());
		return requirement;
	}

	/** A qualifier already met under this class keeps its id; a new one gets a known or numbered id. */
	private static String qualifierId(String title, List<RequirementMember> siblings) {
		for (RequirementMember sibling : siblings) {
			if (sibling instanceof Qualifier q && title.equals(q.getTitle())) {
				return q.getName();
			}
		}
		return KNOWN_QUALIFIERS.getOrDefault(title, "q" + (count(siblings, Qualifier.class) + 1));
	}

	private static String headingId(String title, List<RequirementMember> siblings) {
		for (RequirementMember sibling : siblings) {
			if (sibling instanceof Heading h && title.equals(h.getTitle())) {
				return h.getName();
			}
		}
		String number = leadingNumber(title);
		return number != null ? number : "h" + (count(siblings, Heading.class) + 1);
	}

	private static String requirementId(RequirementText text, List<RequirementMember> siblings) {
		String number = text.number() == null ? null : leadingNumber(text.number());
		if (number == null && text.number() != null && text.number().matches("[a-zA-Z]")) {
			number = text.number();
		}
		if (number != null) {
			return number;
		}
		// An unnumbered requirement: recognised again by its text, else numbered in order.
		for (RequirementMember sibling : siblings) {
			if (sibling instanceof Requirement r && text.text51().equals(r.getText())) {
				return r.getName();
			}
		}
		return "r" + (count(siblings, Requirement.class) + 1);
	}

	/** "（5）機器…" → "5", "2. 医療機関等が…" → "2", "(3)" → "3"; full-width digits read as ASCII. */
	static String leadingNumber(String text) {
		Matcher matcher = LEADING_NUMBER.matcher(text.strip());
		return matcher.find() ? String.valueOf(Integer.parseInt(matcher.group(1))) : null;
	}

	private static long count(List<RequirementMember> siblings, Class<?> type) {
		return siblings.stream().filter(type::isInstance).count();
	}
}
