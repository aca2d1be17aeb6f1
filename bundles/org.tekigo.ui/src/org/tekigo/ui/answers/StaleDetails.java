package org.tekigo.ui.answers;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tekigo.reports.model.DisclosureView.StaleChange;
import org.tekigo.ui.nls.UiMessages;

/**
 * Under the table, while one stale answer is selected: what changed under it, each text as it
 * was when the answer was given beside the text as it is now, so that the vendor can judge
 * whether the answer still holds before confirming it.
 */
final class StaleDetails {

	private final Composite control;
	private List<StaleChange> shown = List.of();

	StaleDetails(Composite parent) {
		control = new Composite(parent, SWT.BORDER);
		control.setLayout(new GridLayout(3, true));
		GridData data = new GridData(SWT.FILL, SWT.BOTTOM, true, false);
		data.exclude = true;
		control.setLayoutData(data);
		control.setVisible(false);
	}

	Control control() {
		return control;
	}

	/** The texts of the selected answer's changes; nothing (and no room taken) unless exactly one stale answer is selected. */
	void show(List<AnswerRow> selection) {
		List<StaleChange> changes = selection.size() == 1 ? selection.get(0).stale() : List.of();
		if (changes.equals(shown)) {
			return;
		}
		shown = changes;
		for (Control child : control.getChildren()) {
			child.dispose();
		}
		if (!changes.isEmpty()) {
			for (String heading : List.of(UiMessages.Answers_columnWhatChanged, UiMessages.Answers_textWhenAnswered,
					UiMessages.Answers_textNow)) {
				Label label = new Label(control, SWT.NONE);
				label.setText(heading.replaceAll(":$", ""));
				label.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
			}
			for (StaleChange change : changes) {
				text(change.sentence());
				text(change.then() == null ? UiMessages.Answers_textNotInWorkspace : change.then());
				text(change.now() == null ? "—" : change.now());
			}
		}
		((GridData) control.getLayoutData()).exclude = changes.isEmpty();
		control.setVisible(!changes.isEmpty());
		control.getParent().layout(true, true);
	}

	private void text(String value) {
		Text text = new Text(control, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
		text.setText(value);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 200; // the columns share the width; the text wraps in its column
		text.setLayoutData(data);
	}
}
