package org.tekigo.ui.navigation;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.tekigo.dsl.ide.outline.OutlineNode;
import org.tekigo.ui.editor.TekigoEditor;
import org.tekigo.ui.nls.UiMessages;

/**
 * Quick Outline (Ctrl+O): the editor's outline in a popup with a filter; typing keeps the rows
 * whose id or words contain what was typed (with their parents), Enter or a click goes there.
 */
public class QuickOutline extends PopupDialog {

	private final TekigoEditor editor;
	private final List<OutlineNode> roots;
	private Text filter;
	private TreeViewer tree;

	public QuickOutline(Shell parent, TekigoEditor editor, List<OutlineNode> roots) {
		// A title text (empty) gives the popup its title area, where the filter goes.
		super(parent, PopupDialog.INFOPOPUPRESIZE_SHELLSTYLE, true, true, false, false, false, "", UiMessages.QuickOutline_hint);
		this.editor = editor;
		this.roots = roots;
	}

	@Override
	protected Control createTitleControl(Composite parent) {
		filter = new Text(parent, SWT.NONE);
		filter.setMessage(UiMessages.QuickOutline_filter);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		filter.setLayoutData(data);
		filter.addModifyListener(e -> {
			tree.refresh();
			tree.expandAll();
			selectFirstMatch();
		});
		filter.addListener(SWT.DefaultSelection, e -> goToSelection());
		filter.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_DOWN) {
				tree.getTree().setFocus();
			}
		});
		return filter;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		tree = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		// The Outline view's providers: the same rows, statuses in their colours.
		org.tekigo.ui.outline.OutlineContentProvider content = new org.tekigo.ui.outline.OutlineContentProvider();
		content.setRoots(roots);
		tree.setContentProvider(content);
		tree.setLabelProvider(new org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider(new org.tekigo.ui.outline.OutlineLabelProvider()));
		tree.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parent, Object element) {
				return matches((OutlineNode) element, pattern());
			}
		});
		tree.setInput(roots);
		tree.expandToLevel(2);
		tree.addOpenListener(e -> goToSelection());
		tree.getTree().addListener(SWT.DefaultSelection, e -> goToSelection());
		return tree.getControl();
	}

	@Override
	protected Control getFocusControl() {
		return filter;
	}

	@Override
	protected Point getDefaultSize() {
		return new Point(600, 420);
	}

	/** Types the filter, as a user would (for tests): the rows shown afterwards, depth first. */
	public List<String> filterBy(String text) {
		filter.setText(text);
		java.util.ArrayList<String> shown = new java.util.ArrayList<>();
		collect(tree.getTree().getItems(), shown);
		return shown;
	}

	/** Goes to the selected row, as Enter does. */
	public void goToSelection() {
		if (tree.getStructuredSelection().getFirstElement() instanceof OutlineNode node && node.offset() >= 0) {
			close();
			editor.selectAndReveal(node.offset(), node.length());
		}
	}

	private static void collect(org.eclipse.swt.widgets.TreeItem[] items, List<String> shown) {
		for (org.eclipse.swt.widgets.TreeItem item : items) {
			shown.add(item.getText());
			collect(item.getItems(), shown);
		}
	}

	private String pattern() {
		return filter == null ? "" : filter.getText().strip().toLowerCase(Locale.ROOT);
	}

	private void selectFirstMatch() {
		String pattern = pattern();
		OutlineNode first = firstMatch(roots, pattern);
		if (first != null) {
			tree.setSelection(new org.eclipse.jface.viewers.StructuredSelection(first), true);
		}
	}

	private static OutlineNode firstMatch(List<OutlineNode> nodes, String pattern) {
		for (OutlineNode node : nodes) {
			if (!pattern.isEmpty() && node.text().toLowerCase(Locale.ROOT).contains(pattern)) {
				return node;
			}
			OutlineNode below = firstMatch(node.children(), pattern);
			if (below != null) {
				return below;
			}
		}
		return null;
	}

	/** A row stays when it or a row below it contains the pattern. */
	private static boolean matches(OutlineNode node, String pattern) {
		return pattern.isEmpty() || node.text().toLowerCase(Locale.ROOT).contains(pattern)
				|| node.children().stream().anyMatch(child -> matches(child, pattern));
	}
}
