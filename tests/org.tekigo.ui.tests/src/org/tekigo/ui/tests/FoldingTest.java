package org.tekigo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.swt.custom.StyledText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tekigo.ui.editor.TekigoEditor;

/**
 * The Source page folds what holds other elements: a measure of the sample's catalog folds to its
 * first line, its items hidden, and stays folded while the text around it is edited; line numbers
 * are shown without asking.
 */
class FoldingTest {

	private IProject project;

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.closeEditorsAndDelete(project);
	}

	@Test
	void aMeasureFoldsToItsFirstLineAndStaysFoldedWhileTyping() throws Exception {
		project = Workbench.builtSampleProject();
		TekigoEditor editor = Workbench.openSource(project.getFile("provider.tekigo"));
		IDocument document = editor.document();
		int measure = document.get().indexOf("\t\t\tmeasure ");
		int measureLine = document.getLineOfOffset(measure);
		int measureLineStart = document.getLineOffset(measureLine);
		assertTrue(Workbench.waitUntil(() -> region(editor, measureLineStart) != null, 20_000),
				() -> "a folding region at the first measure: " + editor.foldingRegions().keySet());
		ProjectionAnnotation annotation = region(editor, measureLineStart);
		ProjectionAnnotationModel model = editor.getAdapter(ProjectionAnnotationModel.class);
		assertNotNull(model, "the editor offers its folding model, as the folding commands need it");
		Position position = model.getPosition(annotation);
		int foldedLines = document.getLineOfOffset(position.offset + position.length - 1) - measureLine;
		assertTrue(foldedLines >= 2, "a measure with its items spans lines: " + foldedLines);
		StyledText widget = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
		int shown = widget.getLineCount();
		model.collapse(annotation);
		assertEquals(shown - foldedLines, widget.getLineCount(), "the measure's items are hidden");

		// Typing at the end of the file: the next reconcile keeps the measure's region, folded.
		document.replace(document.getLength(), 0, "\n");
		assertTrue(Workbench.waitUntil(() -> editor.snapshot() != null && editor.snapshot().text().equals(document.get()), 20_000));
		Workbench.waitUntil(() -> false, 500);
		assertTrue(annotation.isCollapsed(), "still folded");
		assertTrue(editor.lineNumbersShown(), "line numbers shown");
	}

	private static ProjectionAnnotation region(TekigoEditor editor, int lineStart) {
		ProjectionAnnotationModel model = editor.getAdapter(ProjectionAnnotationModel.class);
		if (model == null) {
			return null;
		}
		for (ProjectionAnnotation annotation : editor.foldingRegions().values()) {
			Position position = model.getPosition(annotation);
			if (position != null && position.offset == lineStart) {
				return annotation;
			}
		}
		return null;
	}
}
