package org.tekigo.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * Brings the editor's model to the text after the user pauses typing (in the reconciler's
 * thread), and swaps the editor's Tekigo annotations in two steps: those of syntax, links and the
 * checks of single answers as soon as the first pass has run, those of the checks over the whole
 * document after the second. Annotations of one pass are left alone by the other (the document
 * keeps their positions up to date), so nothing flickers. A reconcile that further typing made
 * stale is cancelled by the reconciler, and stops at the next check.
 */
class TekigoReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";

	private final TekigoEditor editor;
	private IDocument document;
	private IProgressMonitor monitor;
	private Annotation[] local = new Annotation[0];
	private Annotation[] wholeDocument = new Annotation[0];

	TekigoReconcilingStrategy(TekigoEditor editor) {
		this.editor = editor;
	}

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void initialReconcile() {
		reconcile();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		reconcile();
	}

	@Override
	public void reconcile(IRegion partition) {
		reconcile();
	}

	private void reconcile() {
		if (document == null) {
			return;
		}
		editor.model().reconcile(document.get(), () -> monitor != null && monitor.isCanceled(), snapshot -> {
			if (snapshot.complete()) {
				wholeDocument = replace(wholeDocument, snapshot.wholeDocumentIssues());
			} else {
				local = replace(local, snapshot.issues());
			}
			Display display = Display.getDefault();
			if (!display.isDisposed()) {
				display.asyncExec(() -> editor.reconciled(snapshot));
			}
		});
	}

	/**
	 * Replaces one pass's annotations by annotations of these issues, keeping those that are
	 * already there (same type, message and position: the document moved their positions along
	 * with the typing), so that only what changed is repainted. Returns the pass's annotations.
	 */
	private Annotation[] replace(Annotation[] current, List<Issue> issues) {
		IAnnotationModel model = editor.annotationModel();
		if (model == null) {
			return current;
		}
		Map<String, Annotation> kept = new HashMap<>();
		for (Annotation annotation : current) {
			Position position = model.getPosition(annotation);
			if (position != null && !position.isDeleted()) {
				kept.put(key(annotation.getType(), annotation.getText(), position.getOffset(), position.getLength()), annotation);
			}
		}
		List<Annotation> result = new ArrayList<>();
		Map<Annotation, Position> added = new HashMap<>();
		for (Issue issue : issues) {
			if (issue.getOffset() == null) {
				continue;
			}
			String type = issue.getSeverity() == Severity.ERROR ? ERROR : WARNING;
			int length = issue.getLength() == null ? 0 : issue.getLength();
			Annotation same = kept.remove(key(type, issue.getMessage(), issue.getOffset(), length));
			if (same != null) {
				result.add(same);
			} else {
				Annotation annotation = new Annotation(type, false, issue.getMessage());
				added.put(annotation, new Position(issue.getOffset(), length));
				result.add(annotation);
			}
		}
		Annotation[] removed = kept.values().toArray(Annotation[]::new);
		if (removed.length > 0 || !added.isEmpty()) {
			if (model instanceof IAnnotationModelExtension extension) {
				extension.replaceAnnotations(removed, added);
			} else {
				for (Annotation annotation : removed) {
					model.removeAnnotation(annotation);
				}
				added.forEach(model::addAnnotation);
			}
		}
		return result.toArray(Annotation[]::new);
	}

	private static String key(String type, String message, int offset, int length) {
		return type + '\u0000' + offset + '\u0000' + length + '\u0000' + message;
	}
}
