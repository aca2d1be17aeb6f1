package org.tekigo.ui.editor;

import java.util.List;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.tekigo.ui.preferences.TekigoPreferences;

/**
 * Colours every answer's word by what it means in its catalog's scale (はい and 適合可能 alike,
 * いいえ as 不適合), from the language server's semantic highlighting, over the keywords' colours:
 * the word scanner alone knows only the provider's three words. Follows each complete reconcile.
 */
final class StatusColouring implements ReconcileListener, ITextPresentationListener {

	private final ISourceViewer viewer;
	private List<EditorModel.StatusWord> words = List.of();

	StatusColouring(ISourceViewer viewer) {
		this.viewer = viewer;
	}

	@Override
	public void reconciled(TekigoEditor editor, EditorModel.Snapshot snapshot) {
		if (!snapshot.complete() || snapshot.statuses().equals(words) || viewer.getDocument() == null
				|| !snapshot.text().equals(viewer.getDocument().get())) {
			return;
		}
		boolean first = words.isEmpty();
		words = snapshot.statuses();
		if (first || !(viewer instanceof org.eclipse.jface.text.ITextViewerExtension2 extension)) {
			viewer.invalidateTextPresentation();
		} else {
			// Typing moves every later word: repaint what is on screen only (the text widget moves the
			// styles of the rest with the text), so that a keystroke never restyles the whole document.
			int top = viewer.getTopIndexStartOffset();
			int bottom = viewer.getBottomIndexEndOffset();
			extension.invalidateTextPresentation(top, Math.max(0, bottom - top + 1));
		}
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		int end = extent.getOffset() + extent.getLength();
		int documentLength = viewer.getDocument() == null ? 0 : viewer.getDocument().getLength();
		for (EditorModel.StatusWord word : words) {
			if (word.offset() + word.length() > extent.getOffset() && word.offset() < end && word.offset() + word.length() <= documentLength) {
				StyleRange style = new StyleRange(word.offset(), word.length(), TekigoPreferences.statusColour(word.meaning()), null, SWT.BOLD);
				presentation.mergeStyleRange(style);
			}
		}
	}
}
