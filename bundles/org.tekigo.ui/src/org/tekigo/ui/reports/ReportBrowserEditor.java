package org.tekigo.ui.reports;

import static org.eclipse.osgi.util.NLS.bind;

import java.net.URI;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.tekigo.ui.nls.UiMessages;

/**
 * An HTML report (the gap report, a review, compare.html) shown as a page in the studio, in SWT's
 * Browser. Where the machine has no browser engine for SWT (no WebKitGTK), the report is handed
 * to the system's browser and the editor says so, with a link to do it again.
 */
public class ReportBrowserEditor extends EditorPart {

	public static final String ID = "org.tekigo.ui.reportBrowser";

	private Control control;
	private Browser browser;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput)) {
			throw new PartInitException(bind(UiMessages.Browser_notAFile, input.getName()));
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
	}

	@Override
	public void createPartControl(Composite parent) {
		String url = uri().toString();
		try {
			browser = new Browser(parent, SWT.NONE);
			browser.setUrl(url);
			control = browser;
		} catch (SWTError noEngine) {
			// SWT has no browser engine here: the system's browser shows the report instead.
			Composite page = new Composite(parent, SWT.NONE);
			page.setLayout(new GridLayout());
			Link link = new Link(page, SWT.WRAP);
			link.setText(bind(UiMessages.Browser_external, file().getFullPath(), url));
			link.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			link.addListener(SWT.Selection, event -> Program.launch(url));
			Program.launch(url);
			control = page;
		}
	}

	/** The page shown: SWT's Browser, or null where there is none. */
	public Browser browser() {
		return browser;
	}

	public IFile file() {
		return ((IFileEditorInput) getEditorInput()).getFile();
	}

	private URI uri() {
		return file().getLocation().toFile().toURI();
	}

	@Override
	public void setFocus() {
		control.setFocus();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// A report is written by the generators, never edited here.
	}

	@Override
	public void doSaveAs() {
		// Nothing to save.
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
