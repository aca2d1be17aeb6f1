package org.tekigo.ui.answers;

import org.tekigo.ui.nls.UiMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.tekigo.dsl.ide.edit.AnswerEdits.Replacement;
import org.tekigo.dsl.ide.quickfix.IssueFixes;
import org.tekigo.reports.model.DisclosureView.Status;
import org.tekigo.reports.model.ScaleWords;
import org.tekigo.ui.editor.EditorModel;

/**
 * The Answers page of a disclosure's editor: the whole disclosure as a table, one row per answer
 * and per unanswered item in the catalog's order, with filters that combine, sorting by any
 * column, edits in place and on a selection. The table shows the rows of the last reconcile; an
 * edit changes the model and is written to the document as a replacement of the changed answer
 * only ({@link AnswerChanges}), so the Source page, undo and save see one document.
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
	private static final String ALL_SCOPES = UiMessages.Answers_allScopes;
	private static final String ALL_STATUSES = UiMessages.Answers_allStatuses;

	private final Host host;
	private final AnswerTableModel model = new AnswerTableModel();
	private Composite control;
	private Composite notice;
	private Link noticeText;
	private Combo scope;
	private Combo status;
	/** The words of the disclosure's catalog, as the last snapshot had them: the combo, the editor and the menu offer these. */
	private List<Status> scale = Status.PROVIDER;
	private Button gapsOnly;
	private Button minimumGapsOnly;
	private Button withIssuesOnly;
	private Button staleOnly;
	private Text search;
	private Label count;
	private TableViewer viewer;
	private StaleDetails staleDetails;
	private boolean readOnly;
	private int firstErrorOffset = -1;
	private List<String> scopes = List.of();
	/** The cell editor last opened (what a test drives as a user would). */
	private CellEditor activeCellEditor;
	/** The selection before the mouse went down: a click in a selected row starts editing it. */
	private Set<AnswerRow> selectionAtMouseDown = Set.of();

	public AnswersPage(Host host) {
		this.host = host;
	}

	public Control create(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		control.setLayout(new GridLayout(1, false));
		createNotice(control);
		createFilterBar(control);
		createTable(control);
		staleDetails = new StaleDetails(control);
		viewer.addSelectionChangedListener(event -> staleDetails.show(selection()));
		return control;
	}

	public TableViewer viewer() {
		return viewer;
	}

	public AnswerTableModel model() {
		return model;
	}

	public boolean readOnly() {
		return readOnly;
	}

	/** The gaps-only switch's label, in the scale's words. */
	public String gapsOnlyLabel() {
		return gapsOnly.getText();
	}

	/** What the status filter offers: all, the scale's words, unanswered. */
	public List<String> statusFilterChoices() {
		return List.of(status.getItems());
	}

	/** The cell editor the table last opened, while it is open. */
	public CellEditor activeCellEditor() {
		return activeCellEditor;
	}

	/** Shows a complete snapshot's rows, keeping the selection; read-only when the text has syntax errors. */
	public void show(EditorModel.Snapshot snapshot, List<AnswerRow> rows) {
		if (control == null || control.isDisposed() || rows == null) {
			return;
		}
		Issue syntax = snapshot.issues().stream().filter(Issue::isSyntaxError).findFirst().orElse(null);
		readOnly = syntax != null;
		firstErrorOffset = syntax == null || syntax.getOffset() == null ? -1 : syntax.getOffset();
		if (syntax != null) {
			noticeText.setText(bind(UiMessages.Answers_syntaxErrors, syntax.getLineNumber(), syntax.getMessage()));
		}
		((GridData) notice.getLayoutData()).exclude = syntax == null;
		notice.setVisible(syntax != null);
		List<String> selected = selection().stream().map(AnswerRow::key).toList();
		setScale(snapshot.view() == null ? scale : snapshot.view().scale());
		model.setRows(rows);
		updateScopes(rows);
		refresh(selected);
		staleDetails.show(selection());
		control.layout(true, true);
	}

	/** Selects the row whose answer's text holds the offset (the outline and the dashboard do this). */
	public void selectAt(int offset) {
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
		viewer.getTable().setSelection(index);
		viewer.getTable().showSelection();
	}

	public List<AnswerRow> selection() {
		if (viewer == null || viewer.getTable().isDisposed()) {
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

	public void setFilter(AnswerFilter filter) {
		model.setFilter(filter);
		showFilter(filter);
		refresh(selection().stream().map(AnswerRow::key).toList());
	}

	// ---- the parts of the page ---------------------------------------------------------------

	private void createNotice(Composite parent) {
		notice = new Composite(parent, SWT.NONE);
		notice.setLayout(new GridLayout(1, false));
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.exclude = true;
		notice.setLayoutData(data);
		notice.setVisible(false);
		noticeText = new Link(notice, SWT.WRAP);
		noticeText.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		noticeText.setForeground(Display.getDefault().getSystemColor(SWT.COLOR_DARK_RED));
		noticeText.addListener(SWT.Selection, event -> {
			if (firstErrorOffset >= 0) {
				host.showSource(firstErrorOffset, 0);
			}
		});
	}

	/** All, the scale's words, 未回答: the status filter's choices. */
	private String[] statusChoices() {
		List<String> choices = new ArrayList<>(List.of(ALL_STATUSES));
		scale.forEach(word -> choices.add(word.label()));
		choices.add(UNANSWERED);
		return choices.toArray(String[]::new);
	}

	/** Offers another scale's words (the catalog's scale changed, or another disclosure is shown); the filter in force stays when its word does. */
	private void setScale(List<Status> newScale) {
		if (newScale.equals(scale)) {
			return;
		}
		scale = newScale;
		fitStatusColumn();
		if (status != null && !status.isDisposed()) {
			status.setItems(statusChoices());
			// "Gaps only (不適合)" says the scale's gap word: "(いいえ)" for the cybersecurity checklist.
			ScaleWords words = new ScaleWords(scale);
			gapsOnly.setText(words.say(UiMessages.Answers_gapsOnly));
			gapsOnly.setToolTipText(words.say(UiMessages.Answers_gapsOnlyTip));
			minimumGapsOnly.setToolTipText(words.say(UiMessages.Answers_minimumGapsOnlyTip));
			gapsOnly.getParent().layout(true);
		}
		AnswerFilter filter = model.filter();
		if (filter.status() != null && !scale.contains(filter.status())) {
			setFilter(filter.withStatus(null, false));
		} else {
			showFilter(filter);
		}
	}

	/** Room around a combo's text: its arrow and margins. */
	private static final int COMBO_TRIM = 48;

	/**
	 * The status column as wide as its combo's longest choice ("適合可能", "(unanswered)"), so that
	 * neither the cell's combo nor its list cuts a word; never narrower than it was.
	 */
	private void fitStatusColumn() {
		if (viewer == null || viewer.getTable().isDisposed()) {
			return;
		}
		org.eclipse.swt.widgets.TableColumn column = viewer.getTable().getColumn(AnswerColumn.STATUS.ordinal());
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(viewer.getTable());
		try {
			int widest = gc.textExtent(UNANSWERED).x;
			for (Status word : scale) {
				widest = Math.max(widest, gc.textExtent(word.label()).x);
			}
			column.setWidth(Math.max(column.getWidth(), widest + COMBO_TRIM));
		} finally {
			gc.dispose();
		}
	}

	/** Two lines: what to show (scope, status, search, the count), then the three switches. */
	private void createFilterBar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		bar.setLayout(new GridLayout(4, false));
		scope = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		scope.setItems(ALL_SCOPES);
		scope.select(0);
		scope.setToolTipText(UiMessages.Answers_scopeTip);
		GridData scopeData = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
		scopeData.widthHint = 280; // the labels are long; the list shows them whole
		scope.setLayoutData(scopeData);
		scope.addListener(SWT.Selection, event -> setFilter(model.filter()
				.withScope(scope.getSelectionIndex() <= 0 ? null : scopes.get(scope.getSelectionIndex() - 1))));
		status = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		status.setItems(statusChoices());
		status.select(0);
		status.addListener(SWT.Selection, event -> {
			int index = status.getSelectionIndex();
			Status chosen = index >= 1 && index <= scale.size() ? scale.get(index - 1) : null;
			setFilter(model.filter().withStatus(chosen, index == scale.size() + 1));
		});
		search = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage(UiMessages.Answers_search);
		search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		search.addListener(SWT.Modify, event -> {
			if (!search.getText().equals(model.filter().search())) {
				setFilter(model.filter().withSearch(search.getText()));
			}
		});
		count = new Label(bar, SWT.NONE);
		count.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
		Composite switches = new Composite(bar, SWT.NONE);
		switches.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
		RowLayout row = new RowLayout(SWT.HORIZONTAL);
		row.marginLeft = row.marginTop = row.marginBottom = 0;
		row.spacing = 16;
		switches.setLayout(row);
		gapsOnly = check(switches, UiMessages.Answers_gapsOnly, UiMessages.Answers_gapsOnlyTip);
		minimumGapsOnly = check(switches, UiMessages.Answers_minimumGapsOnly, UiMessages.Answers_minimumGapsOnlyTip);
		withIssuesOnly = check(switches, UiMessages.Answers_withIssues, UiMessages.Answers_withIssuesTip);
		staleOnly = check(switches, UiMessages.Answers_staleOnly, UiMessages.Answers_staleOnlyTip);
		for (Button button : List.of(gapsOnly, minimumGapsOnly, withIssuesOnly, staleOnly)) {
			button.addListener(SWT.Selection, event -> setFilter(model.filter()
					.withGaps(gapsOnly.getSelection(), minimumGapsOnly.getSelection()).withIssues(withIssuesOnly.getSelection())
					.withStale(staleOnly.getSelection())));
		}
	}

	/** The filter bar shows the filter in force, however it was set. */
	private void showFilter(AnswerFilter filter) {
		if (scope == null || scope.isDisposed()) {
			return;
		}
		scope.select(filter.scope() == null || !scopes.contains(filter.scope()) ? 0 : scopes.indexOf(filter.scope()) + 1);
		status.select(filter.unansweredOnly() ? scale.size() + 1 : filter.status() == null ? 0 : scale.indexOf(filter.status()) + 1);
		gapsOnly.setSelection(filter.gapsOnly());
		minimumGapsOnly.setSelection(filter.minimumGapsOnly());
		withIssuesOnly.setSelection(filter.withIssuesOnly());
		staleOnly.setSelection(filter.staleOnly());
		if (!search.getText().equals(filter.search())) {
			search.setText(filter.search());
		}
	}

	private static Button check(Composite bar, String text, String tip) {
		Button button = new Button(bar, SWT.CHECK);
		button.setText(text);
		button.setToolTipText(tip);
		return button;
	}

	private void resetFilterBar() {
		model.setFilter(AnswerFilter.NONE);
		showFilter(AnswerFilter.NONE);
	}

	private void updateScopes(List<AnswerRow> rows) {
		Set<String> labels = new LinkedHashSet<>();
		for (AnswerRow row : rows) {
			labels.add(row.category());
			labels.add(row.group());
		}
		List<String> newScopes = List.copyOf(labels);
		if (newScopes.equals(scopes)) {
			return;
		}
		String current = scope.getSelectionIndex() <= 0 ? null : scopes.get(scope.getSelectionIndex() - 1);
		scopes = newScopes;
		List<String> items = new ArrayList<>();
		items.add(ALL_SCOPES);
		Set<String> categories = new java.util.HashSet<>(rows.stream().map(AnswerRow::category).toList());
		scopes.forEach(label -> items.add(categories.contains(label) ? label : "    " + label));
		scope.setItems(items.toArray(String[]::new));
		scope.select(current == null || !scopes.contains(current) ? 0 : scopes.indexOf(current) + 1);
	}

	private void createTable(Composite parent) {
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
			tableColumn.setLabelProvider(new CellLabels(column));
			tableColumn.getColumn().addListener(SWT.Selection, event -> sortBy(column, tableColumn.getColumn()));
			EditingSupport editing = editing(column);
			if (editing != null) {
				tableColumn.setEditingSupport(editing);
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
								&& event.getSource() instanceof org.eclipse.jface.viewers.ViewerCell cell
								&& selectionAtMouseDown.contains(cell.getElement());
			}
		}, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
		table.addListener(SWT.MouseDown, event -> selectionAtMouseDown = new java.util.HashSet<>(selection()));
		viewer.setInput(model);
		fitStatusColumn();
		viewer.addDoubleClickListener(event -> {
			List<AnswerRow> rows = selection();
			if (rows.size() == 1 && rows.get(0).offset() >= 0) {
				host.showSource(rows.get(0).offset(), rows.get(0).length());
			}
		});
		table.addKeyListener(new KeyAdapter() {
			@Override
			public void keyPressed(KeyEvent event) {
				if ((event.stateMask & SWT.MOD1) != 0 && event.keyCode == '1') {
					showFixes();
					event.doit = false;
				}
			}
		});
		createMenu(table);
	}

	private void sortBy(AnswerColumn column, TableColumn header) {
		List<String> selected = selection().stream().map(AnswerRow::key).toList();
		model.sortBy(column);
		Table table = viewer.getTable();
		table.setSortColumn(header);
		table.setSortDirection(model.descending() ? SWT.DOWN : SWT.UP);
		refresh(selected);
	}

	/** Shows the model's visible rows; selects the rows with these keys again. */
	private void refresh(List<String> selectedKeys) {
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
		count.setText(bind(UiMessages.Answers_count, rows.size(), model.all().size()));
		count.getParent().layout();
	}

	// ---- cells --------------------------------------------------------------------------------

	private static final class CellLabels extends ColumnLabelProvider {
		private final AnswerColumn column;

		CellLabels(AnswerColumn column) {
			this.column = column;
		}

		@Override
		public String getText(Object element) {
			return column == AnswerColumn.MARKERS ? "" : column.text((AnswerRow) element);
		}

		@Override
		public Image getImage(Object element) {
			if (column != AnswerColumn.MARKERS) {
				return null;
			}
			AnswerRow row = (AnswerRow) element;
			ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
			return row.hasErrors() ? images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK)
					: row.hasIssues() ? images.getImage(ISharedImages.IMG_OBJS_WARN_TSK) : null;
		}

		@Override
		public String getToolTipText(Object element) {
			AnswerRow row = (AnswerRow) element;
			if (column == AnswerColumn.MARKERS) {
				return row.hasIssues() ? row.markerText() : null;
			}
			String full = switch (column) {
				case ITEM_TEXT -> row.itemText();
				case COMMENT -> row.comment();
				case REQUIREMENTS -> row.requirements();
				case PLAN -> row.plan();
				case EVIDENCE -> row.evidence();
				default -> null;
			};
			return full == null || full.isBlank() ? null : full;
		}

		@Override
		public Color getForeground(Object element) {
			if (column != AnswerColumn.STATUS || ((AnswerRow) element).status() == null) {
				return null;
			}
			return Display.getDefault().getSystemColor(switch (((AnswerRow) element).status().meaning()) {
				case FULFILLED -> SWT.COLOR_DARK_GREEN;
				case PARTLY_FULFILLED -> SWT.COLOR_DARK_YELLOW;
				case GAP -> SWT.COLOR_RED;
				case NOT_APPLICABLE -> SWT.COLOR_DARK_GRAY;
			});
		}
	}

	/** How a column edits in place, or null when it does not. */
	private EditingSupport editing(AnswerColumn column) {
		return switch (column) {
			case STATUS -> new StatusEditing();
			case COMMENT -> new TextEditing(column, true, null);
			case PLAN -> new TextEditing(column, true, null);
			case OWNER -> new TextEditing(column, false, null);
			case DUE -> new TextEditing(column, false, value -> value.isBlank() || value.strip().matches("\\d{4}-\\d{2}-\\d{2}") ? null
					: UiMessages.Answers_dueFormat);
			default -> null;
		};
	}

	/** The scale's words, then 未回答 (the last choice). */
	private final class StatusEditing extends EditingSupport {

		StatusEditing() {
			super(viewer);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			List<String> choices = new ArrayList<>(scale.stream().map(Status::label).toList());
			choices.add(UNANSWERED);
			activeCellEditor = new ComboBoxCellEditor(viewer.getTable(), choices.toArray(String[]::new), SWT.READ_ONLY);
			return activeCellEditor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return !readOnly;
		}

		@Override
		protected Object getValue(Object element) {
			Status current = ((AnswerRow) element).status();
			return current == null || !scale.contains(current) ? scale.size() : scale.indexOf(current);
		}

		@Override
		protected void setValue(Object element, Object value) {
			int index = (Integer) value;
			if (index < 0 || index == (int) getValue(element)) {
				return;
			}
			host.change(AnswerChanges.status(List.of((AnswerRow) element), index >= scale.size() ? null : scale.get(index)));
		}
	}

	private final class TextEditing extends EditingSupport {
		private final AnswerColumn column;
		private final boolean multiLine;
		private final Function<String, String> validator;

		TextEditing(AnswerColumn column, boolean multiLine, Function<String, String> validator) {
			super(viewer);
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
			activeCellEditor = editor;
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			AnswerRow row = (AnswerRow) element;
			// A comment goes with an answer; a plan, owner and due date with a plan.
			return !readOnly && row.answered() && (column == AnswerColumn.COMMENT || column == AnswerColumn.PLAN
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
			host.change(switch (column) {
				case COMMENT -> AnswerChanges.comment(List.of(row), text);
				case PLAN -> AnswerChanges.remediation(List.of(row), text, row.owner(), row.due());
				case OWNER -> AnswerChanges.remediation(List.of(row), row.plan(), text, row.due());
				default -> AnswerChanges.remediation(List.of(row), row.plan(), row.owner(), text);
			});
		}
	}

	// ---- Ctrl+1 and the menu ------------------------------------------------------------------

	private void showFixes() {
		List<AnswerRow> rows = selection();
		if (rows.size() != 1 || readOnly) {
			return;
		}
		List<IssueFixes.Fix> fixes = host.fixes(rows.get(0).issues());
		Table table = viewer.getTable();
		Menu menu = new Menu(table);
		if (fixes.isEmpty()) {
			MenuItem none = new MenuItem(menu, SWT.PUSH);
			none.setText(UiMessages.Answers_noQuickFixes);
			none.setEnabled(false);
		}
		for (IssueFixes.Fix fix : fixes) {
			MenuItem item = new MenuItem(menu, SWT.PUSH);
			item.setText(fix.label());
			item.addListener(SWT.Selection, event -> host.applyFix(fix));
		}
		menu.setLocation(fixesLocation());
		menu.setVisible(true);
	}

	/**
	 * Where Ctrl+1 shows a row's fixes, in display coordinates: under the row's status cell, where
	 * the eye is when editing the answer (the row's own bounds start at the table's left edge).
	 */
	public Point fixesLocation() {
		Table table = viewer.getTable();
		Rectangle cell = table.getItem(table.getSelectionIndex()).getBounds(AnswerColumn.STATUS.ordinal());
		return table.toDisplay(cell.x, cell.y + cell.height);
	}

	private void createMenu(Table table) {
		MenuManager manager = new MenuManager();
		manager.setRemoveAllWhenShown(true);
		manager.addMenuListener(this::fillMenu);
		table.setMenu(manager.createContextMenu(table));
	}

	private void fillMenu(IMenuManager menu) {
		List<AnswerRow> rows = selection();
		if (rows.isEmpty()) {
			return;
		}
		MenuManager statuses = new MenuManager(UiMessages.Answers_setStatus);
		for (Status choice : scale) {
			statuses.add(action(choice.label(), () -> host.change(AnswerChanges.status(rows, choice))));
		}
		statuses.add(action(UNANSWERED, () -> host.change(AnswerChanges.status(rows, null))));
		menu.add(statuses);
		List<AnswerRow> answered = rows.stream().filter(AnswerRow::answered).toList();
		MenuManager statements = new MenuManager(UiMessages.Answers_referToStatement);
		host.statements().forEach((name, text) -> statements.add(action(name + ": " + shorten(text),
				() -> host.change(AnswerChanges.statement(answered, name)))));
		menu.add(statements);
		menu.add(action(UiMessages.Answers_addRemediation, () -> {
			RemediationDialog dialog = new RemediationDialog(viewer.getTable().getShell(), answered.size());
			if (dialog.open() == RemediationDialog.OK) {
				host.change(AnswerChanges.remediation(answered, dialog.plan(), dialog.owner(), dialog.due()));
			}
		}, !answered.isEmpty()));
		List<AnswerRow> stale = answered.stream().filter(AnswerRow::isStale).toList();
		menu.add(action(NLS.bind(UiMessages.Answers_confirm, stale.size()), () -> host.change(AnswerChanges.confirm(stale)), !stale.isEmpty()));
		menu.add(new Separator());
		AnswerRow first = rows.get(0);
		menu.add(action(UiMessages.Answers_showInSource, () -> host.showSource(first.offset(), first.length()), first.offset() >= 0));
		if (readOnly) {
			for (var contribution : menu.getItems()) {
				if (contribution instanceof org.eclipse.jface.action.MenuManager sub) {
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
		action.setEnabled(enabled && (!readOnly || text.equals(UiMessages.Answers_showInSource)));
		return action;
	}

	private static String shorten(String text) {
		String line = text.replaceAll("\\s+", " ");
		return line.length() <= 30 ? line : line.substring(0, 30) + "…";
	}

}
