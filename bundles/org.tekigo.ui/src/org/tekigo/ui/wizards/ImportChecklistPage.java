package org.tekigo.ui.wizards;

import org.tekigo.ui.nls.UiMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;

/** Which published checklist to import, and into which project or folder. */
final class ImportChecklistPage extends WizardPage {

	private final IStructuredSelection selection;
	private Text source;
	private Text target;
	private Button overwrite;

	ImportChecklistPage(IStructuredSelection selection) {
		super("importChecklist");
		this.selection = selection;
		setTitle(UiMessages.Import_pageTitle);
		setDescription(UiMessages.Import_pageDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		composite.setLayout(new GridLayout(3, false));
		source = field(composite, UiMessages.Import_checklistFile);
		browse(composite, this::chooseSource);
		target = field(composite, UiMessages.Import_intoFolder);
		browse(composite, this::chooseTarget);
		overwrite = new Button(composite, SWT.CHECK);
		overwrite.setText(UiMessages.Import_overwrite);
		overwrite.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		prefill();
		source.addModifyListener(event -> validate());
		target.addModifyListener(event -> validate());
		validate();
		setControl(composite);
	}

	Path source() {
		return Path.of(source.getText().strip());
	}

	IContainer target() {
		IResource member = ResourcesPlugin.getWorkspace().getRoot().findMember(IPath.fromPortableString(target.getText().strip()));
		return member instanceof IContainer container && !(member instanceof IWorkspaceRoot) ? container : null;
	}

	boolean overwrite() {
		return overwrite.getSelection();
	}

	private static Text field(Composite parent, String label) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return text;
	}

	private static void browse(Composite parent, Runnable choose) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(UiMessages.Import_browse);
		button.addListener(SWT.Selection, event -> choose.run());
	}

	private void chooseSource() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.pdf;*.xlsx;*.txt", "*.pdf", "*.xlsx", "*.txt", "*" });
		dialog.setFilterNames(new String[] { UiMessages.Import_filterChecklists, UiMessages.Import_filterPdf,
				UiMessages.Import_filterSpreadsheets, UiMessages.Import_filterText, UiMessages.Import_filterAll });
		String chosen = dialog.open();
		if (chosen != null) {
			source.setText(chosen);
		}
	}

	private void chooseTarget() {
		ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), target(), false,
				UiMessages.Import_chooseFolder);
		if (dialog.open() == ContainerSelectionDialog.OK && dialog.getResult().length > 0) {
			target.setText(((IPath) dialog.getResult()[0]).toString());
		}
	}

	/** The folder selected in the workbench, and the checklist itself when that is what is selected. */
	private void prefill() {
		IResource selected = selection == null ? null : Adapters.adapt(selection.getFirstElement(), IResource.class);
		if (selected instanceof IFile file) {
			if (isChecklist(file.getName()) && file.getLocation() != null) {
				source.setText(file.getLocation().toOSString());
			}
			selected = file.getParent();
		}
		if (selected instanceof IContainer container && !(container instanceof IWorkspaceRoot)) {
			target.setText(container.getFullPath().toString());
		}
	}

	private void validate() {
		String error = error();
		boolean filled = !source.getText().isBlank() && !target.getText().isBlank();
		setErrorMessage(error);
		// Nothing is wrong with a field not filled in yet: say what to do rather than show an error.
		setMessage(filled ? null : "Choose the checklist file and the project or folder to import into.");
		setPageComplete(error == null && filled);
	}

	private String error() {
		String file = source.getText().strip();
		if (!file.isEmpty()) {
			try {
				if (!Files.isRegularFile(Path.of(file))) {
					return bind(UiMessages.Import_noSuchFile, file);
				}
			} catch (InvalidPathException e) {
				return bind(UiMessages.Import_notAFileName, file);
			}
			if (!isChecklist(file)) {
				return UiMessages.Import_chooseTxtOrXlsx;
			}
		}
		String folder = target.getText().strip();
		if (!folder.isEmpty()) {
			IContainer container = target();
			if (container == null) {
				return bind(UiMessages.Import_noFolder, folder);
			}
			if (!container.isAccessible()) {
				return bind(UiMessages.Import_closed, container.getFullPath());
			}
		}
		return null;
	}

	private static boolean isChecklist(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".pdf") || lower.endsWith(".txt") || lower.endsWith(".xlsx");
	}
}
