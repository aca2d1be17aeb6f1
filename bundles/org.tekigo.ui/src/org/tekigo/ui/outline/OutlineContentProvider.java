package org.tekigo.ui.outline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.tekigo.dsl.ide.outline.OutlineNode;

/**
 * Serves the nodes of the latest reconcile. The viewer's input never changes (a new input would
 * collapse the tree); the page swaps the roots here, then refreshes the tree or updates the rows
 * whose label changed. A row may then still hold an older node of the same path: {@link #current}
 * gives the latest.
 */
public final class OutlineContentProvider implements ITreeContentProvider {

	private List<OutlineNode> roots = List.of();
	private Map<String, OutlineNode> byPath = Map.of();

	/**
	 * Swaps the roots. Returns the nodes whose row must be redrawn (their label or status
	 * changed), or null when the tree's structure changed and the whole tree must be refreshed.
	 */
	public List<OutlineNode> setRoots(List<OutlineNode> newRoots) {
		Map<String, OutlineNode> paths = new LinkedHashMap<>();
		newRoots.forEach(root -> index(root, paths));
		boolean sameStructure = List.copyOf(paths.keySet()).equals(List.copyOf(byPath.keySet()));
		List<OutlineNode> relabelled = new ArrayList<>();
		if (sameStructure) {
			paths.forEach((path, node) -> {
				OutlineNode old = byPath.get(path);
				if (!old.text().equals(node.text()) || old.status() != node.status()) {
					relabelled.add(node);
				}
			});
		}
		roots = newRoots;
		byPath = paths;
		return sameStructure ? relabelled : null;
	}

	/** The latest node of the path of this one (the row's may be of an earlier reconcile). */
	OutlineNode current(OutlineNode node) {
		return byPath.getOrDefault(node.path(), node);
	}

	private static void index(OutlineNode node, Map<String, OutlineNode> paths) {
		paths.put(node.path(), node);
		node.children().forEach(child -> index(child, paths));
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
