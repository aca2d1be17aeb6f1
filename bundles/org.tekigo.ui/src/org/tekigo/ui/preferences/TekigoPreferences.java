package org.tekigo.ui.preferences;

import java.util.Locale;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.tekigo.dsl.tekigo.Meaning;
import org.tekigo.ui.TekigoUiPlugin;

/**
 * The studio's preferences (Window > Preferences > Tekigo): the colour of each meaning of a
 * status, as the Source page, the Answers page and the outline show it, and the delay after the
 * last keystroke before the text is validated again.
 */
public final class TekigoPreferences extends AbstractPreferenceInitializer {

	public static final String RECONCILE_DELAY = "reconcileDelay";
	/** Validation 30 ms after the last keystroke: markers within about 0.1 s (docs/performance.md). */
	public static final int DEFAULT_RECONCILE_DELAY = 30;

	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore store = store();
		store.setDefault(RECONCILE_DELAY, DEFAULT_RECONCILE_DELAY);
		for (Meaning meaning : Meaning.values()) {
			PreferenceConverter.setDefault(store, colourKey(meaning), defaultColour(meaning));
		}
	}

	/** The preference key of a meaning's colour: statusColour.gap, … */
	public static String colourKey(Meaning meaning) {
		return "statusColour." + meaning.getLiteral().toLowerCase(Locale.ROOT);
	}

	/** Dark green, dark yellow, red and grey, as before there were preferences. */
	static RGB defaultColour(Meaning meaning) {
		return switch (meaning) {
			case FULFILLED -> new RGB(0, 128, 0);
			case PARTLY_FULFILLED -> new RGB(128, 128, 0);
			case GAP -> new RGB(200, 0, 0);
			case NOT_APPLICABLE -> new RGB(110, 110, 110);
		};
	}

	/**
	 * The colour of a status with this meaning, as set in the preferences. Kept in JFace's colour
	 * registry, which owns (and disposes) it; a changed preference takes effect at the next paint.
	 */
	public static Color statusColour(Meaning meaning) {
		ColorRegistry colours = JFaceResources.getColorRegistry();
		String id = "org.tekigo.ui.status." + meaning.getLiteral();
		RGB wanted = PreferenceConverter.getColor(store(), colourKey(meaning));
		if (!colours.hasValueFor(id) || !wanted.equals(colours.getRGB(id))) {
			colours.put(id, wanted);
		}
		return colours.get(id);
	}

	/** The same for the reports' view of a status (the Answers page's rows): the meanings are the language's. */
	public static Color statusColour(org.tekigo.reports.model.DisclosureView.Meaning meaning) {
		return statusColour(Meaning.valueOf(meaning.name()));
	}

	/** Milliseconds from the last keystroke to validation, for editors opened from now on. */
	public static int reconcileDelay() {
		int delay = store().getInt(RECONCILE_DELAY);
		return delay > 0 ? delay : DEFAULT_RECONCILE_DELAY;
	}

	private static IPreferenceStore store() {
		return TekigoUiPlugin.getDefault().getPreferenceStore();
	}
}
