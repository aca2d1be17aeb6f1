package org.tekigo.ui.answers;

import static org.eclipse.osgi.util.NLS.bind;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Link;
import org.eclipse.xtext.validation.Issue;
import org.tekigo.ui.nls.UiMessages;

/**
 * Above the Answers page's table, while the text has syntax errors (the table is read-only then):
 * the first error's line and message, and a link to it in the Source page, where it can be
 * fixed. Takes no room otherwise.
 */
final class SyntaxNotice {

	private final Composite control;
	private final Link text;
	private int firstErrorOffset = -1;

	SyntaxNotice(Composite parent, AnswersPage.Host host) {
		control = new Composite(parent, SWT.NONE);
		control.setLayout(new GridLayout(1, false));
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.exclude = true;
		control.setLayoutData(data);
		control.setVisible(false);
		text = new Link(control, SWT.WRAP);
		text.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		text.setForeground(Display.getDefault().getSystemColor(SWT.COLOR_DARK_RED));
		text.addListener(SWT.Selection, event -> {
			if (firstErrorOffset >= 0) {
				host.showSource(firstErrorOffset, 0);
			}
		});
	}

	/** Tells of this syntax error; null (the text parses) hides the notice. */
	void show(Issue syntax) {
		firstErrorOffset = syntax == null || syntax.getOffset() == null ? -1 : syntax.getOffset();
		if (syntax != null) {
			text.setText(bind(UiMessages.Answers_syntaxErrors, syntax.getLineNumber(), syntax.getMessage()));
		}
		((GridData) control.getLayoutData()).exclude = syntax == null;
		control.setVisible(syntax != null);
	}
}
