package org.tekigo.ui.compare;

import static org.eclipse.osgi.util.NLS.bind;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.jface.resource.JFaceResources;
import org.tekigo.reports.compare.CompareMatrix;
import org.tekigo.reports.compare.CompareMatrix.Cell;
import org.tekigo.reports.compare.CompareMatrix.Part;
import org.tekigo.reports.compare.CompareMatrix.Row;
import org.tekigo.ui.TekigoUiPlugin;
import org.tekigo.ui.navigation.Reveal;
import org.tekigo.ui.nls.UiMessages;

/**
 * Vendor Comparison: {@code tekigo compare}'s matrix over a project's disclosures of one catalog,
 * an item per row and a vendor per column, the items where vendors differ first, coloured as
 * compare.html colours them. Filters combine (vendors differ, a minimum gap, words); a double-click
 * on a vendor's cell opens that vendor's answer.
 */
public class CompareView extends ViewPart {

	public static final String ID = "org.tekigo.ui.compareView";

	private Composite body;
	private Label heading;
	private org.eclipse.swt.widgets.Combo catalogs;
	private Button differsOnly;
	private Button minimumGapsOnly;
	private Text search;
	private Label count;
	private TableViewer viewer;
	private IProject project;
	private ProjectComparison comparison;

	@Override
	public void createPartControl(Composite parent) {
		body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(5, false));
		heading = new Label(body, SWT.WRAP);
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
		heading.setText(UiMessages.Compare_choose);
		// Which catalog's disclosures, where the project has several to compare.
		catalogs = new org.eclipse.swt.widgets.Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		catalogs.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
		catalogs.setToolTipText(UiMessages.Compare_catalog);
		catalogs.setVisible(false);
		catalogs.addListener(SWT.Selection, event -> {
			if (project != null) {
				compare(project, catalogs.getText());
			}
		});
		differsOnly = check(UiMessages.Compare_differsOnly);
		minimumGapsOnly = check(UiMessages.Compare_minimumGapsOnly);
		search = new Text(body, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage(UiMessages.Compare_search);
		search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		search.addListener(SWT.Modify, event -> refilter());
		count = new Label(body, SWT.NONE);
		count.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false, 2, 1));
		getViewSite().getActionBars().getToolBarManager().add(new Action(UiMessages.Compare_refresh) {
			@Override
			public void run() {
				if (project != null) {
					compare(project);
				}
			}
		});
	}

	private Button check(String text) {
		Button button = new Button(body, SWT.CHECK);
		button.setText(text);
		button.addListener(SWT.Selection, event -> refilter());
		return button;
	}

	/** Compares the project's disclosures; says so when fewer than two answer one catalog. */
	public void compare(IProject compared) {
		compare(compared, null);
	}

	/** Compares the project's disclosures of this catalog (null: the one most of them answer). */
	public void compare(IProject compared, String catalog) {
		project = compared;
		try {
			comparison = ProjectComparison.of(compared, catalog);
			List<String> comparable = comparison == null ? List.of() : comparison.comparableCatalogs();
			catalogs.setItems(comparable.toArray(String[]::new));
			catalogs.setVisible(comparable.size() > 1);
			catalogs.select(comparison == null ? -1 : comparable.indexOf(comparison.catalogId()));
		} catch (CoreException e) {
			TekigoUiPlugin.log("Cannot read " + compared.getName(), e);
			comparison = null;
		}
		if (viewer != null) {
			viewer.getTable().dispose();
			viewer = null;
		}
		if (comparison == null) {
			heading.setText(bind(UiMessages.Compare_tooFew, compared.getName()));
			count.setText("");
			body.layout(true, true);
			return;
		}
		CompareMatrix matrix = comparison.matrix();
		heading.setText(bind(UiMessages.Compare_heading, new Object[] { matrix.catalogTitle(), matrix.vendors().size(),
				compared.getName(), matrix.differingItems() }));
		createTable(matrix);
		refilter();
	}

	private void createTable(CompareMatrix matrix) {
		viewer = new TableViewer(body, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		column(UiMessages.Compare_item, 110, row -> row.itemId() + (row.relatesToMinimum() ? " " + row.minimumWeight() : ""), row -> null);
		column(UiMessages.Compare_text, 360, Row::itemText, row -> null);
		for (int v = 0; v < matrix.vendors().size(); v++) {
			int vendor = v;
			column(matrix.vendors().get(v).name(), 170, row -> row.cells().get(vendor).text().replace('\n', ' '),
					row -> background(row.cells().get(vendor)));
		}
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parent, Object element) {
				return shown((Row) element);
			}
		});
		viewer.getTable().addListener(SWT.MouseDoubleClick, event -> {
			ViewerCell cell = viewer.getCell(new Point(event.x, event.y));
			if (cell != null && cell.getColumnIndex() >= 2) {
				open((Row) cell.getElement(), cell.getColumnIndex() - 2);
			}
		});
		viewer.setInput(matrix.rows());
		// A vendor's column as wide as its name (two disclosures of one vendor differ at the end of it).
		for (int c = 2; c < viewer.getTable().getColumnCount(); c++) {
			org.eclipse.swt.widgets.TableColumn vendor = viewer.getTable().getColumn(c);
			vendor.pack();
			vendor.setWidth(Math.min(Math.max(vendor.getWidth(), 120), 360));
			vendor.setToolTipText(vendor.getText());
		}
		body.layout(true, true);
	}

	private void column(String title, int width, java.util.function.Function<Row, String> text,
			java.util.function.Function<Row, Color> background) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Row) element);
			}

			@Override
			public Color getBackground(Object element) {
				return background.apply((Row) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return text.apply((Row) element);
			}
		});
	}

	/** compare.html's colours: green, red (darker for a minimum gap), grey, yellow for unanswered. */
	private static Color background(Cell cell) {
		String key;
		RGB rgb;
		if (cell.unanswered()) {
			key = "unanswered";
			rgb = new RGB(0xff, 0xeb, 0x9c);
		} else if (cell.parts().stream().anyMatch(Part::minimumGap)) {
			key = "minimum";
			rgb = new RGB(0xf4, 0xb6, 0xb6);
		} else if (cell.parts().stream().map(Part::status).distinct().count() > 1) {
			key = "mixed";
			rgb = new RGB(0xfd, 0xe9, 0xd9);
		} else {
			switch (cell.parts().get(0).status().meaning()) {
				case FULFILLED -> { key = "conformant"; rgb = new RGB(0xc6, 0xef, 0xce); }
				case PARTLY_FULFILLED -> { key = "partly"; rgb = new RGB(0xff, 0xe0, 0xb2); }
				case GAP -> { key = "nonconformant"; rgb = new RGB(0xff, 0xc7, 0xce); }
				default -> { key = "notApplicable"; rgb = new RGB(0xe7, 0xe6, 0xe6); }
			}
		}
		String id = "org.tekigo.ui.compare." + key;
		if (!JFaceResources.getColorRegistry().hasValueFor(id)) {
			JFaceResources.getColorRegistry().put(id, rgb);
		}
		return JFaceResources.getColorRegistry().get(id);
	}

	private boolean shown(Row row) {
		if (differsOnly.getSelection() && !row.differs()) {
			return false;
		}
		if (minimumGapsOnly.getSelection() && row.cells().stream().noneMatch(c -> c.parts().stream().anyMatch(Part::minimumGap))) {
			return false;
		}
		String words = search.getText().strip().toLowerCase(Locale.ROOT);
		return words.isEmpty() || (row.itemId() + " " + row.itemText()).toLowerCase(Locale.ROOT).contains(words)
				|| row.cells().stream().anyMatch(c -> c.text().toLowerCase(Locale.ROOT).contains(words));
	}

	private void refilter() {
		if (viewer == null || comparison == null) {
			return;
		}
		viewer.refresh();
		count.setText(bind(UiMessages.Compare_count, viewer.getTable().getItemCount(), comparison.matrix().rows().size()));
		count.getParent().layout();
	}

	/** Opens the vendor's disclosure at its answer to the row's item (at its start when unanswered). */
	public void open(Row row, int vendor) {
		int[] region = comparison.answerRegions().get(vendor).get(row.itemId());
		Reveal.open(comparison.files().get(vendor), region == null ? 0 : region[0], region == null ? 0 : region[1], true);
	}

	/** The rows shown now, by item id (for tests). */
	public List<Row> shownRows() {
		return viewer == null ? List.of()
				: java.util.Arrays.stream(viewer.getTable().getItems()).map(item -> (Row) item.getData()).toList();
	}

	/** The filters, as a user sets them (for tests). */
	public void filter(boolean differ, boolean minimumGaps, String words) {
		differsOnly.setSelection(differ);
		minimumGapsOnly.setSelection(minimumGaps);
		search.setText(words);
		refilter();
	}

	@Override
	public void setFocus() {
		(viewer != null ? viewer.getControl() : body).setFocus();
	}
}
