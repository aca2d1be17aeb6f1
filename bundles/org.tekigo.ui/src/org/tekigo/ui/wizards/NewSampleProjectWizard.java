package org.tekigo.ui.wizards;

import org.tekigo.ui.nls.UiMessages;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/** File > New > Tekigo Sample Project: Chatwork's published checklist as Tekigo, ready to explore. */
public class NewSampleProjectWizard extends Wizard implements INewWizard {

	public static final String ID = "org.tekigo.ui.newSampleProject";

	static final String DEFAULT_NAME = "chatwork-sample";

	private IWorkbench workbench;
	private WizardNewProjectCreationPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		setWindowTitle(UiMessages.Sample_windowTitle);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("sampleProject");
		page.setTitle(UiMessages.Sample_pageTitle);
		page.setDescription(UiMessages.Sample_pageDescription);
		page.setInitialProjectName(DEFAULT_NAME);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IProject project = page.getProjectHandle();
		URI location = page.useDefaults() ? null : page.getLocationURI();
		try {
			getContainer().run(true, true, new WorkspaceModifyOperation() {
				@Override
				protected void execute(IProgressMonitor monitor) throws CoreException {
					SampleProject.create(project, location, monitor);
				}
			});
		} catch (InvocationTargetException e) {
			IStatus status = e.getCause() instanceof CoreException core ? core.getStatus()
					: Status.error(UiMessages.Sample_cannotCreate, e.getCause());
			StatusManager.getManager().handle(status, StatusManager.SHOW | StatusManager.LOG);
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		open(project.getFile(SampleProject.DISCLOSURE));
		return true;
	}

	private void open(IFile file) {
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		if (window == null) {
			return;
		}
		BasicNewResourceWizard.selectAndReveal(file, window);
		try {
			IDE.openEditor(window.getActivePage(), file, true);
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
		}
	}
}
