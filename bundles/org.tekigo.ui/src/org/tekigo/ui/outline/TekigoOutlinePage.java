package org.tekigo.ui.outline;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.tekigo.dsl.ide.outline.OutlineNode;
import org.tekigo.ui.editor.ReconcileListener;
import org.tekigo.ui.editor.TekigoEditor;

/**
 * The Outline view's page for a Tekigo editor: the document's structure, rebuilt after each
 * reconcile. Selecting a node selects its text in the editor.
 */
public class TekigoOutlinePage extends ContentOutlinePage {

	private final TekigoEditor editor;
	private final OutlineContentProvider content = new OutlineContentProvider();
	/* The outline is the same in both passes of a reconcile: follow the first. */
	private final ReconcileListener listener = (source, snapshot) -> {
		if (!snapshot.complete()) {
			show(snapshot.outline());
		}
	};
	/** A refresh that loses the selected node must not move the caret the user is typing at. */
	private boolean refreshing;

	public TekigoOutlinePage(TekigoEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(content);
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new OutlineLabelProvider()));
		viewer.setUseHashlookup(true);
		viewer.setInput(editor);
		// Registered here rather than in the constructor: before this there is no tree to refresh.
		editor.addReconcileListener(listener);
		show(editor.snapshot() == null ? List.of() : editor.snapshot().outline());
	}

	private void show(List<OutlineNode> roots) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		boolean first = content.isEmpty();
		refreshing = true;
		try {
			List<OutlineNode> relabelled = content.setRoots(roots);
			if (relabelled == null) {
				// Nodes are equal by path, so refresh keeps what was expanded and selected.
				viewer.refresh();
			} else {
				// Typing changes one label: redraw that row, not the tree (GTK measures every row again).
				relabelled.forEach(node -> viewer.update(node, null));
			}
			if (first) {
				viewer.expandToLevel(2);
			}
		} finally {
			refreshing = false;
		}
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (refreshing || !(event.getStructuredSelection().getFirstElement() instanceof OutlineNode selected)) {
			return;
		}
		OutlineNode node = content.current(selected);
		// The node's offsets are those of the last reconcile; text typed since may have shortened it.
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		if (node.offset() >= 0 && document != null && node.offset() + node.length() <= document.getLength()) {
			editor.selectAndReveal(node.offset(), node.length());
		}
	}

	@Override
	public void dispose() {
		editor.removeReconcileListener(listener);
		super.dispose();
	}
}
