package org.tekigo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tekigo.dsl.tekigo.Meaning;
import org.tekigo.ui.TekigoUiPlugin;
import org.tekigo.ui.answers.AnswerColumn;
import org.tekigo.ui.answers.AnswersPage;
import org.tekigo.ui.editor.DisclosureEditor;
import org.tekigo.ui.preferences.TekigoPreferences;

/**
 * Window > Preferences > Tekigo: the page opens with a colour per meaning of a status and the
 * validation delay; a colour chosen there is the one the Answers page paints its gaps in.
 */
class PreferencesTest {

	private IProject project;
	private final IPreferenceStore store = TekigoUiPlugin.getDefault().getPreferenceStore();

	@AfterEach
	void cleanUp() throws Exception {
		store.setToDefault(TekigoPreferences.colourKey(Meaning.GAP));
		Workbench.closeEditorsAndDelete(project);
	}

	@Test
	void thePageOpensWithTheColoursAndTheDelay() throws Exception {
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(Workbench.page().getWorkbenchWindow().getShell(),
				"org.tekigo.ui.preferences", null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			assertNotNull(dialog.getSelectedPage(), "the Tekigo page");
			Workbench.waitUntil(() -> false, 300);
			Workbench.screenshot(dialog.getShell(), "preferences.png");
			assertEquals("org.tekigo.ui.preferences.TekigoPreferencePage", dialog.getSelectedPage().getClass().getName());
			assertEquals(30, store.getInt(TekigoPreferences.RECONCILE_DELAY), "validation 30 ms after the last keystroke");
		} finally {
			dialog.close();
		}
	}

	@Test
	void aGapIsPaintedInTheColourOfThePreferences() throws Exception {
		project = Workbench.projectWith("colours", "chatwork");
		DisclosureEditor editor = (DisclosureEditor) IDE.openEditor(Workbench.page(), project.getFile("chatwork.tekigo"));
		AnswersPage page = editor.answersPage();
		assertTrue(Workbench.waitUntil(() -> page.model().all().size() == 433, 30_000));
		RGB chosen = new RGB(255, 0, 255);
		PreferenceConverter.setValue(store, TekigoPreferences.colourKey(Meaning.GAP), chosen);
		page.viewer().refresh();
		TableItem gap = null;
		for (TableItem item : page.viewer().getTable().getItems()) {
			if ("不適合".equals(item.getText(AnswerColumn.STATUS.ordinal()))) {
				gap = item;
				break;
			}
		}
		assertNotNull(gap, "a gap row");
		assertEquals(chosen, gap.getForeground(AnswerColumn.STATUS.ordinal()).getRGB());
	}
}
