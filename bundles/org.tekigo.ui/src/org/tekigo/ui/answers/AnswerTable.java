package org.tekigo.ui.answers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.tekigo.reports.model.DisclosureView.Status;

/**
 * The Answers page's table: virtual, so that a 4,330-row disclosure draws only the rows on
 * screen; a column per {@link AnswerColumn} with its {@link AnswerCellLabels} and
 * {@link AnswerCellEditing}; sorting by a click on a header. Editing starts as in a spreadsheet:
 * F2, Enter, tabbing, or a click in a row already selected (a click elsewhere only selects).
 * A double-click shows the row's answer in the Source page.
 */
final class AnswerTable {

	/** Room around a combo's text: its arrow and margins. */
	private static final int COMBO_TRIM = 48;

	private final AnswersPage page;
	private final AnswerTableModel model;
	private final TableViewer viewer;
	/** The selection before the mouse went down: a click in a selected row starts editing it. */
	private Set<AnswerRow> selectionAtMouseDown = Set.of();

	AnswerTable(Composite parent, AnswersPage page, AnswerCellEditing editing) {
		this.page = page;
		this.model = page.model();
		viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				if (index < model.visible().size()) {
					viewer.replace(model.visible().get(index), index);
				}
			}

			@Override
			public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
			}
		});
		for (AnswerColumn column : AnswerColumn.values()) {
			TableViewerColumn tableColumn = new TableViewerColumn(viewer, SWT.LEFT);
			tableColumn.getColumn().setText(column.header());
			tableColumn.getColumn().setWidth(column.width());
			tableColumn.getColumn().setMoveable(column != AnswerColumn.MARKERS);
			tableColumn.setLabelProvider(new AnswerCellLabels(column));
			tableColumn.getColumn().addListener(SWT.Selection, event -> sortBy(column, tableColumn.getColumn()));
			EditingSupport support = editing.forColumn(column, viewer);
			if (support != null) {
				tableColumn.setEditingSupport(support);
			}
		}
		ColumnViewerToolTipSupport.enableFor(viewer, ToolTip.NO_RECREATE);
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
						|| event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
								&& (event.keyCode == SWT.F2 || event.keyCode == SWT.CR)
						|| event.eventType == ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
								&& event.getSource() instanceof ViewerCell cell
								&& selectionAtMouseDown.contains(cell.getElement());
			}
		}, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
		table.addListener(SWT.MouseDown, event -> selectionAtMouseDown = new HashSet<>(selection()));
		viewer.setInput(model);
		fitStatusColumn(page.scale());
		viewer.addDoubleClickListener(event -> {
			List<AnswerRow> rows = selection();
			if (rows.size() == 1 && rows.get(0).offset() >= 0) {
				page.host().showSource(rows.get(0).offset(), rows.get(0).length());
			}
		});
	}

	TableViewer viewer() {
		return viewer;
	}

	/** The selected rows, in the table's order. */
	List<AnswerRow> selection() {
		if (viewer.getTable().isDisposed()) {
			return List.of();
		}
		List<AnswerRow> rows = new ArrayList<>();
		for (int index : viewer.getTable().getSelectionIndices()) {
			if (index < model.visible().size()) {
				rows.add(model.visible().get(index));
			}
		}
		return rows;
	}

	/**
	 * The status column as wide as its combo's longest choice ("適合可能", "(unanswered)"), so that
	 * neither the cell's combo nor its list cuts a word; never narrower than it was.
	 */
	void fitStatusColumn(List<Status> scale) {
		if (viewer.getTable().isDisposed()) {
			return;
		}
		TableColumn column = viewer.getTable().getColumn(AnswerColumn.STATUS.ordinal());
		GC gc = new GC(viewer.getTable());
		try {
			int widest = gc.textExtent(AnswersPage.UNANSWERED).x;
			for (Status word : scale) {
				widest = Math.max(widest, gc.textExtent(word.label()).x);
			}
			column.setWidth(Math.max(column.getWidth(), widest + COMBO_TRIM));
		} finally {
			gc.dispose();
		}
	}

	private void sortBy(AnswerColumn column, TableColumn header) {
		List<String> selected = selection().stream().map(AnswerRow::key).toList();
		model.sortBy(column);
		Table table = viewer.getTable();
		table.setSortColumn(header);
		table.setSortDirection(model.descending() ? SWT.DOWN : SWT.UP);
		page.refresh(selected);
	}

	/** Shows the model's visible rows; selects the rows with these keys again. */
	void refresh(List<String> selectedKeys) {
		List<AnswerRow> rows = model.visible();
		viewer.setItemCount(rows.size());
		viewer.refresh();
		if (!selectedKeys.isEmpty()) {
			Map<String, Integer> index = new HashMap<>();
			for (int i = 0; i < rows.size(); i++) {
				index.put(rows.get(i).key(), i);
			}
			viewer.getTable().setSelection(selectedKeys.stream().filter(index::containsKey).mapToInt(index::get).toArray());
		}
	}
}
