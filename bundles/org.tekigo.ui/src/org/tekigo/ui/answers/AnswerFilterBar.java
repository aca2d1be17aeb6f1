package org.tekigo.ui.answers;

import static org.eclipse.osgi.util.NLS.bind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tekigo.reports.model.DisclosureView.Status;
import org.tekigo.reports.model.ScaleWords;
import org.tekigo.ui.nls.UiMessages;

/**
 * Above the Answers page's table, on two lines: what to show (scope, status, search, and how many
 * rows of all are shown), then the switches. Each widget sets the page's filter; the bar shows the
 * filter in force, however it was set (by a widget, by {@link AnswersPage#setFilter}, or cleared
 * to show a row the outline selects).
 */
final class AnswerFilterBar {

	private static final String ALL_SCOPES = UiMessages.Answers_allScopes;
	private static final String ALL_STATUSES = UiMessages.Answers_allStatuses;

	private final AnswersPage page;
	private final Combo scope;
	private final Combo status;
	private final Text search;
	private final Label count;
	private final Button gapsOnly;
	private final Button minimumGapsOnly;
	private final Button withIssuesOnly;
	private final Button staleOnly;
	/** The categories and groups of the rows, in the catalog's order: the scope combo's choices after "all". */
	private List<String> scopes = List.of();

	AnswerFilterBar(Composite parent, AnswersPage page) {
		this.page = page;
		AnswerTableModel model = page.model();
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		bar.setLayout(new GridLayout(4, false));
		scope = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		scope.setItems(ALL_SCOPES);
		scope.select(0);
		scope.setToolTipText(UiMessages.Answers_scopeTip);
		scope.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
		scope.addListener(SWT.Selection, event -> page.setFilter(model.filter()
				.withScope(scope.getSelectionIndex() <= 0 ? null : scopes.get(scope.getSelectionIndex() - 1))));
		status = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		status.setItems(statusChoices());
		status.select(0);
		status.addListener(SWT.Selection, event -> {
			List<Status> scale = page.scale();
			int index = status.getSelectionIndex();
			Status chosen = index >= 1 && index <= scale.size() ? scale.get(index - 1) : null;
			page.setFilter(model.filter().withStatus(chosen, index == scale.size() + 1));
		});
		search = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage(UiMessages.Answers_search);
		search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		search.addListener(SWT.Modify, event -> {
			if (!search.getText().equals(model.filter().search())) {
				page.setFilter(model.filter().withSearch(search.getText()));
			}
		});
		count = new Label(bar, SWT.NONE);
		count.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
		Composite switches = new Composite(bar, SWT.NONE);
		switches.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
		RowLayout row = new RowLayout(SWT.HORIZONTAL);
		row.marginLeft = row.marginTop = row.marginBottom = 0;
		row.spacing = 16;
		switches.setLayout(row);
		gapsOnly = check(switches, UiMessages.Answers_gapsOnly, UiMessages.Answers_gapsOnlyTip);
		minimumGapsOnly = check(switches, UiMessages.Answers_minimumGapsOnly, UiMessages.Answers_minimumGapsOnlyTip);
		withIssuesOnly = check(switches, UiMessages.Answers_withIssues, UiMessages.Answers_withIssuesTip);
		staleOnly = check(switches, UiMessages.Answers_staleOnly, UiMessages.Answers_staleOnlyTip);
		for (Button button : List.of(gapsOnly, minimumGapsOnly, withIssuesOnly, staleOnly)) {
			button.addListener(SWT.Selection, event -> page.setFilter(model.filter()
					.withGaps(gapsOnly.getSelection(), minimumGapsOnly.getSelection()).withIssues(withIssuesOnly.getSelection())
					.withStale(staleOnly.getSelection())));
		}
	}

	private static Button check(Composite bar, String text, String tip) {
		Button button = new Button(bar, SWT.CHECK);
		button.setText(text);
		button.setToolTipText(tip);
		return button;
	}

	/** The gaps-only switch's label, in the scale's words. */
	String gapsOnlyLabel() {
		return gapsOnly.getText();
	}

	/** What the status filter offers: all, the scale's words, unanswered. */
	List<String> statusFilterChoices() {
		return List.of(status.getItems());
	}

	/** All, the scale's words, 未回答: the status filter's choices. */
	private String[] statusChoices() {
		List<String> choices = new ArrayList<>(List.of(ALL_STATUSES));
		page.scale().forEach(word -> choices.add(word.label()));
		choices.add(AnswersPage.UNANSWERED);
		return choices.toArray(String[]::new);
	}

	/** Offers the page's scale's words, in the status combo and in the switches' labels and tips. */
	void showScale() {
		if (status.isDisposed()) {
			return;
		}
		status.setItems(statusChoices());
		fitToItems(status);
		// "Gaps only (不適合)" says the scale's gap word: "(いいえ)" for the cybersecurity checklist.
		ScaleWords words = new ScaleWords(page.scale());
		gapsOnly.setText(words.say(UiMessages.Answers_gapsOnly));
		gapsOnly.setToolTipText(words.say(UiMessages.Answers_gapsOnlyTip));
		minimumGapsOnly.setToolTipText(words.say(UiMessages.Answers_minimumGapsOnlyTip));
		gapsOnly.getParent().layout(true);
	}

	/** The bar shows the filter in force, however it was set. */
	void show(AnswerFilter filter) {
		if (scope.isDisposed()) {
			return;
		}
		List<Status> scale = page.scale();
		scope.select(filter.scope() == null || !scopes.contains(filter.scope()) ? 0 : scopes.indexOf(filter.scope()) + 1);
		status.select(filter.unansweredOnly() ? scale.size() + 1 : filter.status() == null ? 0 : scale.indexOf(filter.status()) + 1);
		gapsOnly.setSelection(filter.gapsOnly());
		minimumGapsOnly.setSelection(filter.minimumGapsOnly());
		withIssuesOnly.setSelection(filter.withIssuesOnly());
		staleOnly.setSelection(filter.staleOnly());
		if (!search.getText().equals(filter.search())) {
			search.setText(filter.search());
		}
	}

	/** "n of m rows". */
	void showCount(int shown, int all) {
		count.setText(bind(UiMessages.Answers_count, shown, all));
		count.getParent().layout();
	}

	/** Offers the categories and groups of these rows (groups indented under their category); the scope chosen stays when it still exists. */
	void updateScopes(List<AnswerRow> rows) {
		Set<String> labels = new LinkedHashSet<>();
		for (AnswerRow row : rows) {
			labels.add(row.category());
			labels.add(row.group());
		}
		List<String> newScopes = List.copyOf(labels);
		if (newScopes.equals(scopes)) {
			return;
		}
		String current = scope.getSelectionIndex() <= 0 ? null : scopes.get(scope.getSelectionIndex() - 1);
		scopes = newScopes;
		List<String> items = new ArrayList<>();
		items.add(ALL_SCOPES);
		Set<String> categories = new HashSet<>(rows.stream().map(AnswerRow::category).toList());
		scopes.forEach(label -> items.add(categories.contains(label) ? label : "    " + label));
		scope.setItems(items.toArray(String[]::new));
		scope.select(current == null || !scopes.contains(current) ? 0 : scopes.indexOf(current) + 1);
		fitToItems(scope);
	}

	/**
	 * A combo is as wide as its longest entry when laid out; its entries change with the
	 * document (the scale's words, the catalog's groups), so the bar is laid out again then.
	 */
	private static void fitToItems(Combo combo) {
		combo.getParent().layout(true, true);
	}
}
