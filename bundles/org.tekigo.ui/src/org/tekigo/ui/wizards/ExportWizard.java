package org.tekigo.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.tekigo.reports.oscal.OscalExport;
import org.tekigo.ui.handlers.ReportGeneration;
import org.tekigo.ui.nls.UiMessages;

/**
 * File > Export > Tekigo > Reports or OSCAL: a project's checklist and gap reports (into
 * reports/, as Generate Tekigo Reports writes them) or its documents in OSCAL JSON or XML (into
 * oscal/, as `tekigo export` writes them). The project defaults to the selected one.
 */
public class ExportWizard extends Wizard implements IExportWizard {

	/** What to export, in the order the page offers it. */
	public enum Kind {
		REPORTS, OSCAL_JSON, OSCAL_XML
	}

	private IProject selected;
	private Combo projects;
	private Button[] kinds;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		setWindowTitle(UiMessages.Export_windowTitle);
		setNeedsProgressMonitor(true);
		if (selection != null && !selection.isEmpty()) {
			IResource resource = Adapters.adapt(selection.getFirstElement(), IResource.class);
			selected = resource == null ? null : resource.getProject();
		}
	}

	@Override
	public void addPages() {
		addPage(new WizardPage("export", UiMessages.Export_pageTitle, null) {
			@Override
			public void createControl(Composite parent) {
				setDescription(UiMessages.Export_pageDescription);
				Composite page = new Composite(parent, SWT.NONE);
				page.setLayout(new GridLayout(2, false));
				new Label(page, SWT.NONE).setText(UiMessages.Export_project);
				projects = new Combo(page, SWT.READ_ONLY);
				projects.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
				IProject[] open = Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects()).filter(IProject::isOpen)
						.toArray(IProject[]::new);
				for (IProject project : open) {
					projects.add(project.getName());
				}
				projects.select(Math.max(0, selected == null ? 0 : projects.indexOf(selected.getName())));
				String[] labels = { UiMessages.Export_reports, UiMessages.Export_oscalJson, UiMessages.Export_oscalXml };
				kinds = new Button[labels.length];
				for (int i = 0; i < labels.length; i++) {
					kinds[i] = new Button(page, SWT.RADIO);
					kinds[i].setText(labels[i]);
					kinds[i].setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
				}
				kinds[0].setSelection(true);
				setControl(page);
				setPageComplete(projects.getItemCount() > 0);
			}
		});
	}

	/** Chooses what to export, as a click on its radio button does. */
	public void choose(String project, Kind kind) {
		projects.select(projects.indexOf(project));
		for (int i = 0; i < kinds.length; i++) {
			kinds[i].setSelection(i == kind.ordinal());
		}
	}

	@Override
	public boolean performFinish() {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projects.getText());
		Kind kind = Kind.values()[Arrays.asList(kinds).indexOf(Arrays.stream(kinds).filter(Button::getSelection).findFirst().orElse(kinds[0]))];
		try {
			getContainer().run(true, true, monitor -> {
				try {
					switch (kind) {
						case REPORTS -> ReportGeneration.run(project, monitor);
						case OSCAL_JSON -> OscalProjectExport.run(project, "oscal", OscalExport.Format.JSON, monitor);
						case OSCAL_XML -> OscalProjectExport.run(project, "oscal", OscalExport.Format.XML, monitor);
					}
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
			return true;
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			((WizardPage) getPages()[0]).setErrorMessage(cause instanceof CoreException core ? core.getStatus().getMessage() : String.valueOf(cause));
			return false;
		} catch (InterruptedException e) {
			return false;
		}
	}
}
