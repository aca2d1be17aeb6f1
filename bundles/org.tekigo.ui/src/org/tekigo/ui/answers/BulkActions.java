package org.tekigo.ui.answers;

import static org.eclipse.osgi.util.NLS.bind;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.widgets.Table;
import org.tekigo.reports.model.DisclosureView.Status;
import org.tekigo.ui.nls.UiMessages;

/**
 * The Answers page's context menu: edits of all the selected rows at once (set the status, refer
 * to a statement, add a remediation, confirm the stale answers), each one undo step, and Show in
 * Source for the first row. While the page is read-only only Show in Source stays enabled and
 * the submenus are hidden.
 */
final class BulkActions {

	private final Table table;
	private final AnswersPage page;

	BulkActions(Table table, AnswersPage page) {
		this.table = table;
		this.page = page;
		MenuManager manager = new MenuManager();
		manager.setRemoveAllWhenShown(true);
		manager.addMenuListener(this::fill);
		table.setMenu(manager.createContextMenu(table));
	}

	private void fill(IMenuManager menu) {
		List<AnswerRow> rows = page.selection();
		if (rows.isEmpty()) {
			return;
		}
		AnswersPage.Host host = page.host();
		MenuManager statuses = new MenuManager(UiMessages.Answers_setStatus);
		for (Status choice : page.scale()) {
			statuses.add(action(choice.label(), () -> host.change(AnswerChanges.status(rows, choice))));
		}
		statuses.add(action(AnswersPage.UNANSWERED, () -> host.change(AnswerChanges.status(rows, null))));
		menu.add(statuses);
		List<AnswerRow> answered = rows.stream().filter(AnswerRow::answered).toList();
		MenuManager statements = new MenuManager(UiMessages.Answers_referToStatement);
		host.statements().forEach((name, text) -> statements.add(action(name + ": " + shorten(text),
				() -> host.change(AnswerChanges.statement(answered, name)))));
		menu.add(statements);
		menu.add(action(UiMessages.Answers_addRemediation, () -> {
			RemediationDialog dialog = new RemediationDialog(table.getShell(), answered.size());
			if (dialog.open() == RemediationDialog.OK) {
				host.change(AnswerChanges.remediation(answered, dialog.plan(), dialog.owner(), dialog.due()));
			}
		}, !answered.isEmpty()));
		List<AnswerRow> stale = answered.stream().filter(AnswerRow::isStale).toList();
		menu.add(action(bind(UiMessages.Answers_confirm, stale.size()), () -> host.change(AnswerChanges.confirm(stale)), !stale.isEmpty()));
		menu.add(new Separator());
		AnswerRow first = rows.get(0);
		menu.add(action(UiMessages.Answers_showInSource, () -> host.showSource(first.offset(), first.length()), first.offset() >= 0));
		if (page.readOnly()) {
			for (var contribution : menu.getItems()) {
				if (contribution instanceof MenuManager sub) {
					sub.setVisible(false);
				}
			}
		}
	}

	private Action action(String text, Runnable run) {
		return action(text, run, true);
	}

	private Action action(String text, Runnable run, boolean enabled) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setEnabled(enabled && (!page.readOnly() || text.equals(UiMessages.Answers_showInSource)));
		return action;
	}

	/** A statement's text on one line, cut to fit a menu item. */
	private static String shorten(String text) {
		String line = text.replaceAll("\\s+", " ");
		return line.length() <= 30 ? line : line.substring(0, 30) + "…";
	}
}
