package org.tekigo.ui.views;

import org.tekigo.ui.nls.UiMessages;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.tekigo.reports.gap.Gap;
import org.tekigo.reports.gap.GapAnalysis;
import org.tekigo.reports.gap.GapTexts;
import org.tekigo.reports.gap.WeightNames;
import org.tekigo.reports.model.DisclosureView.RequirementView;

/** The dashboard's lower table: every 不適合 answer, minimum gaps first; opening one reveals it. */
final class GapsTable {

	private final Composite control;
	private final TableViewer viewer;
	/** The guideline's names for its weights, from the analysis shown. */
	private WeightNames names = new WeightNames(java.util.List.of("C"), java.util.List.of("D"));

	GapsTable(Composite parent, Consumer<Gap> reveal) {
		control = new Composite(parent, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		control.setLayout(layout);
		viewer = new TableViewer(control, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		// Comments are long; the tooltip shows the whole text the cell cuts.
		ColumnViewerToolTipSupport.enableFor(viewer);
		column(layout, UiMessages.Column_item, 2, gap -> gap.item().itemId());
		column(layout, UiMessages.Column_requirement, 2, gap -> gap.requirements().stream().map(RequirementView::id).collect(Collectors.joining(", ")));
		column(layout, UiMessages.Column_class, 1, gap -> GapTexts.weight(gap.weight(), names));
		column(layout, UiMessages.Column_comment, 6, Gap::comment);
		column(layout, UiMessages.Column_plan, 3, Gap::plan);
		column(layout, UiMessages.Column_owner, 2, Gap::owner);
		column(layout, UiMessages.Column_due, 2, Gap::due);
		// Double-click, or Enter, as the platform's open strategy has it.
		viewer.addOpenListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof Gap gap) {
				reveal.accept(gap);
			}
		});
	}

	Composite control() {
		return control;
	}

	void show(GapAnalysis analysis) {
		names = analysis.weights();
		viewer.setInput(analysis.gaps());
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<Gap, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 50));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Gap) element);
			}

			@Override
			public String getToolTipText(Object element) {
				String full = text.apply((Gap) element);
				return full.isEmpty() ? null : full;
			}
		});
	}
}
