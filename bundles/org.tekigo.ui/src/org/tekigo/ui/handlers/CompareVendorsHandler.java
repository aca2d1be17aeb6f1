package org.tekigo.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tekigo.ui.TekigoUiPlugin;
import org.tekigo.ui.compare.CompareView;

/** Project > Compare Vendors: the Vendor Comparison view over the selected project (or the active editor's). */
public class CompareVendorsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IProject project = null;
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection && !selection.isEmpty()) {
			IResource resource = Adapters.adapt(selection.getFirstElement(), IResource.class);
			project = resource == null ? null : resource.getProject();
		}
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (project == null && editor != null && editor.getEditorInput().getAdapter(IResource.class) instanceof IResource file) {
			project = file.getProject();
		}
		if (project == null) {
			return null;
		}
		try {
			CompareView view = (CompareView) HandlerUtil.getActiveWorkbenchWindow(event).getActivePage().showView(CompareView.ID);
			view.compare(project);
		} catch (PartInitException e) {
			TekigoUiPlugin.log("Cannot open the Vendor Comparison", e);
		}
		return null;
	}
}
