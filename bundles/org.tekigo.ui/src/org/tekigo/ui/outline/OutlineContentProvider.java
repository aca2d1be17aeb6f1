package org.tekigo.ui.outline;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.tekigo.dsl.ide.outline.OutlineNode;

/**
 * Serves the nodes of the latest reconcile. The viewer's input never changes (a new input would
 * collapse the tree); the page swaps the roots here and refreshes.
 */
final class OutlineContentProvider implements ITreeContentProvider {

	private List<OutlineNode> roots = List.of();

	void setRoots(List<OutlineNode> roots) {
		this.roots = roots;
	}

	boolean isEmpty() {
		return roots.isEmpty();
	}

	@Override
	public Object[] getElements(Object input) {
		return roots.toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		return ((OutlineNode) parent).children().toArray();
	}

	@Override
	public Object getParent(Object element) {
		// Only needed to reveal an element not yet shown; the outline never does.
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return !((OutlineNode) element).children().isEmpty();
	}
}
