package org.tekigo.dsl.ide.outline;

import org.tekigo.dsl.ide.nls.IdeMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Catalog;
import org.tekigo.dsl.tekigo.Category;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Group;
import org.tekigo.dsl.tekigo.Guideline;
import org.tekigo.dsl.tekigo.Heading;
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.tekigo.Measure;
import org.tekigo.dsl.tekigo.Qualifier;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.tekigo.RequirementClass;
import org.tekigo.dsl.tekigo.Weight;
import org.tekigo.dsl.workspace.Weights;
import org.tekigo.dsl.workspace.Scales;
import org.tekigo.dsl.review.ReviewTexts;
import org.eclipse.xtext.EcoreUtil2;
import org.tekigo.dsl.tekigo.Section;
import org.tekigo.dsl.tekigo.Statement;
import org.tekigo.dsl.tekigo.TekigoPackage;
import org.tekigo.dsl.workspace.Ids;

/**
 * Builds the outline of a parsed Tekigo file: guideline → sections → classes → qualifiers and
 * headings → requirements; catalog → categories → groups → measures → items; disclosure →
 * statements and answers in the order written. No SWT, so it can be tested alone.
 */
public final class OutlineTree {

	/** Long requirement and item texts are cut here so that the tree stays readable. */
	static final int TEXT_LENGTH = 40;

	private OutlineTree() {
	}

	public static List<OutlineNode> of(XtextResource resource) {
		if (resource == null || resource.getContents().isEmpty()) {
			return List.of();
		}
		EObject document = resource.getContents().get(0);
		return List.of(node(document, step(document)));
	}

	private static OutlineNode node(EObject element, String path) {
		String id = id(element);
		List<OutlineNode> children = new ArrayList<>();
		// Duplicate ids (an error the validator reports) must still give distinct paths.
		Map<String, Integer> seen = new HashMap<>();
		for (EObject child : children(element)) {
			String childPath = path + step(child);
			int count = seen.merge(childPath, 1, Integer::sum);
			children.add(node(child, count == 1 ? childPath : childPath + "#" + count));
		}
		// A disclosure holds statements and answers in two lists; the outline follows the text.
		children.sort(Comparator.comparingInt(OutlineNode::offset));
		ICompositeNode text = NodeModelUtils.getNode(element);
		int offset = text == null ? -1 : text.getOffset();
		int length = text == null ? 0 : text.getLength();
		if (element instanceof Answer answer && answer.getStatus() != null) {
			String status = ReviewTexts.word(answer);
			return new OutlineNode(path, id + " " + status + description(answer), status, Scales.meaning(answer), id.length() + 1,
					offset, length, List.copyOf(children));
		}
		String description = description(element);
		return new OutlineNode(path, description.isEmpty() ? id : id + " " + description, null, null, -1, offset, length,
				List.copyOf(children));
	}

	private static String step(EObject element) {
		return "/" + element.eClass().getName() + ":" + id(element);
	}

	private static List<? extends EObject> children(EObject element) {
		return switch (element) {
			case Guideline guideline -> guideline.eContents();
			case Section section -> section.getMembers();
			case RequirementClass requirementClass -> requirementClass.getMembers();
			case Qualifier qualifier -> qualifier.getMembers();
			case Heading heading -> heading.getMembers();
			case Catalog catalog -> catalog.getCategories();
			case Category category -> category.getGroups();
			case Group group -> group.getMeasures();
			case Measure measure -> measure.getItems();
			case Disclosure disclosure -> disclosure.eContents();
			default -> List.of();
		};
	}

	/** What the element is called where it is cited: 6.3, C, 1.1-①-1, 1.1-①-1 [6.3/C/3]. */
	private static String id(EObject element) {
		return switch (element) {
			case Guideline guideline -> text(guideline.getName());
			case Section section -> text(section.getName());
			case RequirementClass requirementClass -> text(requirementClass.getWeight());
			case Weight weight -> text(weight.getName());
			case Qualifier qualifier -> text(qualifier.getName());
			case Heading heading -> text(heading.getName());
			case Requirement requirement -> text(requirement.getName());
			case Catalog catalog -> text(catalog.getName());
			case Category category -> text(category.getName());
			case Group group -> text(group.getName());
			case Measure measure -> text(measure.getName());
			case Item item -> Ids.of(item);
			case Disclosure disclosure -> text(disclosure.getName());
			case Statement statement -> text(statement.getName());
			case Answer answer -> AnswerIds.requirement(answer) == null ? AnswerIds.item(answer)
					: AnswerIds.item(answer) + " [" + AnswerIds.requirement(answer) + "]";
			default -> element.eClass().getName();
		};
	}

	/** "最低限" (minimum) or "推奨" (recommended): what the class's weight is in its guideline. */
	private static String level(RequirementClass requirementClass) {
		Guideline guideline = EcoreUtil2.getContainerOfType(requirementClass, Guideline.class);
		return Weights.of(guideline).stream().filter(w -> w.name().equals(requirementClass.getWeight())).findFirst()
				.map(w -> w.minimum() ? "最低限" : "推奨").orElse("");
	}

	private static String description(EObject element) {
		return switch (element) {
			case Guideline guideline -> text(guideline.getTitle())
					+ (guideline.getVersion() == null ? "" : " " + guideline.getVersion());
			case Section section -> text(section.getTitle());
			case RequirementClass requirementClass -> level(requirementClass);
			case Weight weight -> text(weight.getTitle());
			case Qualifier qualifier -> text(qualifier.getTitle());
			case Heading heading -> text(heading.getTitle());
			case Requirement requirement -> shorten(requirement.getText());
			case Catalog catalog -> text(catalog.getTitle());
			case Category category -> text(category.getTitle());
			case Group group -> text(group.getTitle());
			case Measure measure -> text(measure.getTitle());
			case Item item -> shorten(item.getText());
			case Disclosure disclosure -> text(disclosure.getTitle());
			case Statement statement -> shorten(statement.getText());
			case Answer answer -> answer.getComment() != null ? " " + shorten(answer.getComment())
					: answer.getStatement() != null ? " " + bind(IdeMessages.Outline_see, Objects.toString(statementName(answer), "")) : "";
			default -> "";
		};
	}

	/** The statement's name as written, so that an unresolved `see` still shows. */
	private static String statementName(Answer answer) {
		Statement statement = answer.getStatement();
		if (statement != null && !statement.eIsProxy()) {
			return statement.getName();
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(answer, TekigoPackage.Literals.ANSWER__STATEMENT);
		return nodes.isEmpty() ? null : NodeModelUtils.getTokenText(nodes.get(0));
	}

	/** One line of at most {@link #TEXT_LENGTH} characters, cut with an ellipsis. */
	public static String shorten(String text) {
		String line = text(text).replaceAll("[\\s\\u3000]+", " ").strip();
		if (line.codePointCount(0, line.length()) <= TEXT_LENGTH) {
			return line;
		}
		return line.substring(0, line.offsetByCodePoints(0, TEXT_LENGTH - 1)) + "…";
	}

	private static String text(String text) {
		return text == null ? "" : text;
	}
}
