package org.tekigo.ui.wizards;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.tekigo.ui.builder.TekigoNature;
import org.tekigo.ui.nls.UiMessages;

/** File > New > Tekigo Project: an empty project with the Tekigo nature, so that its files are checked as they are saved. */
public class NewTekigoProjectWizard extends Wizard implements INewWizard {

	private WizardNewProjectCreationPage page;
	private IProject created;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		setWindowTitle(UiMessages.New_projectTitle);
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("project");
		page.setTitle(UiMessages.New_projectTitle);
		page.setDescription(UiMessages.New_projectDescription);
		addPage(page);
	}

	/** Names the project as a user would type it: for tests. */
	public void name(String name) {
		if (page.getControl() == null) {
			page.setInitialProjectName(name);
		} else {
			firstText((org.eclipse.swt.widgets.Composite) page.getControl()).setText(name);
		}
	}

	/** The page's first text field: the project's name. */
	private static org.eclipse.swt.widgets.Text firstText(org.eclipse.swt.widgets.Composite composite) {
		for (org.eclipse.swt.widgets.Control control : composite.getChildren()) {
			if (control instanceof org.eclipse.swt.widgets.Text text) {
				return text;
			}
			if (control instanceof org.eclipse.swt.widgets.Composite child) {
				org.eclipse.swt.widgets.Text found = firstText(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	public IProject created() {
		return created;
	}

	@Override
	public boolean performFinish() {
		IProject project = page.getProjectHandle();
		try {
			IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
			if (!page.useDefaults()) {
				description.setLocationURI(page.getLocationURI());
			}
			project.create(description, null);
			project.open(null);
			TekigoNature.addTo(project, null);
			created = project;
			return true;
		} catch (CoreException e) {
			page.setErrorMessage(e.getStatus().getMessage());
			return false;
		}
	}
}
