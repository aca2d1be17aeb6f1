package org.tekigo.dsl.validation;

import org.tekigo.dsl.nls.DslMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Catalog;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.tekigo.Statement;
import org.tekigo.dsl.workspace.DocumentLinks;
import org.tekigo.dsl.workspace.Ids;
import org.tekigo.dsl.workspace.TekigoIndex;

import com.google.inject.Inject;

import static org.tekigo.dsl.tekigo.TekigoPackage.Literals.*;

/** A disclosure against its catalog: every item answered once, each answer fitting its item. */
public class TekigoDisclosureValidator extends ComposedValidator {

	@Inject
	private TekigoIndex index;

	@Check(CheckType.NORMAL)
	public void checkEveryItemAnswered(Disclosure disclosure) {
		Catalog catalog = resolved(disclosure.getCatalog());
		if (catalog == null) {
			return;
		}
		Set<Item> answered = new HashSet<>();
		disclosure.getAnswers().forEach(answer -> answered.add(answer.getItem()));
		catalog.eAllContents().forEachRemaining(element -> {
			if (element instanceof Item item && !answered.contains(item)) {
				warning(bind(DslMessages.Disclosure_unansweredItem, Ids.of(item)), disclosure, DISCLOSURE__CATALOG,
						IssueCodes.UNANSWERED_ITEM, Ids.of(item));
			}
		});
	}

	@Check(CheckType.NORMAL)
	public void checkAnswersAreUnique(Disclosure disclosure) {
		Map<Item, List<Answer>> byItem = new LinkedHashMap<>();
		for (Answer answer : disclosure.getAnswers()) {
			// Unresolved references are the linker's to report; they would only echo here.
			boolean requirementResolved = answer.getRequirement() == null || !answer.getRequirement().eIsProxy();
			if (resolved(answer.getItem()) != null && requirementResolved) {
				byItem.computeIfAbsent(answer.getItem(), item -> new ArrayList<>()).add(answer);
			}
		}
		byItem.values().forEach(this::checkAnswersOfOneItem);
	}

	private void checkAnswersOfOneItem(List<Answer> answers) {
		Optional<Answer> whole = answers.stream().filter(a -> a.getRequirement() == null).findFirst();
		Set<Object> seen = new HashSet<>();
		for (Answer answer : answers) {
			String item = Ids.of(answer.getItem());
			if (!seen.add(Objects.requireNonNullElse((Object) answer.getRequirement(), "whole"))) {
				String message = answer.getRequirement() == null ? bind(DslMessages.Disclosure_duplicateAnswer, item)
						: bind(DslMessages.Disclosure_duplicateAnswerForRequirement, item, Ids.of(answer.getRequirement()));
				error(message, answer, ANSWER__ITEM, IssueCodes.DUPLICATE_ANSWER);
			} else if (answer.getRequirement() != null && whole.isPresent()) {
				error(bind(DslMessages.Disclosure_mixedAnswer, item, line(whole.get())), answer, ANSWER__REQUIREMENT, IssueCodes.MIXED_ANSWER);
			}
		}
	}

	@Check
	public void checkItemBelongsToCatalog(Answer answer) {
		Item item = resolved(answer.getItem());
		Catalog catalog = resolved(((Disclosure) answer.eContainer()).getCatalog());
		if (item != null && catalog != null && EcoreUtil.getRootContainer(item) != catalog) {
			error(bind(DslMessages.Disclosure_itemOfOtherCatalog, Ids.of(item), catalog.getName()), answer, ANSWER__ITEM,
					IssueCodes.ITEM_OF_OTHER_CATALOG);
		}
	}

	@Check
	public void checkRequirementIsRelated(Answer answer) {
		Item item = resolved(answer.getItem());
		if (item != null && resolved(answer.getRequirement()) != null && !item.getRelations().contains(answer.getRequirement())) {
			error(bind(DslMessages.Disclosure_requirementNotRelated, Ids.of(answer.getRequirement()), Ids.of(item)), answer,
					ANSWER__REQUIREMENT, IssueCodes.REQUIREMENT_NOT_RELATED);
		}
	}

	@Check(CheckType.NORMAL)
	public void checkGuidelineInWorkspace(Disclosure disclosure) {
		String catalog = DocumentLinks.catalogName(disclosure);
		if (catalog == null || !index.hasCatalog(disclosure, catalog)) {
			return; // an unresolved catalog is reported by the linker
		}
		String guideline = index.guidelineOfCatalog(disclosure).orElse(null);
		if (guideline == null) {
			return; // a catalog of its own (the cybersecurity checklist) stands on no guideline
		}
		if (!index.hasGuideline(disclosure, guideline)) {
			error(bind(DslMessages.Disclosure_missingGuideline, catalog, guideline),
					disclosure, DISCLOSURE__CATALOG, IssueCodes.MISSING_GUIDELINE);
		}
	}

	/** Said once per disclosure, as information: answers written before pins were, or by hand. */
	@Check(CheckType.NORMAL)
	public void checkAnswersArePinned(Disclosure disclosure) {
		long unpinned = disclosure.getAnswers().stream().filter(answer -> answer.getPin() == null).count();
		if (unpinned > 0) {
			info(bind(DslMessages.Disclosure_unpinnedAnswers, unpinned), disclosure, DISCLOSURE__CATALOG,
					IssueCodes.UNPINNED_ANSWERS);
		}
	}

	@Check(CheckType.NORMAL)
	public void checkStatementsAreUsed(Disclosure disclosure) {
		// By name: a statement declared twice is reported as a duplicate, not also as unused.
		Set<String> used = new HashSet<>();
		disclosure.getAnswers().stream().map(Answer::getStatement).filter(s -> s != null && !s.eIsProxy())
				.forEach(s -> used.add(s.getName()));
		for (Statement statement : disclosure.getStatements()) {
			if (!used.contains(statement.getName())) {
				warning(bind(DslMessages.Disclosure_unusedStatement, statement.getName()), statement, STATEMENT__NAME,
						IssueCodes.UNUSED_STATEMENT);
			}
		}
	}

	private static int line(EObject element) {
		var node = NodeModelUtils.getNode(element);
		return node == null ? 0 : node.getStartLine();
	}

	private static <T extends EObject> T resolved(T element) {
		return element == null || element.eIsProxy() ? null : element;
	}
}
