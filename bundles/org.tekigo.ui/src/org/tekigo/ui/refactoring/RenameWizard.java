package org.tekigo.ui.refactoring;

import org.eclipse.ltk.ui.refactoring.RefactoringWizard;
import org.eclipse.ltk.ui.refactoring.UserInputWizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tekigo.ui.nls.UiMessages;

/** The rename dialog: the new id, then (Preview) every file's changes before they are made. */
public class RenameWizard extends RefactoringWizard {

	public RenameWizard(RenameRefactoring refactoring) {
		super(refactoring, DIALOG_BASED_USER_INTERFACE | PREVIEW_EXPAND_FIRST_NODE);
		setDefaultPageTitle(UiMessages.Rename_title);
	}

	@Override
	protected void addUserInputPages() {
		addPage(new NamePage((RenameRefactoring) getRefactoring()));
	}

	/** One field, the new id, filled with the current one and selected. */
	static final class NamePage extends UserInputWizardPage {

		private final RenameRefactoring refactoring;

		NamePage(RenameRefactoring refactoring) {
			super("name");
			this.refactoring = refactoring;
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(2, false));
			new Label(body, SWT.NONE).setText(UiMessages.Rename_newName);
			Text name = new Text(body, SWT.BORDER);
			name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			name.setText(refactoring.oldName() == null ? "" : refactoring.oldName());
			name.selectAll();
			name.addModifyListener(e -> update(name.getText()));
			update(name.getText());
			setControl(body);
			name.setFocus();
		}

		private void update(String text) {
			refactoring.setNewName(text.strip());
			boolean changed = !text.isBlank() && !text.strip().equals(refactoring.oldName());
			setPageComplete(changed);
			setErrorMessage(null);
		}
	}
}
