package org.tekigo.dsl.edition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.AnswerPin;
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.tekigo.PinnedText;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.tekigo.TekigoFactory;
import org.tekigo.dsl.workspace.Fingerprints;
import org.tekigo.dsl.workspace.Ids;
import org.tekigo.dsl.workspace.Requirements;

/**
 * What an answer was given against: its item's text and the texts of the requirements it answers
 * (the one in {@code [ ]}, else its item's related ones), as fingerprints keyed by the
 * requirements' ids. An answer whose pin no longer matches those texts is stale.
 */
public final class AnswerPins {

	/** A pin: the item text's fingerprint, and each requirement's by its id, in the order written. */
	public record Pin(String item, Map<String, String> requirements) {

		/** "pinned 3f2a91c0, 6.3/C/3 9a1b2c3d", as the tooling writes it after an answer. */
		public String text() {
			StringBuilder text = new StringBuilder("pinned ").append(item);
			requirements.forEach((id, hash) -> text.append(", ").append(id).append(' ').append(hash));
			return text.toString();
		}
	}

	public enum ChangeKind {
		/** The item's text is not the one the answer was given against. */
		ITEM_CHANGED,
		/** A requirement's text is not the one the answer was given against. */
		REQUIREMENT_CHANGED,
		/** A requirement the answer now concerns was not among those it was given against. */
		REQUIREMENT_ADDED,
		/** A requirement the answer was given against no longer concerns it. */
		REQUIREMENT_REMOVED
	}

	/**
	 * One difference between a pin and the texts as they are.
	 *
	 * @param id         the item's id, or the requirement's id here
	 * @param pinnedHash the fingerprint pinned (null for an added requirement)
	 * @param now        the item or requirement as it is now (null for a removed requirement)
	 */
	public record Change(ChangeKind kind, String id, String pinnedHash, EObject now) {
	}

	private AnswerPins() {
	}

	/** The pin of the answer as its texts are now; null when its item does not resolve. */
	public static Pin current(Answer answer) {
		Item item = answer.getItem();
		return item == null || item.eIsProxy() ? null : current(item, Requirements.concerned(answer));
	}

	/** The pin of an answer to this item concerning these requirements, as their texts are now. */
	public static Pin current(Item item, List<Requirement> concerned) {
		Map<String, String> requirements = new LinkedHashMap<>();
		for (Requirement requirement : concerned) {
			requirements.putIfAbsent(Ids.of(requirement), Fingerprints.of(text(requirement)));
		}
		return new Pin(Fingerprints.of(text(item)), requirements);
	}

	/** The pin as written; null when the answer has none. */
	public static Pin written(Answer answer) {
		AnswerPin pin = answer.getPin();
		if (pin == null) {
			return null;
		}
		Map<String, String> requirements = new LinkedHashMap<>();
		for (PinnedText text : pin.getTexts()) {
			requirements.putIfAbsent(text.getRequirement(), text.getHash());
		}
		return new Pin(pin.getItemHash(), requirements);
	}

	/**
	 * What changed since the answer was given; empty when it is fresh, not pinned, or its item
	 * or one of the requirements it concerns does not resolve (the linker reports those).
	 */
	public static List<Change> changes(Answer answer) {
		Pin written = written(answer);
		if (written == null || !resolves(answer)) {
			return List.of();
		}
		return changes(written, answer.getItem(), Requirements.concerned(answer));
	}

	/** What differs between a pin and an answer to this item concerning these requirements, as they are now. */
	public static List<Change> changes(Pin written, Item item, List<Requirement> concerned) {
		List<Change> changes = new ArrayList<>();
		if (!Fingerprints.of(text(item)).equals(written.item())) {
			changes.add(new Change(ChangeKind.ITEM_CHANGED, Ids.of(item), written.item(), item));
		}
		List<String> ids = new ArrayList<>();
		for (Requirement requirement : concerned) {
			String id = Ids.of(requirement);
			ids.add(id);
			String pinned = written.requirements().get(id);
			if (pinned == null) {
				changes.add(new Change(ChangeKind.REQUIREMENT_ADDED, id, null, requirement));
			} else if (!pinned.equals(Fingerprints.of(text(requirement)))) {
				changes.add(new Change(ChangeKind.REQUIREMENT_CHANGED, id, pinned, requirement));
			}
		}
		written.requirements().forEach((id, hash) -> {
			if (!ids.contains(id)) {
				changes.add(new Change(ChangeKind.REQUIREMENT_REMOVED, id, hash, null));
			}
		});
		return changes;
	}

	/** Pins the answer to its texts as they are now (in the model, for writers that serialize it). */
	public static void pinNow(Answer answer) {
		Pin pin = current(answer);
		if (pin == null) {
			return;
		}
		AnswerPin written = TekigoFactory.eINSTANCE.createAnswerPin();
		written.setItemHash(pin.item());
		pin.requirements().forEach((id, hash) -> {
			PinnedText text = TekigoFactory.eINSTANCE.createPinnedText();
			text.setRequirement(id);
			text.setHash(hash);
			written.getTexts().add(text);
		});
		answer.setPin(written);
	}

	public static boolean isStale(Answer answer) {
		return !changes(answer).isEmpty();
	}

	/** Whether the answer's pin is written as the tooling writes it: fingerprints of 8 hex digits, each requirement once. */
	public static boolean isWellFormed(AnswerPin pin) {
		if (!Fingerprints.isWellFormed(pin.getItemHash())) {
			return false;
		}
		List<String> seen = new ArrayList<>();
		for (PinnedText text : pin.getTexts()) {
			if (!Fingerprints.isWellFormed(text.getHash()) || text.getRequirement() == null || seen.contains(text.getRequirement())) {
				return false;
			}
			seen.add(text.getRequirement());
		}
		return true;
	}

	/** The item and its related requirements resolve, and the answer's own requirement if it names one. */
	private static boolean resolves(Answer answer) {
		Item item = answer.getItem();
		return item != null && !item.eIsProxy() && item.getRelations().stream().noneMatch(EObject::eIsProxy)
				&& (answer.getRequirement() == null || !answer.getRequirement().eIsProxy());
	}

	private static String text(Item item) {
		return item.getText() == null ? "" : item.getText();
	}

	private static String text(Requirement requirement) {
		return requirement.getText() == null ? "" : requirement.getText();
	}
}
