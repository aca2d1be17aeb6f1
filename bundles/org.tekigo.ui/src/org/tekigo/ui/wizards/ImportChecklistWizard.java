package org.tekigo.ui.wizards;

import org.tekigo.ui.nls.UiMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.tekigo.importer.text.ChecklistFormatException;
import org.tekigo.ui.TekigoUiPlugin;

/**
 * File > Import > Tekigo > Published Checklist: the studio's `tekigo import`. What goes wrong
 * (a line the parser cannot read, files that would be replaced) is said on the page, and the
 * wizard stays open to fix it.
 */
public class ImportChecklistWizard extends Wizard implements IImportWizard {

	public static final String ID = "org.tekigo.ui.importChecklist";

	private IStructuredSelection selection;
	private ImportChecklistPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection currentSelection) {
		this.selection = currentSelection;
		setWindowTitle(UiMessages.Import_windowTitle);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new ImportChecklistPage(selection);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		// Read in the UI thread: the operation runs in another.
		Path source = page.source();
		IContainer target = page.target();
		boolean overwrite = page.overwrite();
		ChecklistImport checklistImport = new ChecklistImport(TekigoUiPlugin.getDefault().injector());
		List<String> notes = new ArrayList<>();
		try {
			getContainer().run(true, true, new WorkspaceModifyOperation() {
				@Override
				protected void execute(IProgressMonitor monitor) throws CoreException, InvocationTargetException {
					try {
						notes.addAll(checklistImport.run(source, target, overwrite, monitor).notes());
					} catch (IOException | ChecklistFormatException e) {
						// Cancelling (OperationCanceledException) passes through: the operation makes it an InterruptedException.
						throw new InvocationTargetException(e);
					}
				}
			});
			if (!notes.isEmpty()) {
				// The import is done; these cells kept their earlier text or lost their formula.
				MessageDialog.openWarning(getShell(), UiMessages.Import_withNotes, String.join("\n", notes));
			}
			return true;
		} catch (InvocationTargetException e) {
			page.setErrorMessage(message(e.getCause()));
			return false;
		} catch (InterruptedException e) {
			return false;
		}
	}

	/** ChecklistFormatException already reads "line N: …"; the others name the file or folder. */
	private static String message(Throwable error) {
		if (error instanceof CoreException core) {
			return core.getStatus().getMessage();
		}
		if (error instanceof IOException) {
			return bind(UiMessages.Import_cannotReadOrWrite, error.getMessage());
		}
		return error.getMessage() != null ? error.getMessage() : error.toString();
	}
}
