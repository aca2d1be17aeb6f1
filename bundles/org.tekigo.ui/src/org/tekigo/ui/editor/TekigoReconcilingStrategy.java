package org.tekigo.ui.editor;

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
 * Reparses and validates the whole text after the user pauses typing (in the reconciler's
 * thread), then swaps the editor's Tekigo annotations in one step.
 */
class TekigoReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";

	private final TekigoEditor editor;
	private IDocument document;
	private IProgressMonitor monitor;
	private Annotation[] current = new Annotation[0];

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
		EditorModel.Snapshot snapshot = editor.model().reconcile(document.get(),
				() -> monitor != null && monitor.isCanceled());
		if (monitor != null && monitor.isCanceled()) {
			return;
		}
		updateAnnotations(snapshot.issues());
		Display display = Display.getDefault();
		if (!display.isDisposed()) {
			display.asyncExec(() -> editor.reconciled(snapshot));
		}
	}

	private void updateAnnotations(List<Issue> issues) {
		IAnnotationModel model = editor.annotationModel();
		if (model == null) {
			return;
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Issue issue : issues) {
			if (issue.getOffset() == null) {
				continue;
			}
			String type = issue.getSeverity() == Severity.ERROR ? ERROR : WARNING;
			added.put(new Annotation(type, false, issue.getMessage()),
					new Position(issue.getOffset(), issue.getLength() == null ? 0 : issue.getLength()));
		}
		Annotation[] removed = current;
		current = added.keySet().toArray(Annotation[]::new);
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(removed, added);
		} else {
			for (Annotation annotation : removed) {
				model.removeAnnotation(annotation);
			}
			added.forEach(model::addAnnotation);
		}
	}
}
