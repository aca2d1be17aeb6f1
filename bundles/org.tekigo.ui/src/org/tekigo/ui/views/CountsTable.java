package org.tekigo.ui.views;

import org.tekigo.ui.nls.UiMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.tekigo.reports.gap.GapAnalysis;
import org.tekigo.reports.gap.StatusCount;

/** The dashboard's upper table: one row of counts per category, and the total in bold. */
final class CountsTable {

	private final Composite control;
	private final TableViewer viewer;
	private StatusCount total;

	CountsTable(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		control.setLayout(layout);
		viewer = new TableViewer(control, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, UiMessages.Column_category, SWT.LEFT, 4, null);
		column(layout, "適合可能", SWT.RIGHT, 1, StatusCount::conformant);
		column(layout, "不適合", SWT.RIGHT, 1, StatusCount::nonconformant);
		column(layout, "対象外", SWT.RIGHT, 1, StatusCount::notApplicable);
		column(layout, "未回答", SWT.RIGHT, 1, StatusCount::unanswered);
	}

	Composite control() {
		return control;
	}

	void show(GapAnalysis analysis) {
		List<StatusCount> rows = new ArrayList<>(analysis.byCategory());
		total = new StatusCount(UiMessages.Dashboard_total, rows.stream().mapToInt(StatusCount::conformant).sum(),
				rows.stream().mapToInt(StatusCount::nonconformant).sum(), rows.stream().mapToInt(StatusCount::notApplicable).sum(),
				rows.stream().mapToInt(StatusCount::unanswered).sum());
		rows.add(total);
		viewer.setInput(rows);
	}

	/** A column of numbers when count is given, else the category's label. */
	private void column(TableColumnLayout layout, String title, int alignment, int weight, ToIntFunction<StatusCount> count) {
		TableViewerColumn column = new TableViewerColumn(viewer, alignment);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				StatusCount counts = (StatusCount) element;
				return count == null ? counts.label() : String.valueOf(count.applyAsInt(counts));
			}

			@Override
			public Font getFont(Object element) {
				return element == total ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null;
			}

			@Override
			public Color getForeground(Object element) {
				// Gaps are what the reader looks for: a non-zero 不適合 stands out.
				boolean gaps = count != null && title.equals("不適合") && count.applyAsInt((StatusCount) element) > 0;
				return gaps ? Display.getCurrent().getSystemColor(SWT.COLOR_RED) : null;
			}
		});
	}
}
