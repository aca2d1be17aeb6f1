package org.tekigo.ui.answers;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * What a cell of the Answers page's table shows: the column's one-line text; the whole text as a
 * tooltip where a cell cuts it; the status in its meaning's colour; and, in the markers column,
 * the row's worst issue as an icon, its issues as the tooltip.
 */
final class AnswerCellLabels extends ColumnLabelProvider {

	private final AnswerColumn column;

	AnswerCellLabels(AnswerColumn column) {
		this.column = column;
	}

	@Override
	public String getText(Object element) {
		return column == AnswerColumn.MARKERS ? "" : column.text((AnswerRow) element);
	}

	@Override
	public Image getImage(Object element) {
		if (column != AnswerColumn.MARKERS) {
			return null;
		}
		AnswerRow row = (AnswerRow) element;
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		return row.hasErrors() ? images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK)
				: row.hasIssues() ? images.getImage(ISharedImages.IMG_OBJS_WARN_TSK) : null;
	}

	@Override
	public String getToolTipText(Object element) {
		AnswerRow row = (AnswerRow) element;
		if (column == AnswerColumn.MARKERS) {
			return row.hasIssues() ? row.markerText() : null;
		}
		String full = switch (column) {
			case ITEM_TEXT -> row.itemText();
			case COMMENT -> row.comment();
			case REQUIREMENTS -> row.requirements();
			case PLAN -> row.plan();
			case EVIDENCE -> row.evidence();
			default -> null;
		};
		return full == null || full.isBlank() ? null : full;
	}

	@Override
	public Color getForeground(Object element) {
		if (column != AnswerColumn.STATUS || ((AnswerRow) element).status() == null) {
			return null;
		}
		return org.tekigo.ui.preferences.TekigoPreferences.statusColour(((AnswerRow) element).status().meaning());
	}
}
