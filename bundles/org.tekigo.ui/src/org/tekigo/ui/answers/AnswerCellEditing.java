package org.tekigo.ui.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.tekigo.reports.model.DisclosureView.Status;
import org.tekigo.ui.nls.UiMessages;

/**
 * How the Answers page's cells edit in place: the status with a combo of the scale's words, the
 * comment and the remediation (plan, owner, due date) as text. An edit of a cell is an edit of its
 * row's answer ({@link AnswerChanges}), written by the editor; nothing edits while the page is
 * read-only. Keeps the cell editor last opened, so that a test can drive it as a user would.
 */
final class AnswerCellEditing {

	private final AnswersPage page;
	/** The cell editor last opened (what a test drives as a user would). */
	private CellEditor active;

	AnswerCellEditing(AnswersPage page) {
		this.page = page;
	}

	/** The cell editor the table last opened, while it is open. */
	CellEditor active() {
		return active;
	}

	/** How a column edits in place, or null when it does not. */
	EditingSupport forColumn(AnswerColumn column, TableViewer viewer) {
		return switch (column) {
			case STATUS -> new StatusEditing(viewer);
			case COMMENT -> new TextEditing(viewer, column, true, null);
			case PLAN -> new TextEditing(viewer, column, true, null);
			case OWNER -> new TextEditing(viewer, column, false, null);
			case DUE -> new TextEditing(viewer, column, false, value -> value.isBlank() || value.strip().matches("\\d{4}-\\d{2}-\\d{2}") ? null
					: UiMessages.Answers_dueFormat);
			default -> null;
		};
	}

	/** The scale's words, then 未回答 (the last choice). */
	private final class StatusEditing extends EditingSupport {
		private final TableViewer viewer;

		StatusEditing(TableViewer viewer) {
			super(viewer);
			this.viewer = viewer;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			List<String> choices = new ArrayList<>(page.scale().stream().map(Status::label).toList());
			choices.add(AnswersPage.UNANSWERED);
			active = new ComboBoxCellEditor(viewer.getTable(), choices.toArray(String[]::new), SWT.READ_ONLY);
			return active;
		}

		@Override
		protected boolean canEdit(Object element) {
			return !page.readOnly();
		}

		@Override
		protected Object getValue(Object element) {
			List<Status> scale = page.scale();
			Status current = ((AnswerRow) element).status();
			return current == null || !scale.contains(current) ? scale.size() : scale.indexOf(current);
		}

		@Override
		protected void setValue(Object element, Object value) {
			List<Status> scale = page.scale();
			int index = (Integer) value;
			if (index < 0 || index == (int) getValue(element)) {
				return;
			}
			page.host().change(AnswerChanges.status(List.of((AnswerRow) element), index >= scale.size() ? null : scale.get(index)));
		}
	}

	private final class TextEditing extends EditingSupport {
		private final TableViewer viewer;
		private final AnswerColumn column;
		private final boolean multiLine;
		private final Function<String, String> validator;

		TextEditing(TableViewer viewer, AnswerColumn column, boolean multiLine, Function<String, String> validator) {
			super(viewer);
			this.viewer = viewer;
			this.column = column;
			this.multiLine = multiLine;
			this.validator = validator;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			TextCellEditor editor = multiLine
					? new TextCellEditor(viewer.getTable(), SWT.MULTI | SWT.WRAP | SWT.V_SCROLL)
					: new TextCellEditor(viewer.getTable());
			if (validator != null) {
				editor.setValidator(value -> validator.apply(String.valueOf(value)));
			}
			active = editor;
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			AnswerRow row = (AnswerRow) element;
			// A comment goes with an answer; a plan, owner and due date with a plan.
			return !page.readOnly() && row.answered() && (column == AnswerColumn.COMMENT || column == AnswerColumn.PLAN
					|| !row.plan().isBlank());
		}

		@Override
		protected Object getValue(Object element) {
			AnswerRow row = (AnswerRow) element;
			return switch (column) {
				case COMMENT -> row.comment();
				case PLAN -> row.plan();
				case OWNER -> row.owner();
				default -> row.due();
			};
		}

		@Override
		protected void setValue(Object element, Object value) {
			if (value == null || value.equals(getValue(element))) {
				return; // unchanged, or refused by the validator
			}
			AnswerRow row = (AnswerRow) element;
			String text = (String) value;
			page.host().change(switch (column) {
				case COMMENT -> AnswerChanges.comment(List.of(row), text);
				case PLAN -> AnswerChanges.remediation(List.of(row), text, row.owner(), row.due());
				case OWNER -> AnswerChanges.remediation(List.of(row), row.plan(), text, row.due());
				default -> AnswerChanges.remediation(List.of(row), row.plan(), row.owner(), text);
			});
		}
	}
}
