package org.tekigo.ui.outline;

import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.StyledString.Styler;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.TextStyle;
import org.eclipse.swt.widgets.Display;
import org.tekigo.dsl.ide.outline.OutlineNode;
import org.tekigo.dsl.tekigo.Meaning;

/** The node's text, with an answer's word in the colour of what it means: green, amber, red, grey. */
public final class OutlineLabelProvider extends LabelProvider implements IStyledLabelProvider {

	@Override
	public String getText(Object element) {
		return ((OutlineNode) element).text();
	}

	@Override
	public StyledString getStyledText(Object element) {
		OutlineNode node = (OutlineNode) element;
		StyledString styled = new StyledString(node.text());
		if (node.status() != null && node.meaning() != null) {
			styled.setStyle(node.statusStart(), node.status().length(), styler(node.meaning()));
		}
		return styled;
	}

	private static Styler styler(Meaning meaning) {
		// The colour registry owns the preference's colour: nothing to dispose.
		return new Styler() {
			@Override
			public void applyStyles(TextStyle style) {
				style.foreground = org.tekigo.ui.preferences.TekigoPreferences.statusColour(meaning);
			}
		};
	}
}
