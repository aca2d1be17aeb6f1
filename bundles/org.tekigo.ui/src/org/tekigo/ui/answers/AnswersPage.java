package org.tekigo.ui.answers;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.tekigo.dsl.ide.edit.AnswerEdits.Replacement;
import org.tekigo.dsl.ide.quickfix.IssueFixes;
import org.tekigo.reports.model.DisclosureView.Status;
import org.tekigo.ui.editor.EditorModel;
import org.tekigo.ui.nls.UiMessages;

/**
 * The Answers page of a disclosure's editor: the whole disclosure as a table, one row per answer
 * and per unanswered item in the catalog's order, with filters that combine, sorting by any
 * column, edits in place and on a selection. The table shows the rows of the last reconcile; an
 * edit changes the model and is written to the document as a replacement of the changed answer
 * only ({@link AnswerChanges}), so the Source page, undo and save see one document.
 * <p>
 * The page keeps what its parts share (the rows, the catalog's scale, whether the text can be
 * edited) and wires them: the {@link SyntaxNotice} and the {@link AnswerFilterBar} above the
 * {@link AnswerTable}, whose cells edit with {@link AnswerCellEditing}; the {@link QuickFixPopup}
 * on Ctrl+1 and the {@link BulkActions} of its menu; the {@link StaleDetails} below it.
 */
public final class AnswersPage {

	/** What the page needs of its editor. */
	public interface Host {
		/** Applies an edit of the model (run under the model's lock) to the document, as one undo step. */
		void change(Function<XtextResource, List<Replacement>> edit);

		/** The quick fixes of the issues of a row, as the text's Ctrl+1 offers them. */
		List<IssueFixes.Fix> fixes(List<Issue> issues);

		void applyFix(IssueFixes.Fix fix);

		/** Shows the Source page at this text. */
		void showSource(int offset, int length);

		/** The statements of the disclosure, name and text, for "Refer to statement". */
		Map<String, String> statements();
	}

	static final String UNANSWERED = UiMessages.Answers_unanswered;

	private final Host host;
	private final AnswerTableModel model = new AnswerTableModel();
	/** The words of the disclosure's catalog, as the last snapshot had them: the combo, the editor and the menu offer these. */
	private List<Status> scale = Status.PROVIDER;
	private boolean readOnly;
	private Composite control;
	private SyntaxNotice notice;
	private AnswerFilterBar filterBar;
	private AnswerCellEditing cellEditing;
	private AnswerTable table;
	private QuickFixPopup quickFixes;
	private StaleDetails staleDetails;

	public AnswersPage(Host host) {
		this.host = host;
	}

	public Control create(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		control.setLayout(new GridLayout(1, false));
		notice = new SyntaxNotice(control, host);
		filterBar = new AnswerFilterBar(control, this);
		cellEditing = new AnswerCellEditing(this);
		table = new AnswerTable(control, this, cellEditing);
		quickFixes = new QuickFixPopup(table.viewer().getTable(), this);
		new BulkActions(table.viewer().getTable(), this);
		staleDetails = new StaleDetails(control);
		table.viewer().addSelectionChangedListener(event -> staleDetails.show(selection()));
		return control;
	}

	public TableViewer viewer() {
		return table == null ? null : table.viewer();
	}

	public AnswerTableModel model() {
		return model;
	}

	public boolean readOnly() {
		return readOnly;
	}

	/** The gaps-only switch's label, in the scale's words. */
	public String gapsOnlyLabel() {
		return filterBar.gapsOnlyLabel();
	}

	/** What the status filter offers: all, the scale's words, unanswered. */
	public List<String> statusFilterChoices() {
		return filterBar.statusFilterChoices();
	}

	/** The cell editor the table last opened, while it is open. */
	public CellEditor activeCellEditor() {
		return cellEditing == null ? null : cellEditing.active();
	}

	/**
	 * Where Ctrl+1 shows a row's fixes, in display coordinates: under the row's status cell, where
	 * the eye is when editing the answer (the row's own bounds start at the table's left edge).
	 */
	public Point fixesLocation() {
		return quickFixes.location();
	}

	/** Shows a complete snapshot's rows, keeping the selection; read-only when the text has syntax errors. */
	public void show(EditorModel.Snapshot snapshot, List<AnswerRow> rows) {
		if (control == null || control.isDisposed() || rows == null) {
			return;
		}
		Issue syntax = snapshot.issues().stream().filter(Issue::isSyntaxError).findFirst().orElse(null);
		readOnly = syntax != null;
		notice.show(syntax);
		List<String> selected = selection().stream().map(AnswerRow::key).toList();
		setScale(snapshot.view() == null ? scale : snapshot.view().scale());
		model.setRows(rows);
		filterBar.updateScopes(rows);
		refresh(selected);
		staleDetails.show(selection());
		control.layout(true, true);
		if (pendingReveal >= 0) {
			int offset = pendingReveal;
			pendingReveal = -1;
			selectAt(offset);
		}
	}

	/** An offset to select once the rows are there (a reveal in an editor just opened comes before its first snapshot). */
	private int pendingReveal = -1;

	/** Selects the row whose answer's text holds the offset (the outline and the dashboard do this). */
	public void selectAt(int offset) {
		if (model.all().isEmpty()) {
			pendingReveal = offset;
			return;
		}
		AnswerRow row = model.rowAt(offset);
		if (row == null) {
			return;
		}
		int index = model.visible().indexOf(row);
		if (index < 0) {
			model.setFilter(AnswerFilter.NONE);
			resetFilterBar();
			refresh(List.of());
			index = model.visible().indexOf(row);
		}
		table.viewer().getTable().setSelection(index);
		table.viewer().getTable().showSelection();
	}

	public List<AnswerRow> selection() {
		return table == null ? List.of() : table.selection();
	}

	public void setFilter(AnswerFilter filter) {
		model.setFilter(filter);
		filterBar.show(filter);
		refresh(selection().stream().map(AnswerRow::key).toList());
	}

	// ---- what the parts share ------------------------------------------------------------------

	Host host() {
		return host;
	}

	/** The words of the disclosure's catalog, as the last snapshot had them. */
	List<Status> scale() {
		return scale;
	}

	/** Shows the model's visible rows and their count; selects the rows with these keys again. */
	void refresh(List<String> selectedKeys) {
		table.refresh(selectedKeys);
		filterBar.showCount(model.visible().size(), model.all().size());
	}

	/** Offers another scale's words (the catalog's scale changed, or another disclosure is shown); the filter in force stays when its word does. */
	private void setScale(List<Status> newScale) {
		if (newScale.equals(scale)) {
			return;
		}
		scale = newScale;
		table.fitStatusColumn(scale);
		filterBar.showScale();
		AnswerFilter filter = model.filter();
		if (filter.status() != null && !scale.contains(filter.status())) {
			setFilter(filter.withStatus(null, false));
		} else {
			filterBar.show(filter);
		}
	}

	private void resetFilterBar() {
		model.setFilter(AnswerFilter.NONE);
		filterBar.show(AnswerFilter.NONE);
	}
}
