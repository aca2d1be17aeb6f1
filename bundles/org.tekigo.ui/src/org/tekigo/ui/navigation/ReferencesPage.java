package org.tekigo.ui.navigation;

import java.util.Arrays;
import java.util.Comparator;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.AbstractTextSearchViewPage;
import org.eclipse.search.ui.text.Match;
import org.eclipse.ui.PartInitException;

/**
 * The Search view's page for Find References: one row per citing line ("chatwork.tekigo:19
 * 1.1-①-2 適合可能 …"), in file and line order; a double-click opens the file at the citation.
 */
public class ReferencesPage extends AbstractTextSearchViewPage {

	private static final Comparator<Object> BY_FILE_AND_LINE = Comparator
			.comparing((Object o) -> ((ReferenceLine) o).file().getFullPath().toString())
			.thenComparingInt(o -> ((ReferenceLine) o).line());

	public ReferencesPage() {
		super(FLAG_LAYOUT_FLAT);
	}

	@Override
	protected void configureTableViewer(TableViewer viewer) {
		viewer.setContentProvider(new Lines());
		viewer.setLabelProvider(new Labels());
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				return BY_FILE_AND_LINE.compare(a, b);
			}
		});
	}

	/** The result's lines; the same provider serves the table and the tree (which has no levels). */
	private static final class Lines implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof AbstractTextSearchResult result ? result.getElements() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return false;
		}
	}

	@Override
	protected void configureTreeViewer(TreeViewer viewer) {
		viewer.setContentProvider(new Lines());
		viewer.setLabelProvider(new Labels());
	}

	@Override
	protected void elementsChanged(Object[] objects) {
		if (getViewer() != null) {
			getViewer().refresh();
		}
	}

	@Override
	protected void clear() {
		if (getViewer() != null) {
			getViewer().refresh();
		}
	}

	@Override
	protected void showMatch(Match match, int offset, int length, boolean activate) throws PartInitException {
		Reveal.open(((ReferenceLine) match.getElement()).file(), offset, length, activate);
	}

	/** The rows as the view shows them now, top to bottom (for tests and pictures). */
	public String[] rows() {
		if (getViewer() instanceof TableViewer table && !table.getTable().isDisposed()) {
			return Arrays.stream(table.getTable().getItems()).map(org.eclipse.swt.widgets.TableItem::getText).toArray(String[]::new);
		}
		return new String[0];
	}

	private static final class Labels extends ColumnLabelProvider {
		@Override
		public String getText(Object element) {
			return element instanceof ReferenceLine line ? line.label() : String.valueOf(element);
		}
	}
}
