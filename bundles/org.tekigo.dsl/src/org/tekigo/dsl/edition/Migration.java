package org.tekigo.dsl.edition;

import static org.eclipse.osgi.util.NLS.bind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.util.ReplaceRegion;
import org.tekigo.dsl.edition.AnswerPins.Pin;
import org.tekigo.dsl.nls.DslMessages;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Catalog;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Guideline;
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.tekigo.TekigoPackage;
import org.tekigo.dsl.workspace.Ids;

/**
 * A disclosure written as answering another catalog: the same measure items related to another
 * edition's requirements. An answer to an item of the same id carries over as written (comment,
 * statement, evidence, plan); one answered per requirement follows its requirement's counterpart.
 * Every carried answer stays pinned to the texts it was given against (an unpinned one is pinned
 * to them first), its pin's requirements renamed to their counterparts, so that the answers whose
 * texts changed are stale at once and the others are not. The text is edited where each thing is
 * written: comments, statements and layout stay byte for byte.
 *
 * @param text      the migrated disclosure's text, without the answers that could not be placed
 * @param unplaced  the answers that could not be placed, each with why
 * @param carried   answers carried over
 * @param stale     of those, the ones whose texts changed (stale at once)
 * @param newItems  items of the target catalog that the disclosure did not answer (left unanswered)
 */
public record Migration(String text, List<Unplaced> unplaced, int carried, int stale, int newItems) {

	/** An answer that has no place in the target catalog. */
	public record Unplaced(String id, int line, String reason) {
	}

	/** The disclosure cannot be migrated to that catalog at all. */
	public static final class RefusedException extends Exception {
		private static final long serialVersionUID = 1L;

		public RefusedException(String message) {
			super(message);
		}
	}

	/**
	 * @param documentText the disclosure's file as it is (the source of its node offsets)
	 * @param name         the migrated disclosure's id, or null to keep it
	 */
	public static Migration of(Disclosure disclosure, String documentText, Catalog target, String name) throws RefusedException {
		Catalog source = disclosure.getCatalog();
		if (source == null || source.eIsProxy() || target == source || target.getName().equals(source.getName())) {
			throw new RefusedException(bind(DslMessages.Migration_sameCatalog, disclosure.getName(), target.getName()));
		}
		Map<String, Item> targetItems = items(target);
		Map<String, Item> sourceItems = items(source);
		if (sourceItems.keySet().stream().noneMatch(targetItems::containsKey)) {
			throw new RefusedException(bind(DslMessages.Migration_noItemInCommon, source.getName(), target.getName()));
		}
		Guideline from = source.getGuideline(), to = target.getGuideline();
		if (from == null || from.eIsProxy() || to == null || to.eIsProxy()) {
			throw new RefusedException(bind(DslMessages.Migration_guidelineMissing, source.getName(), target.getName()));
		}
		RequirementMapping mapping = RequirementMapping.between(from, to);
		Map<String, Requirement> sourceRequirements = Editions.requirementsById(from);
		List<ReplaceRegion> edits = new ArrayList<>();
		List<Unplaced> unplaced = new ArrayList<>();
		List<Item> answered = new ArrayList<>();
		int carried = 0, stale = 0;
		for (Answer answer : disclosure.getAnswers()) {
			String id = Ids.of(answer.getItem());
			Item item = targetItems.get(id);
			if (item == null) {
				unplaced.add(new Unplaced(id, line(answer), bind(DslMessages.Migration_itemNotInTarget, id, target.getName())));
				edits.add(TextEdits.removeLines(answer, documentText));
				continue;
			}
			List<Requirement> concerned = item.getRelations();
			if (answer.getRequirement() != null) {
				String answerId = id + "[" + Ids.of(answer.getRequirement()) + "]";
				Optional<Requirement> counterpart = mapping.map(answer.getRequirement());
				if (counterpart.isEmpty() || !item.getRelations().contains(counterpart.get())) {
					String reason = counterpart.isEmpty()
							? bind(DslMessages.Migration_noCounterpart, answerId, Ids.of(answer.getRequirement()), to.getName())
							: bind(DslMessages.Migration_counterpartNotRelated, new Object[] { answerId, Ids.of(counterpart.get()), id, target.getName() });
					unplaced.add(new Unplaced(answerId, line(answer), reason));
					edits.add(TextEdits.removeLines(answer, documentText));
					continue;
				}
				concerned = List.of(counterpart.get());
				edits.add(TextEdits.replaceFeature(answer, TekigoPackage.Literals.ANSWER__REQUIREMENT, Ids.of(counterpart.get())));
			}
			Pin pin = renamed(given(answer), sourceRequirements, mapping);
			edits.add(answer.getPin() == null ? TextEdits.continuationAfter(answer, documentText, pin.text())
					: TextEdits.replacePin(answer, pin.text()));
			carried++;
			stale += AnswerPins.holds(pin, item, concerned) ? 0 : 1;
			answered.add(item);
		}
		edits.add(TextEdits.replaceFeature(disclosure, TekigoPackage.Literals.DISCLOSURE__CATALOG, target.getName()));
		if (name != null && !name.equals(disclosure.getName())) {
			edits.add(TextEdits.replaceFeature(disclosure, TekigoPackage.Literals.DOCUMENT__NAME, name));
		}
		int newItems = (int) targetItems.values().stream().filter(item -> !answered.contains(item)).count();
		return new Migration(TextEdits.apply(documentText, edits), List.copyOf(unplaced), carried, stale, newItems);
	}

	/** What the answer was given against: its pin, or its texts as they are now when it has none. */
	private static Pin given(Answer answer) {
		Pin written = AnswerPins.written(answer);
		return written != null ? written : AnswerPins.current(answer);
	}

	/** The same fingerprints, each requirement's under the id of its counterpart where it has one. */
	private static Pin renamed(Pin pin, Map<String, Requirement> sourceRequirements, RequirementMapping mapping) {
		Map<String, String> renamed = new LinkedHashMap<>();
		pin.requirements().forEach((id, hash) -> {
			String target = Optional.ofNullable(sourceRequirements.get(id)).flatMap(mapping::map).map(Ids::of).orElse(id);
			renamed.putIfAbsent(target, hash);
		});
		return new Pin(pin.item(), renamed);
	}

	private static Map<String, Item> items(Catalog catalog) {
		Map<String, Item> items = new LinkedHashMap<>();
		catalog.eAllContents().forEachRemaining(e -> {
			if (e instanceof Item item) {
				items.putIfAbsent(Ids.of(item), item);
			}
		});
		return items;
	}

	private static int line(Answer answer) {
		var node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.getNode(answer);
		return node == null ? 0 : node.getStartLine();
	}
}
