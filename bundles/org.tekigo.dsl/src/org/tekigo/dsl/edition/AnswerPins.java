package org.tekigo.dsl.edition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.tekigo.Requirement;
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
		return answer.getPin() == null ? null : parse(answer.getPin());
	}

	/**
	 * "pinned 3f2a91c0, 6.3/C/3 9a1b2c3d" (as the parser gives the value, white space between its
	 * tokens made one space): the item's fingerprint, then each requirement's. A part that is not
	 * an id and a fingerprint is kept under an empty id, for the validator.
	 */
	static Pin parse(String value) {
		List<String> parts = parts(value);
		Map<String, String> requirements = new LinkedHashMap<>();
		for (int i = 1; i < parts.size(); i++) {
			String part = parts.get(i);
			int space = part.lastIndexOf(' ');
			String id = space < 0 ? "" : part.substring(0, space).strip();
			requirements.merge(id, space < 0 ? part : part.substring(space + 1), (a, b) -> a + " " + b);
		}
		return new Pin(parts.get(0), requirements);
	}

	/** The comma-separated parts of a pin's value after its keyword, each stripped (no regular expression: validation reads every pin). */
	private static List<String> parts(String value) {
		String text = value.strip();
		if (text.startsWith("pinned")) {
			text = text.substring("pinned".length());
		}
		List<String> parts = new ArrayList<>();
		int start = 0;
		for (int comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', start)) {
			parts.add(text.substring(start, comma).strip());
			start = comma + 1;
		}
		parts.add(text.substring(start).strip());
		return parts;
	}

	/**
	 * What changed since the answer was given; empty when it is fresh, not pinned, or its item
	 * or one of the requirements it concerns does not resolve (the linker reports those).
	 */
	public static List<Change> changes(Answer answer) {
		if (answer.getPin() == null || !resolves(answer)) {
			return List.of();
		}
		List<Requirement> concerned = Requirements.concerned(answer);
		Pin written = parse(answer.getPin());
		if (sameTexts(written.item(), List.copyOf(written.requirements().values()), answer.getItem(), concerned)) {
			return List.of(); // the common case, found without naming the requirements
		}
		return changes(written, answer.getItem(), concerned);
	}

	/**
	 * Whether the pin holds the fingerprints of exactly these texts, whatever ids it files them
	 * under: the answer was given against the texts it concerns now. (Validation asks this of every
	 * answer on every change; naming each requirement is left to the rare stale answer.)
	 */
	private static boolean sameTexts(String itemHash, List<String> requirementHashes, Item item, List<Requirement> concerned) {
		if (!Fingerprints.of(text(item)).equals(itemHash) || requirementHashes.size() != concerned.size()) {
			return false;
		}
		List<String> pinned = new ArrayList<>(requirementHashes);
		for (Requirement requirement : concerned) {
			if (!pinned.remove(Fingerprints.of(text(requirement)))) {
				return false;
			}
		}
		return true;
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

	/** Whether an answer to this item concerning these requirements, pinned so, would be fresh. */
	public static boolean holds(Pin pin, Item item, List<Requirement> concerned) {
		return sameTexts(pin.item(), List.copyOf(pin.requirements().values()), item, concerned);
	}

	/** Pins the answer to its texts as they are now (in the model, for writers that serialize it). */
	public static void pinNow(Answer answer) {
		Pin pin = current(answer);
		if (pin != null) {
			answer.setPin(pin.text());
		}
	}

	public static boolean isStale(Answer answer) {
		return !changes(answer).isEmpty();
	}

	/** Whether a pin is written as the tooling writes it: fingerprints of 8 hex digits, each requirement once. */
	public static boolean isWellFormed(String pin) {
		List<String> parts = parts(pin);
		if (!Fingerprints.isWellFormed(parts.get(0))) {
			return false;
		}
		Set<String> seen = new HashSet<>();
		for (int i = 1; i < parts.size(); i++) {
			String part = parts.get(i);
			int space = part.indexOf(' ');
			if (space < 0 || space != part.lastIndexOf(' ') || !Fingerprints.isWellFormed(part.substring(space + 1))
					|| !seen.add(part.substring(0, space))) {
				return false;
			}
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
