package org.tekigo.ui.answers;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.tekigo.dsl.ide.quickfix.IssueFixes;
import org.tekigo.ui.nls.UiMessages;

/**
 * Ctrl+1 in the Answers page's table: the quick fixes of the selected row's issues, those the
 * Source page's Ctrl+1 offers, in a menu under the row's status cell. One row at a time, and
 * none while the page is read-only.
 */
final class QuickFixPopup {

	private final Table table;
	private final AnswersPage page;

	QuickFixPopup(Table table, AnswersPage page) {
		this.table = table;
		this.page = page;
		table.addKeyListener(new KeyAdapter() {
			@Override
			public void keyPressed(KeyEvent event) {
				if ((event.stateMask & SWT.MOD1) != 0 && event.keyCode == '1') {
					show();
					event.doit = false;
				}
			}
		});
	}

	private void show() {
		List<AnswerRow> rows = page.selection();
		if (rows.size() != 1 || page.readOnly()) {
			return;
		}
		List<IssueFixes.Fix> fixes = page.host().fixes(rows.get(0).issues());
		Menu menu = new Menu(table);
		if (fixes.isEmpty()) {
			MenuItem none = new MenuItem(menu, SWT.PUSH);
			none.setText(UiMessages.Answers_noQuickFixes);
			none.setEnabled(false);
		}
		for (IssueFixes.Fix fix : fixes) {
			MenuItem item = new MenuItem(menu, SWT.PUSH);
			item.setText(fix.label());
			item.addListener(SWT.Selection, event -> page.host().applyFix(fix));
		}
		menu.setLocation(location());
		menu.setVisible(true);
	}

	/**
	 * Where Ctrl+1 shows a row's fixes, in display coordinates: under the row's status cell, where
	 * the eye is when editing the answer (the row's own bounds start at the table's left edge).
	 */
	Point location() {
		Rectangle cell = table.getItem(table.getSelectionIndex()).getBounds(AnswerColumn.STATUS.ordinal());
		return table.toDisplay(cell.x, cell.y + cell.height);
	}
}
