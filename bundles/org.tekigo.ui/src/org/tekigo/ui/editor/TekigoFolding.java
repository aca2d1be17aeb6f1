package org.tekigo.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.tekigo.dsl.ide.outline.OutlineNode;

/**
 * Folding on the Source page: every element of the outline that holds others (a guideline's
 * sections, a catalog's categories, groups and measures, a review's…) can be folded to its first
 * line. The regions follow each reconcile; a region keeps its folded state while its element
 * (known by its outline path) is there.
 */
final class TekigoFolding implements ReconcileListener {

	private final ProjectionAnnotationModel model;
	private final Map<String, ProjectionAnnotation> annotations = new HashMap<>();

	TekigoFolding(ProjectionAnnotationModel model) {
		this.model = model;
	}

	@Override
	public void reconciled(TekigoEditor editor, EditorModel.Snapshot snapshot) {
		IDocument document = editor.document();
		if (document == null || !snapshot.text().equals(document.get())) {
			return; // typed since: the next reconcile brings regions of this text
		}
		Map<String, Position> regions = new HashMap<>();
		for (OutlineNode root : snapshot.outline()) {
			for (OutlineNode child : root.children()) {
				collect(child, document, regions);
			}
		}
		Map<Annotation, Position> additions = new HashMap<>();
		List<Annotation> modifications = new ArrayList<>();
		Set<String> gone = new HashSet<>(annotations.keySet());
		regions.forEach((path, position) -> {
			gone.remove(path);
			ProjectionAnnotation existing = annotations.get(path);
			if (existing == null) {
				ProjectionAnnotation annotation = new ProjectionAnnotation();
				annotations.put(path, annotation);
				additions.put(annotation, position);
			} else {
				Position now = model.getPosition(existing);
				if (now != null && (now.offset != position.offset || now.length != position.length)) {
					now.offset = position.offset;
					now.length = position.length;
					modifications.add(existing);
				}
			}
		});
		List<Annotation> deletions = new ArrayList<>();
		gone.forEach(path -> deletions.add(annotations.remove(path)));
		if (!additions.isEmpty() || !deletions.isEmpty() || !modifications.isEmpty()) {
			model.modifyAnnotations(deletions.toArray(Annotation[]::new), additions, modifications.toArray(Annotation[]::new));
		}
	}

	/** The whole lines of each element that holds others and spans more than one line. */
	private static void collect(OutlineNode node, IDocument document, Map<String, Position> regions) {
		if (!node.children().isEmpty()) {
			try {
				int first = document.getLineOfOffset(node.offset());
				int last = document.getLineOfOffset(Math.max(node.offset(), node.offset() + node.length() - 1));
				if (last > first) {
					int start = document.getLineOffset(first);
					int end = document.getLineOffset(last) + document.getLineLength(last);
					regions.put(node.path(), new Position(start, end - start));
				}
			} catch (BadLocationException e) {
				return; // the node lies outside this text: nothing to fold
			}
			for (OutlineNode child : node.children()) {
				collect(child, document, regions);
			}
		}
	}

	/** The folded regions now, by the path of their element: for tests. */
	Map<String, ProjectionAnnotation> regions() {
		return annotations;
	}
}
