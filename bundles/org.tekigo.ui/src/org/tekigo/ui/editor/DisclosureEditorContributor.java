package org.tekigo.ui.editor;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.editors.text.TextEditorActionContributor;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;

/**
 * The menus and global actions of the Tekigo editor: on the Source page those of any text
 * editor; on the Answers page undo and redo are the document's, so Ctrl+Z and Ctrl+Y undo a
 * table's edit as they undo typing.
 */
public class DisclosureEditorContributor extends MultiPageEditorActionBarContributor {

	private final TextEditorActionContributor text = new TextEditorActionContributor();
	private DisclosureEditor editor;

	@Override
	public void init(IActionBars bars, IWorkbenchPage page) {
		super.init(bars, page);
		text.init(bars, page);
	}

	@Override
	public void setActiveEditor(IEditorPart part) {
		editor = part instanceof DisclosureEditor disclosureEditor ? disclosureEditor : null;
		super.setActiveEditor(part);
	}

	@Override
	public void setActivePage(IEditorPart activePage) {
		IActionBars bars = getActionBars();
		if (activePage instanceof ITextEditor textEditor) {
			text.setActiveEditor(textEditor);
		} else if (editor != null && editor.sourceEditor() != null) {
			text.setActiveEditor(null);
			TekigoEditor source = editor.sourceEditor();
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), source.getAction(ITextEditorActionConstants.UNDO));
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), source.getAction(ITextEditorActionConstants.REDO));
		}
		bars.updateActionBars();
	}

	@Override
	public void dispose() {
		text.dispose();
		super.dispose();
	}
}
