package org.tekigo.ui.verdicts;

import static org.eclipse.osgi.util.NLS.bind;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tekigo.ui.nls.UiMessages;

/** The Verdicts page's filters: five switches that combine, a search, and "n of m rows". */
final class VerdictFilterBar {

	private final Button notJudged;
	private final Button questions;
	private final Button notAccepted;
	private final Button suspect;
	private final Button minimumGaps;
	private final Text search;
	private final Label count;

	VerdictFilterBar(Composite parent, Consumer<VerdictFilter> changed) {
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		bar.setLayout(new GridLayout(7, false));
		notJudged = check(bar, UiMessages.Verdicts_notJudged);
		questions = check(bar, UiMessages.Verdicts_questions);
		notAccepted = check(bar, UiMessages.Verdicts_notAccepted);
		suspect = check(bar, UiMessages.Verdicts_suspectOnly);
		minimumGaps = check(bar, UiMessages.Verdicts_minimumGaps);
		search = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage(UiMessages.Verdicts_search);
		search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		count = new Label(bar, SWT.NONE);
		count.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
		for (Button button : List.of(notJudged, questions, notAccepted, suspect, minimumGaps)) {
			button.addListener(SWT.Selection, event -> changed.accept(filter()));
		}
		search.addListener(SWT.Modify, event -> changed.accept(filter()));
	}

	private static Button check(Composite bar, String text) {
		Button button = new Button(bar, SWT.CHECK);
		button.setText(text);
		return button;
	}

	VerdictFilter filter() {
		return new VerdictFilter(notJudged.getSelection(), questions.getSelection(), notAccepted.getSelection(), suspect.getSelection(),
				minimumGaps.getSelection(), search.getText());
	}

	/** Shows the filter in force, however it was set. */
	void show(VerdictFilter filter) {
		notJudged.setSelection(filter.notJudged());
		questions.setSelection(filter.questions());
		notAccepted.setSelection(filter.notAccepted());
		suspect.setSelection(filter.suspect());
		minimumGaps.setSelection(filter.minimumGaps());
		if (!search.getText().equals(filter.search())) {
			search.setText(filter.search());
		}
	}

	void showCount(int shown, int all) {
		count.setText(bind(UiMessages.Verdicts_count, shown, all));
		count.getParent().layout();
	}
}
