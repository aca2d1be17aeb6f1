package org.tekigo.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.occurrences.IDocumentHighlightService;
import org.eclipse.xtext.util.CancelIndicator;
import org.tekigo.ui.TekigoUiPlugin;

/**
 * Mark occurrences: with the caret on an id, the id's declaration and its other citations in the
 * file are highlighted, as the language server's document highlights find them. Computed off the
 * UI thread after the caret rests; dropped when the text changed meanwhile.
 */
final class TekigoOccurrences implements ISelectionChangedListener {

	static final String READ = "org.tekigo.ui.occurrences";
	static final String DECLARATION = "org.tekigo.ui.occurrences.declaration";

	private final TekigoEditor editor;
	private final IDocumentHighlightService highlights = TekigoUiPlugin.getDefault().injector().getInstance(IDocumentHighlightService.class);
	private Annotation[] shown = new Annotation[0];
	private Job pending;

	TekigoOccurrences(TekigoEditor editor) {
		this.editor = editor;
	}

	void install() {
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.addPostSelectionChangedListener(this);
		}
	}

	void uninstall() {
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.removePostSelectionChangedListener(this);
		}
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		if (event.getSelection() instanceof ITextSelection selection && editor.document() != null) {
			update(selection.getOffset());
		}
	}

	/** Marks the occurrences of the id at this offset (none where there is no id). */
	void update(int offset) {
		String text = editor.document().get();
		if (pending != null) {
			pending.cancel();
		}
		pending = Job.create("Tekigo occurrences", monitor -> {
			List<? extends DocumentHighlight> found = editor.withResource(resource -> {
				Document document = new Document(1, text);
				return highlights.getDocumentHighlights(document, resource,
						new DocumentHighlightParams(new TextDocumentIdentifier(resource.getURI().toString()), document.getPosition(offset)),
						CancelIndicator.NullImpl);
			});
			Display display = editor.getSite().getShell().getDisplay();
			display.asyncExec(() -> show(text, found));
			return Status.OK_STATUS;
		});
		pending.setSystem(true);
		pending.schedule();
	}

	private void show(String text, List<? extends DocumentHighlight> found) {
		IAnnotationModel model = editor.annotationModel();
		if (!(model instanceof IAnnotationModelExtension extension) || editor.document() == null || !editor.document().get().equals(text)) {
			return;
		}
		Document document = new Document(1, text);
		Map<Annotation, Position> added = new HashMap<>();
		for (DocumentHighlight highlight : found) {
			int start = document.getOffSet(highlight.getRange().getStart());
			int end = document.getOffSet(highlight.getRange().getEnd());
			String type = highlight.getKind() == DocumentHighlightKind.Write ? DECLARATION : READ;
			added.put(new Annotation(type, false, text.substring(start, end)), new Position(start, end - start));
		}
		extension.replaceAnnotations(shown, added);
		shown = added.keySet().toArray(Annotation[]::new);
	}

	/** The regions marked now, as "offset:length" (for tests). */
	List<Position> marked() {
		IAnnotationModel model = editor.annotationModel();
		return java.util.Arrays.stream(shown).map(model::getPosition).filter(java.util.Objects::nonNull).toList();
	}
}
