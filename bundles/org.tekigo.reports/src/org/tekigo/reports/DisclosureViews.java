package org.tekigo.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.tekigo.dsl.review.ReviewedAnswers;
import org.tekigo.dsl.workspace.Ids;
import org.tekigo.dsl.workspace.Requirements;
import org.tekigo.reports.model.DisclosureView;
import org.tekigo.reports.model.DisclosureView.AnswerView;
import org.tekigo.reports.model.DisclosureView.CategoryView;
import org.tekigo.reports.model.DisclosureView.GroupView;
import org.tekigo.reports.model.DisclosureView.ItemView;
import org.tekigo.reports.model.DisclosureView.MeasureView;
import org.tekigo.reports.model.DisclosureView.RemediationView;
import org.tekigo.reports.model.DisclosureView.RequirementView;
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
		List<CategoryView> categories = new ArrayList<>();
		for (Category category : catalog.getCategories()) {
			List<GroupView> groups = new ArrayList<>();
			for (Group group : category.getGroups()) {
				List<MeasureView> measures = new ArrayList<>();
				for (Measure measure : group.getMeasures()) {
					List<ItemView> items = new ArrayList<>();
					for (Item item : measure.getItems()) {
						items.add(item(item, answers.getOrDefault(item, List.of())));
					}
					measures.add(new MeasureView(group.getName() + "-" + measure.getName(), measure.getName(),
							measure.getTitle(), orEmpty(measure.getScenario()), items));
				}
				groups.add(new GroupView(group.getName(), group.getTitle(), measures));
			}
			categories.add(new CategoryView(category.getName(), category.getTitle(), groups));
		}
		return new DisclosureView(disclosure.getName(), disclosure.getTitle(), catalog.getTitle(), guidelineTitle, categories);
	}

	private static ItemView item(Item item, List<Answer> answers) {
		List<RequirementView> requirements = item.getRelations().stream().filter(r -> !r.eIsProxy())
				.map(DisclosureViews::requirement).toList();
		List<AnswerView> views = answers.stream().map(DisclosureViews::answer).toList();
		return new ItemView(Ids.of(item), item.getText(), requirements, views);
	}

	private static AnswerView answer(Answer answer) {
		Requirement requirement = answer.getRequirement() == null || answer.getRequirement().eIsProxy() ? null
				: answer.getRequirement();
		String comment = answer.getStatement() != null && !answer.getStatement().eIsProxy()
				? answer.getStatement().getText() : orEmpty(answer.getComment());
		List<String> evidence = answer.getEvidence().stream().map(Evidence::getValue).toList();
		RemediationView remediation = answer.getRemediation() == null ? null
				: new RemediationView(answer.getRemediation().getPlan(), orEmpty(answer.getRemediation().getOwner()),
						orEmpty(answer.getRemediation().getDue()));
		return new AnswerView(answerId(answer), requirement == null ? null : requirement(requirement),
				status(answer.getStatus()), comment,
				answer.getStatement() == null ? null : answer.getStatement().getName(), evidence, remediation, line(answer));
	}

	private static RequirementView requirement(Requirement requirement) {
		Section section = null;
		List<String> qualifiers = new ArrayList<>();
		for (EObject e = requirement.eContainer(); e != null; e = e.eContainer()) {
			switch (e) {
				case Qualifier q -> qualifiers.add(0, q.getTitle());
				case Heading h -> qualifiers.add(0, h.getTitle());
				case Section s -> section = s;
				default -> {
				}
			}
		}
		return new RequirementView(Ids.of(requirement), section == null ? "" : section.getName(),
				section == null ? "" : section.getTitle(), Requirements.isMinimum(requirement), qualifiers,
				requirement.getText(), orEmpty(requirement.getPrevious()));
	}

	static Status status(org.tekigo.dsl.tekigo.Status status) {
		return switch (status) {
			case CONFORMANT -> Status.CONFORMANT;
			case NONCONFORMANT -> Status.NONCONFORMANT;
			case NOT_APPLICABLE -> Status.NOT_APPLICABLE;
		};
	}

	private static int line(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		return node == null ? 0 : node.getStartLine();
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}
