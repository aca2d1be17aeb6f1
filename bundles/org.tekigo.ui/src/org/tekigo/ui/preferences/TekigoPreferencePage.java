package org.tekigo.ui.preferences;

import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.tekigo.dsl.tekigo.Meaning;
import org.tekigo.ui.TekigoUiPlugin;
import org.tekigo.ui.nls.UiMessages;

/** Window > Preferences > Tekigo: the status colours and the validation delay. */
public class TekigoPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public TekigoPreferencePage() {
		super(GRID);
		setDescription(UiMessages.Preferences_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(TekigoUiPlugin.getDefault().getPreferenceStore());
	}

	@Override
	protected void createFieldEditors() {
		for (Meaning meaning : Meaning.values()) {
			addField(new ColorFieldEditor(TekigoPreferences.colourKey(meaning), label(meaning), getFieldEditorParent()));
		}
		IntegerFieldEditor delay = new IntegerFieldEditor(TekigoPreferences.RECONCILE_DELAY, UiMessages.Preferences_delay,
				getFieldEditorParent());
		delay.setValidRange(10, 2000);
		addField(delay);
	}

	private static String label(Meaning meaning) {
		return switch (meaning) {
			case FULFILLED -> UiMessages.Preferences_fulfilled;
			case PARTLY_FULFILLED -> UiMessages.Preferences_partlyFulfilled;
			case GAP -> UiMessages.Preferences_gap;
			case NOT_APPLICABLE -> UiMessages.Preferences_notApplicable;
		};
	}
}
