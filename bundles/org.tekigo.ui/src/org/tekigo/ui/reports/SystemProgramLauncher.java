package org.tekigo.ui.reports;

import org.eclipse.core.runtime.IPath;
import org.eclipse.swt.program.Program;
import org.eclipse.ui.IEditorLauncher;

/** A spreadsheet report (checklist.xlsx, gap-report.xlsx) opened with the system's program for it: LibreOffice, Excel. */
public class SystemProgramLauncher implements IEditorLauncher {

	@Override
	public void open(IPath file) {
		Program.launch(file.toOSString());
	}
}
