package org.tekigo.ui.answers;

import org.tekigo.ui.nls.UiMessages;
import static org.eclipse.osgi.util.NLS.bind;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for a remediation (plan, owner, due date) to give to the selected answers. */
final class RemediationDialog extends TitleAreaDialog {

	private final int answers;
	private Text planText;
	private Text ownerText;
	private Text dueText;
	private String plan = "";
	private String owner = "";
	private String due = "";

	RemediationDialog(Shell shell, int answers) {
		super(shell);
		this.answers = answers;
	}

	@Override
	public void create() {
		super.create();
		getShell().setText(UiMessages.Remediation_title);
		setTitle(answers == 1 ? UiMessages.Remediation_headingOne : bind(UiMessages.Remediation_heading, answers));
		setMessage(UiMessages.Remediation_message);
		validate();
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite fields = new Composite(area, SWT.NONE);
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		fields.setLayout(new GridLayout(2, false));
		planText = field(fields, UiMessages.Remediation_plan, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER, 60);
		ownerText = field(fields, UiMessages.Remediation_owner, SWT.SINGLE | SWT.BORDER, SWT.DEFAULT);
		dueText = field(fields, UiMessages.Remediation_due, SWT.SINGLE | SWT.BORDER, SWT.DEFAULT);
		dueText.setMessage("YYYY-MM-DD");
		return area;
	}

	private Text field(Composite parent, String label, int style, int height) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, style);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
		data.widthHint = 360;
		data.heightHint = height;
		text.setLayoutData(data);
		text.addListener(SWT.Modify, event -> validate());
		return text;
	}

	private void validate() {
		if (getButton(OK) == null) {
			return;
		}
		String dueValue = dueText.getText().strip();
		String problem = planText.getText().isBlank() ? UiMessages.Remediation_writePlan
				: !dueValue.isEmpty() && !dueValue.matches("\\d{4}-\\d{2}-\\d{2}") ? UiMessages.Remediation_dueFormat : null;
		setErrorMessage(problem);
		getButton(OK).setEnabled(problem == null);
	}

	@Override
	protected void okPressed() {
		plan = planText.getText().strip();
		owner = ownerText.getText().strip();
		due = dueText.getText().strip();
		super.okPressed();
	}

	String plan() {
		return plan;
	}

	String owner() {
		return owner;
	}

	String due() {
		return due;
	}
}
