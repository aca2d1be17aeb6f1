package org.tekigo.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.tekigo.dsl.edition.AnswerPins;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Catalog;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Group;
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.tekigo.Measure;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.workspace.Ids;

/**
 * A vendor's answers, read from its own checklist, placed into a catalog the workspace already
 * has: each answer goes to the item with the same group, measure title and text (white space
 * aside), whatever row or number the vendor's file gives it; an answer given per requirement goes
 * to the requirement of that id in the catalog's guideline. Each placed answer is pinned to the
 * catalog's texts; an answer whose item (or requirement) the catalog lacks is returned unplaced,
 * with the row it was read from.
 */
public final class CatalogPlacement {

	/** An answer the catalog has no place for: the row it was read from and what it answered. */
	public record Unplaced(int line, String answered) {
	}

	/** The disclosure, now answering the catalog, and the answers left out of it. */
	public record Result(Disclosure disclosure, List<Unplaced> unplaced) {
	}

	private CatalogPlacement() {
	}

	public static Result place(ChecklistModel model, Catalog target) {
		// Items of one measure may read the same (printed twice, with other requirements): the first
		// such item of the vendor's file takes the first of the catalog, the second the second.
		Map<String, Deque<Item>> items = new HashMap<>();
		target.eAllContents().forEachRemaining(element -> {
			if (element instanceof Item item) {
				items.computeIfAbsent(key(item), k -> new ArrayDeque<>()).add(item);
			}
		});
		Map<Item, Item> placed = new HashMap<>();
		Map<String, Requirement> requirements = target.getGuideline() == null ? Map.of()
				: org.tekigo.dsl.edition.Editions.requirementsById(target.getGuideline());
		Disclosure disclosure = model.disclosure();
		List<Unplaced> unplaced = new ArrayList<>();
		for (Answer answer : List.copyOf(disclosure.getAnswers())) {
			Item item = placed.computeIfAbsent(answer.getItem(), read -> {
				Deque<Item> candidates = items.get(key(read));
				return candidates == null ? null : candidates.poll();
			});
			Requirement requirement = answer.getRequirement() == null ? null : requirements.get(Ids.of(answer.getRequirement()));
			if (item == null || (answer.getRequirement() != null && requirement == null)) {
				String answered = answer.getItem().getText() + (answer.getRequirement() == null ? "" : " [" + Ids.of(answer.getRequirement()) + "]");
				unplaced.add(new Unplaced(model.sourceLine(answer).orElse(0), answered));
				disclosure.getAnswers().remove(answer);
				continue;
			}
			answer.setItem(item);
			answer.setRequirement(requirement);
			answer.setPin(null);
			AnswerPins.pinNow(answer);
		}
		disclosure.setCatalog(target);
		return new Result(disclosure, unplaced);
	}

	/** An item known by its group's number, its measure's title and its text, white space aside. */
	private static String key(Item item) {
		EObject container = item.eContainer();
		String measure = container instanceof Measure m ? m.getTitle() : "";
		String group = container != null && container.eContainer() instanceof Group g ? g.getName() : "";
		return group + "\u0000" + normalized(measure) + "\u0000" + normalized(item.getText());
	}

	private static String normalized(String text) {
		return text == null ? "" : text.replaceAll("[\\s\\u3000]+", "");
	}
}
