package org.tekigo.reports.model;

import java.util.List;
import java.util.Set;

/**
 * What the report generators read: one disclosure with its catalog and the guideline
 * requirements its items relate to, flattened into the rows of the published checklist.
 * Built from the EMF model by {@code org.tekigo.reports.DisclosureViews}; plain records so that
 * every generator can be tested without Xtext.
 *
 * @param id          the disclosure's id, e.g. "chatwork"
 * @param vendor      the vendor's name as titled, e.g. "Chatwork" (the last column is "<vendor>の見解")
 * @param catalogTitle the catalog's title (provider guideline)
 * @param guidelineTitle the guideline's title and version, e.g. "医療情報システムの安全管理に関するガイドライン 5.1"
 * @param categories  categories in catalog order
 * @param minimumWeights the names of the guideline's minimum weights, as its ids write them ("C" for 5.1)
 * @param recommendedWeights the names of its recommended weights ("D" for 5.1)
 * @param scale       the words its answers use, in the catalog's order
 */
public record DisclosureView(String id, String vendor, String catalogTitle, String guidelineTitle,
		List<CategoryView> categories, List<String> minimumWeights, List<String> recommendedWeights, List<Status> scale) {

	/** A disclosure of a catalog that declares no scale: it answers with the provider's words. */
	public DisclosureView(String id, String vendor, String catalogTitle, String guidelineTitle,
			List<CategoryView> categories, List<String> minimumWeights, List<String> recommendedWeights) {
		this(id, vendor, catalogTitle, guidelineTitle, categories, minimumWeights, recommendedWeights, Status.PROVIDER);
	}

	/** A disclosure of a catalog on a guideline weighed as 5.1 is (C minimum, D recommended). */
	public DisclosureView(String id, String vendor, String catalogTitle, String guidelineTitle, List<CategoryView> categories) {
		this(id, vendor, catalogTitle, guidelineTitle, categories, List.of("C"), List.of("D"));
	}

	/**
	 * Whether its catalog is a checklist of its own (the cybersecurity checklist's shape): it names
	 * no guideline and no item relates to a requirement, so the reports leave out weights and
	 * requirements.
	 */
	public boolean standsAlone() {
		return guidelineTitle.isEmpty() && categories.stream().flatMap(c -> c.groups().stream()).flatMap(g -> g.measures().stream())
				.flatMap(m -> m.items().stream()).allMatch(item -> item.requirements().isEmpty());
	}

	/** The same disclosure with other categories (and the same guideline). */
	public DisclosureView withCategories(List<CategoryView> newCategories) {
		return new DisclosureView(id, vendor, catalogTitle, guidelineTitle, newCategories, minimumWeights, recommendedWeights,
				scale);
	}

	public record CategoryView(String number, String title, List<GroupView> groups) {
		/** "1.人的・組織的対策" as printed. */
		public String label() {
			return number + "." + title;
		}
	}

	public record GroupView(String number, String title, List<MeasureView> measures) {
		/** "1.1.規程・手順の策定" as printed. */
		public String label() {
			return number + "." + title;
		}
	}

	/** A measure: mark "①", title, scenario (may be empty). */
	public record MeasureView(String id, String mark, String title, String scenario, List<ItemView> items) {
		/** "①アクセス管理規定の策定" as printed. */
		public String label() {
			return mark + title;
		}
	}

	/**
	 * A measure item, with the requirements it relates to and its answers: none (unanswered),
	 * one answer to the whole item (requirement == null), or one answer per related requirement.
	 *
	 * @param id e.g. "1.1-①-1"
	 */
	public record ItemView(String id, String text, List<RequirementView> requirements, List<AnswerView> answers) {
	}

	/**
	 * A guideline requirement.
	 *
	 * @param id        path inside the guideline, e.g. "6.3/C/3" or "7.1/C/hospital/5/3"
	 * @param section   "6.3"; sectionTitle "組織的安全管理対策（体制、運用管理規程）"
	 * @param weight    the name of its weight as ids write it ("C", "obligation"); "" when it has none
	 * @param weightLabel the weight as the guideline prints it ("C.最低限のガイドライン", "遵守事項"); "" when none
	 * @param minimum   whether its weight is a minimum (must) of its guideline: C of 5.1, an obligation of 6.0
	 * @param qualifiers the qualifier and sub-heading titles in force, outermost first, e.g.
	 *                  ["【医療機関等に保存する場合】", "（5）機器・ソフトウェアの品質管理"]; may be empty
	 * @param text      the 5.1 text; previousText the earlier version's text ("" when none)
	 */
	public record RequirementView(String id, String section, String sectionTitle, String weight, String weightLabel,
			boolean minimum, List<String> qualifiers, String text, String previousText) {

		/** A requirement of a guideline weighed as 5.1 is: class C (minimum) or D (recommended). */
		public RequirementView(String id, String section, String sectionTitle, boolean minimum, List<String> qualifiers,
				String text, String previousText) {
			this(id, section, sectionTitle, minimum ? "C" : "D", minimum ? "C.最低限のガイドライン" : "D.推奨されるガイドライン", minimum,
					qualifiers, text, previousText);
		}

		/** "C.最低限のガイドライン", "D.推奨されるガイドライン" or "遵守事項", as printed in the 区分 column. */
		public String classLabel() {
			return weightLabel;
		}
	}

	/**
	 * One answer.
	 *
	 * @param id          stable id of the answered row: the item id, or "itemId[requirementId]"
	 *                    for an answer to one requirement, e.g. "1.7-①-1[8.1.2/D/2]"
	 * @param requirement the requirement answered separately, or null for the whole item
	 * @param status      its word of the catalog's scale
	 * @param comment     the comment, or the text of the statement referred to ("" when none)
	 * @param statement   the id of the statement referred to, or null
	 * @param evidence    URLs and document names given as evidence
	 * @param remediation plan, owner, due date; null when none
	 * @param line        the line of the answer in its .tekigo file (for diffs and messages), 0 if unknown
	 * @param stale       what changed since the answer was given (its pin); empty when it is fresh or not pinned
	 */
	public record AnswerView(String id, RequirementView requirement, Status status, String comment, String statement,
			List<String> evidence, RemediationView remediation, int line, List<StaleChange> stale) {

		/** A fresh answer (or one not pinned). */
		public AnswerView(String id, RequirementView requirement, Status status, String comment, String statement,
				List<String> evidence, RemediationView remediation, int line) {
			this(id, requirement, status, comment, statement, evidence, remediation, line, List.of());
		}

		public boolean isStale() {
			return !stale.isEmpty();
		}
	}

	/**
	 * One text that changed under a stale answer.
	 *
	 * @param id       the item's id or the requirement's id
	 * @param sentence what changed, as the validator says it ("requirement 6.5/C/7 changed since this answer was given")
	 * @param then     the text the answer was given against, when the workspace still holds it; null otherwise
	 * @param now      the text as it is now; null for a requirement that no longer concerns the answer
	 */
	public record StaleChange(String id, String sentence, String then, String now) {
	}

	public record RemediationView(String plan, String owner, String due) {
	}

	/**
	 * A word of the catalog's answer scale.
	 *
	 * @param label   the word as the checklist prints it ("適合可能", "はい", "一部対応")
	 * @param alias   the other word the language accepts for it ("conformant", "yes"), or null
	 * @param meaning what an answer with it says
	 * @param requires what an answer with it must carry
	 */
	public record Status(String label, String alias, Meaning meaning, Set<Duty> requires) {

		/** The provider guideline's checklist's words: the scale of a catalog that declares none. */
		public static final Status CONFORMANT = new Status("適合可能", "conformant", Meaning.FULFILLED, Set.of());
		public static final Status NONCONFORMANT = new Status("不適合", "nonconformant", Meaning.GAP, Set.of(Duty.COMMENT));
		public static final Status NOT_APPLICABLE = new Status("対象外", "notApplicable", Meaning.NOT_APPLICABLE,
				Set.of(Duty.REASON));
		public static final List<Status> PROVIDER = List.of(CONFORMANT, NONCONFORMANT, NOT_APPLICABLE);

		public boolean isGap() {
			return meaning == Meaning.GAP;
		}

		/** Whether its answers must give a target date but no plan (the cybersecurity checklist's いいえ). */
		public boolean datedOnly() {
			return requires.contains(Duty.DUE) && !requires.contains(Duty.PLAN);
		}

		/** The label or the alias, as an answer may write it. */
		public boolean writtenAs(String written) {
			return label.equals(written) || written != null && written.equals(alias);
		}
	}

	/** What an answer's word says, whatever the word. */
	public enum Meaning {
		FULFILLED, PARTLY_FULFILLED, GAP, NOT_APPLICABLE
	}

	/** What an answer with a word must carry. */
	public enum Duty {
		COMMENT, REASON, PLAN, DUE
	}
}
