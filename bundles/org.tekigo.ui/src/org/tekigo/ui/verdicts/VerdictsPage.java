package org.tekigo.ui.verdicts;

import static org.eclipse.osgi.util.NLS.bind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.tekigo.dsl.ide.quickfix.IssueFixes;
import org.tekigo.reports.review.ReviewView;
import org.tekigo.reports.review.ReviewView.Row;
import org.tekigo.ui.answers.AnswersPage;
import org.tekigo.ui.editor.EditorModel;
import org.tekigo.ui.nls.UiMessages;

/**
 * A review's Verdicts page: one row per answer of the reviewed disclosure, the vendor's status
 * and comment beside the hospital's verdict, note, date and follow-up. The verdict, note and
 * follow-up are edited in place (each edit one undo step, that verdict's text only), several rows
 * judged at once from the context menu, Ctrl+1 offers the text's fixes of a row; a suspect row
 * says what the answer said when judged and what it says now.
 */
public final class VerdictsPage {

	private static final ReviewView.Judgement[] JUDGEMENTS = { ReviewView.Judgement.ACCEPTED, ReviewView.Judgement.NEEDS_CLARIFICATION,
			ReviewView.Judgement.NOT_ACCEPTED, ReviewView.Judgement.PENDING };
	private static final String[] KINDS = java.util.Arrays.stream(JUDGEMENTS).map(ReviewView.Judgement::label).toArray(String[]::new);
	private static final Pattern PIN = Pattern.compile("pinned (\\S+) (\\S+)");

	private final AnswersPage.Host host;
	private final VerdictChanges changes;
	private Composite control;
	private VerdictFilterBar filterBar;
	private TableViewer viewer;
	private Label details;
	private List<Row> all = List.of();
	private List<Row> visible = List.of();
	private VerdictFilter filter = VerdictFilter.NONE;
	private Comparator<Row> order;
	private Map<Integer, List<Issue>> issuesByLine = Map.of();
	private String text = "";

	public VerdictsPage(AnswersPage.Host host) {
		this.host = host;
		this.changes = new VerdictChanges(host);
	}

	public Control create(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = layout.marginHeight = 0;
		control.setLayout(layout);
		filterBar = new VerdictFilterBar(control, this::setFilter);
		viewer = new TableViewer(control, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				if (index < visible.size()) {
					viewer.replace(visible.get(index), index);
				}
			}

			@Override
			public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
			}
		});
		for (VerdictColumn column : VerdictColumn.values()) {
			TableViewerColumn tableColumn = new TableViewerColumn(viewer, SWT.LEFT);
			tableColumn.getColumn().setText(column.header());
			tableColumn.getColumn().setWidth(column.width());
			tableColumn.getColumn().addListener(SWT.Selection, event -> sortBy(column));
			tableColumn.setLabelProvider(labels(column));
			EditingSupport editing = editing(column);
			if (editing != null) {
				tableColumn.setEditingSupport(editing);
			}
		}
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.setInput(this);
		viewer.addSelectionChangedListener(event -> showDetails());
		viewer.addDoubleClickListener(event -> {
			List<Row> selected = selection();
			if (selected.size() == 1 && selected.get(0).line() > 0) {
				showSourceAtLine(selected.get(0).line());
			}
		});
		viewer.getTable().addListener(SWT.KeyDown, event -> {
			if ((event.stateMask & SWT.MOD1) != 0 && event.character == '1') {
				showFixes();
			}
		});
		viewer.getTable().setMenu(bulkMenu());
		details = new Label(control, SWT.WRAP);
		details.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
		return control;
	}

	// ---- what the editor tells the page -------------------------------------------------------

	/** Shows a complete snapshot's verdicts, keeping the selection. */
	public void show(EditorModel.Snapshot snapshot) {
		ReviewView review = snapshot.review();
		if (control == null || control.isDisposed() || review == null) {
			return;
		}
		List<String> selected = selection().stream().map(Row::answerId).toList();
		text = snapshot.text();
		Map<Integer, List<Issue>> byLine = new HashMap<>();
		for (Issue issue : snapshot.issues()) {
			if (issue.getLineNumber() != null) {
				byLine.computeIfAbsent(issue.getLineNumber(), line -> new ArrayList<>()).add(issue);
			}
		}
		issuesByLine = byLine;
		all = review.rows();
		refresh(selected);
	}

	// ---- what the tests and the menus do ------------------------------------------------------

	public List<Row> rows() {
		return all;
	}

	public List<Row> visible() {
		return visible;
	}

	public TableViewer viewer() {
		return viewer;
	}

	public List<Row> selection() {
		if (viewer == null || viewer.getTable().isDisposed()) {
			return List.of();
		}
		List<Row> rows = new ArrayList<>();
		for (int index : viewer.getTable().getSelectionIndices()) {
			if (index < visible.size()) {
				rows.add(visible.get(index));
			}
		}
		return rows;
	}

	public void select(List<Row> rows) {
		List<String> ids = rows.stream().map(Row::answerId).toList();
		viewer.getTable().setSelection(java.util.stream.IntStream.range(0, visible.size()).filter(i -> ids.contains(visible.get(i).answerId()))
				.toArray());
		showDetails();
	}

	public void setFilter(VerdictFilter newFilter) {
		filter = newFilter;
		filterBar.show(newFilter);
		refresh(selection().stream().map(Row::answerId).toList());
	}

	/** Judges the rows as one undo step, their notes and follow-ups kept (the context menu's Judge as). */
	public void judgeAs(List<Row> rows, ReviewView.Judgement kind) {
		changes.judgeAs(rows, kind);
	}

	/** Sets a row's note (as its cell editor does). */
	public void setNote(Row row, String note) {
		changes.judge(List.of(row), now -> new VerdictChanges.Judgement(now.kind(), note, now.action(), now.owner(), now.due()));
	}

	/** What the page says under the table about the selected row: a suspect's two versions. */
	public String details() {
		return details.getText();
	}

	// ---- the table --------------------------------------------------------------------------

	private void refresh(List<String> selectedIds) {
		List<Row> rows = new ArrayList<>(all.stream().filter(filter::shows).toList());
		if (order != null) {
			rows.sort(order);
		}
		visible = rows;
		viewer.setItemCount(rows.size());
		viewer.refresh();
		if (!selectedIds.isEmpty()) {
			viewer.getTable().setSelection(java.util.stream.IntStream.range(0, rows.size())
					.filter(i -> selectedIds.contains(rows.get(i).answerId())).toArray());
		}
		filterBar.showCount(rows.size(), all.size());
		showDetails();
	}

	private void sortBy(VerdictColumn column) {
		Comparator<Row> byColumn = Comparator.comparing(column::text);
		order = order == null ? byColumn : null; // a second click on a header gives the review's order back
		viewer.getTable().setSortColumn(order == null ? null : viewer.getTable().getColumn(column.ordinal()));
		viewer.getTable().setSortDirection(order == null ? SWT.NONE : SWT.UP);
		refresh(selection().stream().map(Row::answerId).toList());
	}

	private ColumnLabelProvider labels(VerdictColumn column) {
		return new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String full = column.text((Row) element);
				int line = full.indexOf('\n');
				return line < 0 ? full : full.substring(0, line) + " …";
			}

			@Override
			public String getToolTipText(Object element) {
				Row row = (Row) element;
				if (column == VerdictColumn.MARKERS) {
					List<Issue> issues = issuesByLine.getOrDefault(row.line(), List.of());
					return row.line() <= 0 || issues.isEmpty() ? null : String.join("\n", issues.stream().map(Issue::getMessage).toList());
				}
				String full = column.text(row);
				return full.isBlank() ? null : full;
			}

			@Override
			public Image getImage(Object element) {
				if (column != VerdictColumn.MARKERS) {
					return null;
				}
				Row row = (Row) element;
				List<Issue> issues = row.line() <= 0 ? List.of() : issuesByLine.getOrDefault(row.line(), List.of());
				ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
				return issues.stream().anyMatch(i -> i.getSeverity() == Severity.ERROR) ? images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK)
						: issues.stream().anyMatch(i -> i.getSeverity() == Severity.WARNING) ? images.getImage(ISharedImages.IMG_OBJS_WARN_TSK) : null;
			}
		};
	}

	private EditingSupport editing(VerdictColumn column) {
		return switch (column) {
			case VERDICT -> new EditingSupport(viewer) {
				@Override
				protected CellEditor getCellEditor(Object element) {
					return new ComboBoxCellEditor(viewer.getTable(), KINDS, SWT.READ_ONLY);
				}

				@Override
				protected boolean canEdit(Object element) {
					return !((Row) element).orphan();
				}

				@Override
				protected Object getValue(Object element) {
					return java.util.Arrays.asList(KINDS).indexOf(((Row) element).judgement().label());
				}

				@Override
				protected void setValue(Object element, Object value) {
					int index = (Integer) value;
					if (index >= 0 && !KINDS[index].equals(((Row) element).judgement().label())) {
						changes.judgeAs(List.of((Row) element), JUDGEMENTS[index]);
					}
				}
			};
			case NOTE -> text(column, (now, value) -> new VerdictChanges.Judgement(now.kind(), value, now.action(), now.owner(), now.due()));
			case ACTION -> text(column, (now, value) -> new VerdictChanges.Judgement(now.kind(), now.note(), value, now.owner(), now.due()));
			case OWNER -> text(column, (now, value) -> new VerdictChanges.Judgement(now.kind(), now.note(), now.action(), value, now.due()));
			case DUE -> text(column, (now, value) -> new VerdictChanges.Judgement(now.kind(), now.note(), now.action(), now.owner(), value));
			default -> null;
		};
	}

	private EditingSupport text(VerdictColumn column,
			java.util.function.BiFunction<VerdictChanges.Judgement, String, VerdictChanges.Judgement> change) {
		return new EditingSupport(viewer) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return new TextCellEditor(viewer.getTable());
			}

			@Override
			protected boolean canEdit(Object element) {
				return !((Row) element).orphan();
			}

			@Override
			protected Object getValue(Object element) {
				return column.text((Row) element);
			}

			@Override
			protected void setValue(Object element, Object value) {
				if (!String.valueOf(value).equals(column.text((Row) element))) {
					changes.judge(List.of((Row) element), now -> change.apply(now, String.valueOf(value).strip()));
				}
			}
		};
	}

	/** Judge as ▸ 受入可 / 要確認 / 受入不可 / 未判定, for the selected rows at once. */
	private Menu bulkMenu() {
		MenuManager manager = new MenuManager();
		manager.setRemoveAllWhenShown(true);
		manager.addMenuListener(menu -> {
			MenuManager judge = new MenuManager(UiMessages.Verdicts_judgeAs);
			for (ReviewView.Judgement kind : JUDGEMENTS) {
				judge.add(new org.eclipse.jface.action.Action(kind.label()) {
					@Override
					public void run() {
						judgeAs(selection(), kind);
					}
				});
			}
			menu.add(judge);
		});
		return manager.createContextMenu(viewer.getTable());
	}

	/** Ctrl+1: the fixes of the selected row's issues, as the text offers them, in a menu at the row. */
	private void showFixes() {
		List<IssueFixes.Fix> fixes = fixesOfSelection();
		if (fixes.isEmpty()) {
			return;
		}
		Menu menu = new Menu(viewer.getTable());
		for (IssueFixes.Fix fix : fixes) {
			MenuItem item = new MenuItem(menu, SWT.PUSH);
			item.setText(fix.label());
			item.addListener(SWT.Selection, event -> host.applyFix(fix));
		}
		org.eclipse.swt.graphics.Rectangle cell = viewer.getTable().getSelection()[0].getBounds(VerdictColumn.VERDICT.ordinal());
		menu.setLocation(viewer.getTable().toDisplay(cell.x, cell.y + cell.height));
		menu.setVisible(true);
	}

	/** The fixes Ctrl+1 offers for the selected row: those of the issues of its verdict's line. */
	public List<IssueFixes.Fix> fixesOfSelection() {
		List<Row> selected = selection();
		if (selected.size() != 1 || selected.get(0).line() <= 0) {
			return List.of();
		}
		return host.fixes(issuesByLine.getOrDefault(selected.get(0).line(), List.of()));
	}

	/** The issues of a row's verdict, as its marker shows them. */
	public List<Issue> issuesOf(Row row) {
		return row.line() <= 0 ? List.of() : issuesByLine.getOrDefault(row.line(), List.of());
	}

	/** A suspect row: what the answer said when judged (its pin) beside what it says now. */
	private void showDetails() {
		List<Row> selected = selection();
		String shown = "";
		if (selected.size() == 1 && (selected.get(0).suspect() || selected.get(0).orphan())) {
			Row row = selected.get(0);
			Matcher pin = PIN.matcher(lineText(row.line()));
			boolean pinned = pin.find();
			shown = row.orphan() ? UiMessages.Verdicts_orphanDetails
					: bind(UiMessages.Verdicts_suspectDetails, new Object[] { pinned ? pin.group(1) : "?", pinned ? pin.group(2) : "?",
							row.status(), row.comment() });
		}
		details.setText(shown);
		control.layout(true, true);
	}

	private String lineText(int line) {
		if (line <= 0) {
			return "";
		}
		String[] lines = text.split("\n", -1);
		return line <= lines.length ? lines[line - 1] : "";
	}

	private void showSourceAtLine(int line) {
		String[] lines = text.split("\n", -1);
		int offset = 0;
		for (int i = 0; i < line - 1 && i < lines.length; i++) {
			offset += lines[i].length() + 1;
		}
		host.showSource(offset, line - 1 < lines.length ? lines[line - 1].length() : 0);
	}
}
