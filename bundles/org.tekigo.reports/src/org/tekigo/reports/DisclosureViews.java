package org.tekigo.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Catalog;
import org.tekigo.dsl.tekigo.Category;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Evidence;
import org.tekigo.dsl.tekigo.Group;
import org.tekigo.dsl.tekigo.Guideline;
import org.tekigo.dsl.tekigo.Heading;
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.tekigo.Measure;
import org.tekigo.dsl.tekigo.Qualifier;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.tekigo.Section;
import org.tekigo.dsl.edition.AnswerPins;
import org.tekigo.dsl.edition.AnswerPins.Change;
import org.tekigo.dsl.edition.StaleTexts;
import org.tekigo.dsl.edition.TextsByFingerprint;
import org.tekigo.dsl.review.ReviewedAnswers;
import org.tekigo.dsl.workspace.Ids;
import org.tekigo.dsl.workspace.Scales;
import org.tekigo.dsl.workspace.Weights;
import org.tekigo.dsl.workspace.Weights.RequirementWeight;
import org.tekigo.dsl.tekigo.WeightLevel;
import org.tekigo.reports.model.DisclosureView;
import org.tekigo.reports.model.DisclosureView.AnswerView;
import org.tekigo.reports.model.DisclosureView.CategoryView;
import org.tekigo.reports.model.DisclosureView.GroupView;
import org.tekigo.reports.model.DisclosureView.ItemView;
import org.tekigo.reports.model.DisclosureView.MeasureView;
import org.tekigo.reports.model.DisclosureView.RemediationView;
import org.tekigo.reports.model.DisclosureView.RequirementView;
import org.tekigo.reports.model.DisclosureView.Duty;
import org.tekigo.reports.model.DisclosureView.Meaning;
import org.tekigo.reports.model.DisclosureView.StaleChange;
import org.tekigo.reports.model.DisclosureView.Status;

/** Reads a linked disclosure (with its catalog and guideline) into what the generators print. */
public final class DisclosureViews {

	private DisclosureViews() {
	}

	/** The stable id of an answer: its item's id, and the requirement's when answered per requirement. */
	public static String answerId(Answer answer) {
		return ReviewedAnswers.Key.of(answer).id();
	}

	public static DisclosureView of(Disclosure disclosure) {
		Catalog catalog = disclosure.getCatalog();
		if (catalog == null || catalog.eIsProxy()) {
			throw new IllegalArgumentException("disclosure " + disclosure.getName() + ": its catalog is not in the workspace");
		}
		Guideline guideline = catalog.getGuideline();
		String guidelineTitle = guideline == null || guideline.eIsProxy() ? ""
				: guideline.getTitle() + (guideline.getVersion() == null ? "" : " " + guideline.getVersion());
		Map<Item, List<Answer>> answers = new LinkedHashMap<>();
		for (Answer answer : disclosure.getAnswers()) {
			if (answer.getItem() != null && !answer.getItem().eIsProxy()) {
				answers.computeIfAbsent(answer.getItem(), i -> new ArrayList<>()).add(answer);
			}
		}
		EarlierTexts earlier = new EarlierTexts(disclosure);
		List<CategoryView> categories = new ArrayList<>();
		for (Category category : catalog.getCategories()) {
			List<GroupView> groups = new ArrayList<>();
			for (Group group : category.getGroups()) {
				List<MeasureView> measures = new ArrayList<>();
				for (Measure measure : group.getMeasures()) {
					List<ItemView> items = new ArrayList<>();
					for (Item item : measure.getItems()) {
						items.add(item(item, answers.getOrDefault(item, List.of()), earlier));
					}
					measures.add(new MeasureView(group.getName() + "-" + measure.getName(), measure.getName(),
							measure.getTitle(), orEmpty(measure.getScenario()), items));
				}
				groups.add(new GroupView(group.getName(), group.getTitle(), measures));
			}
			categories.add(new CategoryView(category.getName(), category.getTitle(), groups));
		}
		Guideline weighed = guideline == null || guideline.eIsProxy() ? null : guideline;
		return new DisclosureView(disclosure.getName(), disclosure.getTitle(), catalog.getTitle(), guidelineTitle, categories,
				Weights.names(weighed, WeightLevel.MINIMUM), Weights.names(weighed, WeightLevel.RECOMMENDED), scale(catalog));
	}

	private static ItemView item(Item item, List<Answer> answers, EarlierTexts earlier) {
		List<RequirementView> requirements = item.getRelations().stream().filter(r -> !r.eIsProxy())
				.map(DisclosureViews::requirement).toList();
		// An answer whose word is not its catalog's is an error of its own; the reports leave it out.
		List<AnswerView> views = answers.stream().filter(answer -> status(answer).isPresent())
				.map(answer -> answer(answer, earlier)).toList();
		return new ItemView(Ids.of(item), item.getText(), requirements, views);
	}

	private static AnswerView answer(Answer answer, EarlierTexts earlier) {
		Requirement requirement = answer.getRequirement() == null || answer.getRequirement().eIsProxy() ? null
				: answer.getRequirement();
		String comment = answer.getStatement() != null && !answer.getStatement().eIsProxy()
				? answer.getStatement().getText() : orEmpty(answer.getComment());
		List<String> evidence = answer.getEvidence().stream().map(Evidence::getValue).toList();
		RemediationView remediation = answer.getRemediation() == null ? null
				: new RemediationView(answer.getRemediation().getPlan(), orEmpty(answer.getRemediation().getOwner()),
						orEmpty(answer.getRemediation().getDue()));
		return new AnswerView(answerId(answer), requirement == null ? null : requirement(requirement),
				status(answer).orElseThrow(), comment,
				answer.getStatement() == null ? null : answer.getStatement().getName(), evidence, remediation, line(answer),
				stale(answer, earlier));
	}

	/** Its section is the innermost one, named by its path when sections nest ("6.3", "planning/11"). */
	/** What changed under a stale answer, each text beside the one it was given against when the workspace holds that. */
	private static List<StaleChange> stale(Answer answer, EarlierTexts earlier) {
		List<Change> changes = AnswerPins.changes(answer);
		if (changes.isEmpty()) {
			return List.of();
		}
		return changes.stream().map(change -> new StaleChange(change.id(), StaleTexts.clause(change),
				earlier.text(change.pinnedHash()), textOf(change.now()))).toList();
	}

	/** The workspace's texts by fingerprint, gathered on the first stale answer only (most disclosures have none). */
	private static final class EarlierTexts {
		private final Disclosure disclosure;
		private TextsByFingerprint texts;

		EarlierTexts(Disclosure disclosure) {
			this.disclosure = disclosure;
		}

		String text(String fingerprint) {
			if (texts == null) {
				var resourceSet = disclosure.eResource() == null ? null : disclosure.eResource().getResourceSet();
				if (resourceSet == null) {
					return null;
				}
				texts = TextsByFingerprint.of(resourceSet);
			}
			return texts.text(fingerprint).orElse(null);
		}
	}

	private static String textOf(EObject element) {
		return switch (element) {
			case Item item -> item.getText();
			case Requirement requirement -> requirement.getText();
			case null, default -> null;
		};
	}

	private static RequirementView requirement(Requirement requirement) {
		Section section = null;
		List<String> sectionPath = new ArrayList<>();
		List<String> qualifiers = new ArrayList<>();
		for (EObject e = requirement.eContainer(); e != null; e = e.eContainer()) {
			switch (e) {
				case Qualifier q -> qualifiers.add(0, q.getTitle());
				case Heading h -> qualifiers.add(0, h.getTitle());
				case Section s -> {
					section = section == null ? s : section;
					sectionPath.add(0, s.getName());
				}
				default -> {
				}
			}
		}
		Optional<RequirementWeight> weight = Weights.of(requirement);
		return new RequirementView(Ids.of(requirement), String.join("/", sectionPath),
				section == null ? "" : section.getTitle(), weight.map(RequirementWeight::name).orElse(""),
				weight.map(RequirementWeight::title).orElse(""), weight.map(RequirementWeight::minimum).orElse(false), qualifiers,
				requirement.getText(), orEmpty(requirement.getPrevious()));
	}

	/** A catalog's scale as the reports print it. */
	public static List<Status> scale(Catalog catalog) {
		return Scales.of(catalog).stream().map(DisclosureViews::status).toList();
	}

	/** An answer's word as the reports print it; empty when the word is not its catalog's (an error). */
	public static Optional<Status> status(Answer answer) {
		return Scales.entryOf(answer).map(DisclosureViews::status);
	}

	private static Status status(Scales.Entry entry) {
		Meaning meaning = switch (entry.meaning()) {
			case FULFILLED -> Meaning.FULFILLED;
			case PARTLY_FULFILLED -> Meaning.PARTLY_FULFILLED;
			case GAP -> Meaning.GAP;
			case NOT_APPLICABLE -> Meaning.NOT_APPLICABLE;
		};
		Set<Duty> requires = entry.requires().stream().map(duty -> switch (duty) {
			case COMMENT -> Duty.COMMENT;
			case REASON -> Duty.REASON;
			case PLAN -> Duty.PLAN;
			case DUE -> Duty.DUE;
		}).collect(Collectors.toUnmodifiableSet());
		return new Status(entry.word(), entry.alias(), meaning, requires);
	}

	private static int line(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		return node == null ? 0 : node.getStartLine();
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}
