package org.tekigo.ui.answers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ReplaceRegion;
import org.tekigo.dsl.edition.PinEdits;
import org.tekigo.dsl.ide.edit.AnswerEdits;
import org.tekigo.dsl.ide.edit.AnswerEdits.Replacement;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.tekigo.Statement;
import org.tekigo.dsl.workspace.Ids;
import org.tekigo.reports.DisclosureViews;
import org.tekigo.reports.model.DisclosureView.Status;

/**
 * The Answers page's edits, one row or many at once, as functions of the editor's resource that
 * change the model and return the replacements that write the changed answers to the text.
 * The replacements come in the order to apply them: from the end of the text backwards (offsets
 * are those of the text before any of them), so each leaves the next one's offsets valid.
 */
public final class AnswerChanges {

	private AnswerChanges() {
	}

	/** The status of each row; null makes an answered row unanswered (removes its answer). */
	public static Function<XtextResource, List<Replacement>> status(List<AnswerRow> rows, Status status) {
		return resource -> each(resource, rows, (edits, disclosure, row) -> {
			Answer answer = answer(disclosure, row);
			if (answer != null) {
				return status == null ? edits.remove(answer) : edits.setStatus(answer, status.label());
			}
			Item item = item(disclosure, row.itemId());
			return status == null || item == null ? null : edits.answer(disclosure, item, status.label());
		});
	}

	public static Function<XtextResource, List<Replacement>> comment(List<AnswerRow> rows, String comment) {
		return resource -> each(resource, rows, (edits, disclosure, row) -> {
			Answer answer = answer(disclosure, row);
			return answer == null ? null : edits.setComment(answer, comment);
		});
	}

	public static Function<XtextResource, List<Replacement>> statement(List<AnswerRow> rows, String name) {
		return resource -> each(resource, rows, (edits, disclosure, row) -> {
			Answer answer = answer(disclosure, row);
			Statement statement = disclosure.getStatements().stream().filter(s -> name.equals(s.getName())).findFirst().orElse(null);
			return answer == null || statement == null ? null : edits.setStatement(answer, statement);
		});
	}

	public static Function<XtextResource, List<Replacement>> remediation(List<AnswerRow> rows, String plan, String owner, String due) {
		return resource -> each(resource, rows, (edits, disclosure, row) -> {
			Answer answer = answer(disclosure, row);
			return answer == null ? null : edits.setRemediation(answer, plan, owner, due);
		});
	}

	/** Each stale answer confirmed: pinned again to the texts it answers as they are now (its pin alone is rewritten). */
	public static Function<XtextResource, List<Replacement>> confirm(List<AnswerRow> rows) {
		return resource -> each(resource, rows, (edits, disclosure, row) -> {
			Answer answer = answer(disclosure, row);
			if (answer == null) {
				return null;
			}
			ReplaceRegion pin = PinEdits.pin(List.of(answer), resource.getParseResult().getRootNode().getText()).getFirst();
			return new Replacement(pin.getOffset(), pin.getLength(), pin.getText());
		});
	}

	@FunctionalInterface
	private interface RowEdit {
		Replacement apply(AnswerEdits edits, Disclosure disclosure, AnswerRow row);
	}

	private static List<Replacement> each(XtextResource resource, List<AnswerRow> rows, RowEdit edit) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Disclosure disclosure)) {
			return List.of();
		}
		AnswerEdits edits = resource.getResourceServiceProvider().get(AnswerEdits.class);
		List<Replacement> replacements = new ArrayList<>();
		// In the catalog's order, so that answers given to several unanswered items at once land in that order.
		for (AnswerRow row : rows.stream().sorted(Comparator.comparingInt(AnswerRow::position)).toList()) {
			Replacement replacement = edit.apply(edits, disclosure, row);
			if (replacement != null) {
				replacements.add(replacement);
			}
		}
		// Backwards; of two at one offset (insertions after one answer) the later first, so the earlier stays ahead of it.
		List<Replacement> ordered = new ArrayList<>();
		for (int i = replacements.size() - 1; i >= 0; i--) {
			ordered.add(replacements.get(i));
		}
		ordered.sort(Comparator.comparingInt(Replacement::offset).reversed());
		return ordered;
	}

	private static Answer answer(Disclosure disclosure, AnswerRow row) {
		if (!row.answered()) {
			return null;
		}
		for (Answer answer : disclosure.getAnswers()) {
			if (answer.getItem() != null && !answer.getItem().eIsProxy() && row.key().equals(DisclosureViews.answerId(answer))) {
				return answer;
			}
		}
		return null;
	}

	private static Item item(Disclosure disclosure, String id) {
		if (disclosure.getCatalog() == null || disclosure.getCatalog().eIsProxy()) {
			return null;
		}
		for (var contents = disclosure.getCatalog().eAllContents(); contents.hasNext();) {
			EObject element = contents.next();
			if (element instanceof Item item && Ids.of(item).equals(id)) {
				return item;
			}
		}
		return null;
	}
}
