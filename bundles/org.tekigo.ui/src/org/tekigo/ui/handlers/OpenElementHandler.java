package org.tekigo.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tekigo.ui.navigation.OpenElementDialog;
import org.tekigo.ui.nls.UiMessages;

/** Navigate > Open Tekigo Element (Ctrl+Shift+F3). */
public class OpenElementHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		try {
			new OpenElementDialog(HandlerUtil.getActiveShell(event)).open();
		} catch (CoreException e) {
			ErrorDialog.openError(HandlerUtil.getActiveShell(event), UiMessages.OpenElement_title, null, e.getStatus());
		}
		return null;
	}
}
