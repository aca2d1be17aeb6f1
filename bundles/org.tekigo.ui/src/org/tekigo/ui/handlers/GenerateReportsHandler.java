package org.tekigo.ui.handlers;

import java.util.List;

import org.eclipse.core.resources.IFolder;
import org.eclipse.swt.widgets.Display;
import org.tekigo.ui.reports.ReportsNotification;

import org.tekigo.ui.nls.UiMessages;
import static org.eclipse.osgi.util.NLS.bind;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tekigo.ui.editor.TekigoEditor;

/** "Generate reports": runs the generators for the selected project (or the active editor's) as a Job. */
public class GenerateReportsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IProject project = project(event);
		if (project == null) {
			return null;
		}
		Display display = Display.getCurrent();
		Job job = Job.create(bind(UiMessages.Reports_job, project.getName()), monitor -> {
			try {
				List<IFolder> written = ReportGeneration.run(project, monitor);
				// Said when done, with a link to each gap report: the job runs in the background.
				display.asyncExec(() -> new ReportsNotification(display, written).open());
				return Status.OK_STATUS;
			} catch (CoreException e) {
				return e.getStatus();
			}
		});
		job.setRule(project);
		job.setUser(true);
		job.schedule();
		return null;
	}

	private static IProject project(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection && !selection.isEmpty()) {
			IResource resource = Adapters.adapt(selection.getFirstElement(), IResource.class);
			if (resource != null) {
				return resource.getProject();
			}
		}
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		TekigoEditor tekigo = editor == null ? null : editor.getAdapter(TekigoEditor.class);
		return tekigo != null && tekigo.getFile() != null ? tekigo.getFile().getProject() : null;
	}

}
