package org.tekigo.ui.views;

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
import org.tekigo.ui.views.GapSummary.Counts;

/** The dashboard's upper table: one row of counts per category, and the total in bold. */
final class CountsTable {

	private final Composite control;
	private final TableViewer viewer;
	private Counts total;

	CountsTable(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		control.setLayout(layout);
		viewer = new TableViewer(control, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, "Category", SWT.LEFT, 4, null);
		column(layout, "適合可能", SWT.RIGHT, 1, Counts::conformant);
		column(layout, "不適合", SWT.RIGHT, 1, Counts::nonconformant);
		column(layout, "対象外", SWT.RIGHT, 1, Counts::notApplicable);
		column(layout, "未回答", SWT.RIGHT, 1, Counts::unanswered);
	}

	Composite control() {
		return control;
	}

	void show(GapSummary summary) {
		total = summary.total();
		List<Counts> rows = new ArrayList<>(summary.categories());
		rows.add(total);
		viewer.setInput(rows);
	}

	/** A column of numbers when count is given, else the category's label. */
	private void column(TableColumnLayout layout, String title, int alignment, int weight, ToIntFunction<Counts> count) {
		TableViewerColumn column = new TableViewerColumn(viewer, alignment);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				Counts counts = (Counts) element;
				return count == null ? counts.label() : String.valueOf(count.applyAsInt(counts));
			}

			@Override
			public Font getFont(Object element) {
				return element == total ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null;
			}

			@Override
			public Color getForeground(Object element) {
				// Gaps are what the reader looks for: a non-zero 不適合 stands out.
				boolean gaps = count != null && title.equals("不適合") && count.applyAsInt((Counts) element) > 0;
				return gaps ? Display.getCurrent().getSystemColor(SWT.COLOR_RED) : null;
			}
		});
	}
}
