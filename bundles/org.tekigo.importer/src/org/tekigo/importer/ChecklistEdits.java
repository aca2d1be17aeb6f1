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
import org.tekigo.dsl.tekigo.Remediation;
import org.tekigo.dsl.tekigo.TekigoFactory;
import org.tekigo.dsl.workspace.Ids;
import org.tekigo.reports.DisclosureViews;
import org.tekigo.reports.checklist.ChecklistFormatException;
import org.tekigo.reports.checklist.EditedAnswer;
import org.tekigo.reports.checklist.EditedChecklist;
import org.tekigo.reports.model.DisclosureView.Status;

/**
 * Brings the words, comments and target dates a person edited in checklist.xlsx into the disclosure.
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

	/**
	 * The disclosure the spreadsheet was written from, when the workspace holds one of that name;
	 * else the one with the most answers under the spreadsheet's ids, if any has one.
	 */
	public static Optional<Disclosure> disclosureAnswering(Collection<Disclosure> disclosures, EditedChecklist checklist) {
		Optional<Disclosure> named = disclosures.stream().filter(d -> d.getName() != null && d.getName().equals(checklist.disclosure()))
				.findFirst();
		return named.isPresent() ? named : disclosureAnswering(disclosures, checklist.answers());
	}

	/** The disclosure with the most answers under the spreadsheet's ids, if any has one. */
	public static Optional<Disclosure> disclosureAnswering(Collection<Disclosure> disclosures, Map<String, EditedAnswer> edits) {
		return disclosures.stream()
				.map(d -> Map.entry(d, d.getAnswers().stream().map(DisclosureViews::answerId).filter(edits::containsKey).count()))
				.filter(e -> e.getValue() > 0).max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
	}

	/**
	 * Brings the edits in; refuses them all, before changing anything, when a row's word is not
	 * one of the disclosure's catalog's scale (naming the row).
	 */
	public static Result apply(Disclosure disclosure, Map<String, EditedAnswer> edits) throws ChecklistFormatException {
		List<Status> scale = DisclosureViews.scale(disclosure.getCatalog());
		new EditedChecklist(edits, List.of()).refuseWordsOutside(scale);
		Map<String, EditedAnswer> pending = new LinkedHashMap<>(edits);
		List<String> changes = new ArrayList<>();
		for (Answer answer : disclosure.getAnswers()) {
			String id = DisclosureViews.answerId(answer);
			EditedAnswer edit = pending.remove(id);
			if (edit != null && edit.word() != null) {
				update(answer, edit.status(scale).orElseThrow(), edit, changes, id);
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
			} else if (edit.word() != null) {
				Answer answer = TekigoFactory.eINSTANCE.createAnswer();
				answer.setItem(item);
				Status status = edit.status(scale).orElseThrow();
				answer.setStatus(status.label());
				answer.setComment(edit.hasComment() && !edit.comment().isBlank() ? edit.comment() : null);
				if (edit.hasDue() && !edit.due().isEmpty()) {
					setDue(answer, edit.due());
				}
				disclosure.getAnswers().add(answer);
				changes.add(edit.id() + ": answered " + status.label());
			}
		}
		return new Result(changes, unknown);
	}

	private static void update(Answer answer, Status status, EditedAnswer edit, List<String> changes, String id) {
		// An answer written with the word's alias (conformant) keeps it when the sheet chose the same word.
		if (!status.writtenAs(answer.getStatus())) {
			changes.add(id + ": " + answer.getStatus() + " → " + status.label());
			answer.setStatus(status.label());
		}
		if (edit.hasDue()) {
			String due = answer.getRemediation() == null ? "" : Objects.requireNonNullElse(answer.getRemediation().getDue(), "");
			if (!due.equals(edit.due())) {
				changes.add(id + ": target date " + (due.isEmpty() ? "-" : due) + " → " + (edit.due().isEmpty() ? "-" : edit.due()));
				setDue(answer, edit.due());
			}
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

	/** Sets the target date, or removes it ("") with a remediation that then says nothing. */
	private static void setDue(Answer answer, String due) {
		Remediation remediation = answer.getRemediation();
		if (due.isEmpty()) {
			if (remediation != null) {
				remediation.setDue(null);
				if (remediation.getPlan() == null && remediation.getOwner() == null) {
					answer.setRemediation(null);
				}
			}
			return;
		}
		if (remediation == null) {
			remediation = TekigoFactory.eINSTANCE.createRemediation();
			answer.setRemediation(remediation);
		}
		remediation.setDue(due);
	}
}
