package org.tekigo.ui.navigation;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.tekigo.ui.TekigoUiPlugin;

/** Opens a file in its editor and selects a region of its text (a disclosure's Answers page selects the row). */
public final class Reveal {

	private Reveal() {
	}

	public static IEditorPart open(IFile file, int offset, int length, boolean activate) {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			IEditorPart part = IDE.openEditor(page, file, activate);
			ITextEditor textEditor = part == null ? null : part.getAdapter(ITextEditor.class);
			if (textEditor != null) {
				textEditor.selectAndReveal(offset, length);
			}
			return part;
		} catch (PartInitException e) {
			TekigoUiPlugin.log("Cannot open " + file.getFullPath(), e);
			return null;
		}
	}
}
