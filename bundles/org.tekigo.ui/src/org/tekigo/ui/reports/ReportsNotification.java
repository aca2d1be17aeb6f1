package org.tekigo.ui.reports;

import static org.eclipse.osgi.util.NLS.bind;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.jface.notifications.AbstractNotificationPopup;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.tekigo.ui.nls.UiMessages;

/**
 * What Generate Reports says when done: the folders it wrote, and a link per disclosure that opens
 * its gap report in the studio (ReportBrowserEditor). A notification in the corner, gone by itself.
 */
public class ReportsNotification extends AbstractNotificationPopup {

	private final List<IFolder> folders;

	public ReportsNotification(Display display, List<IFolder> folders) {
		super(display);
		this.folders = folders;
	}

	@Override
	protected String getPopupShellTitle() {
		return UiMessages.Reports_doneTitle;
	}

	@Override
	protected void createContentArea(Composite parent) {
		parent.setLayout(new GridLayout());
		for (IFolder folder : folders) {
			new Label(parent, SWT.WRAP).setText(bind(UiMessages.Reports_doneFolder, folder.getFullPath()));
			IFile gapReport = folder.getFile("gap-report.html");
			if (gapReport.exists()) {
				Link open = new Link(parent, SWT.NONE);
				open.setText("<a>" + bind(UiMessages.Reports_openGapReport, folder.getName()) + "</a>");
				open.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
				open.addListener(SWT.Selection, event -> open(gapReport));
			}
		}
	}

	private void open(IFile report) {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			IDE.openEditor(page, report, ReportBrowserEditor.ID);
			close();
		} catch (PartInitException e) {
			setBlockOnOpen(false);
			org.eclipse.jface.dialogs.ErrorDialog.openError(getShell(), UiMessages.Reports_doneTitle, null, e.getStatus());
		}
	}
}
