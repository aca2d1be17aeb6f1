package org.tekigo.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.tekigo.Status;
import org.tekigo.dsl.tekigo.TekigoFactory;
import org.tekigo.dsl.workspace.Ids;
import org.tekigo.reports.DisclosureViews;
import org.tekigo.reports.checklist.EditedAnswer;

/**
 * Brings the statuses and comments a person edited in checklist.xlsx into the disclosure.
 * Rows are matched by their stable id, never by position; a status given to an unanswered
 * item's row becomes a new answer. A comment left as the statement's text keeps the `see`; a
 * comment cell that could not be read as text leaves the answer's comment as it was.
 */
public final class ChecklistEdits {

	/** What changed, one line per answer, for the user. */
	public record Result(List<String> changes, List<String> unknownIds) {
	}

	private ChecklistEdits() {
	}

	/** The disclosure with the most answers under the spreadsheet's ids, if any has one. */
	public static Optional<Disclosure> disclosureAnswering(Collection<Disclosure> disclosures, Map<String, EditedAnswer> edits) {
		return disclosures.stream()
				.map(d -> Map.entry(d, d.getAnswers().stream().map(DisclosureViews::answerId).filter(edits::containsKey).count()))
				.filter(e -> e.getValue() > 0).max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
	}

	public static Result apply(Disclosure disclosure, Map<String, EditedAnswer> edits) {
		Map<String, EditedAnswer> pending = new LinkedHashMap<>(edits);
		List<String> changes = new ArrayList<>();
		for (Answer answer : disclosure.getAnswers()) {
			String id = DisclosureViews.answerId(answer);
			EditedAnswer edit = pending.remove(id);
			if (edit != null && edit.status() != null) {
				update(answer, edit, changes, id);
			}
		}
		Map<String, Item> items = new LinkedHashMap<>();
		disclosure.getCatalog().eAllContents().forEachRemaining(e -> {
			if (e instanceof Item item) {
				items.put(Ids.of(item), item);
			}
		});
		List<String> unknown = new ArrayList<>();
		for (EditedAnswer edit : pending.values()) {
			Item item = items.get(edit.id());
			if (item == null) {
				unknown.add(edit.id() + " (row " + edit.row() + ")");
			} else if (edit.status() != null) {
				Answer answer = TekigoFactory.eINSTANCE.createAnswer();
				answer.setItem(item);
				answer.setStatus(status(edit));
				answer.setComment(edit.hasComment() && !edit.comment().isBlank() ? edit.comment() : null);
				disclosure.getAnswers().add(answer);
				changes.add(edit.id() + ": answered " + edit.statusLabel());
			}
		}
		return new Result(changes, unknown);
	}

	private static void update(Answer answer, EditedAnswer edit, List<String> changes, String id) {
		Status status = status(edit);
		if (answer.getStatus() != status) {
			changes.add(id + ": " + answer.getStatus().getLiteral() + " → " + status.getLiteral());
			answer.setStatus(status);
		}
		if (!edit.hasComment()) {
			return; // the cell could not be read as text; the reader has said so
		}
		String current = answer.getStatement() != null ? answer.getStatement().getText() : Objects.requireNonNullElse(answer.getComment(), "");
		if (!current.equals(edit.comment())) {
			changes.add(id + ": comment changed");
			answer.setStatement(null);
			answer.setComment(edit.comment().isBlank() ? null : edit.comment());
		}
	}

	private static Status status(EditedAnswer edit) {
		return switch (edit.status()) {
			case CONFORMANT -> Status.CONFORMANT;
			case NONCONFORMANT -> Status.NONCONFORMANT;
			case NOT_APPLICABLE -> Status.NOT_APPLICABLE;
		};
	}

}
