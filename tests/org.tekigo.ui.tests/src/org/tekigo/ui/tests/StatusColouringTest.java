package org.tekigo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tekigo.dsl.tekigo.Meaning;
import org.tekigo.ui.editor.TekigoEditor;
import org.tekigo.ui.preferences.TekigoPreferences;

/**
 * The Source page colours an answer's word by what it means in its catalog's scale, whatever the
 * word: the cybersecurity checklist's はい in the conformant colour, いいえ in the gap colour, as the
 * language server's semantic tokens say.
 */
class StatusColouringTest {

	private IProject project;

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.closeEditorsAndDelete(project);
	}

	@Test
	void aScalesWordsAreColouredByMeaning() throws Exception {
		project = Workbench.projectWith("colours-by-meaning", "cyber");
		TekigoEditor editor = Workbench.openSource(project.getFile("midori-sakura.tekigo"));
		StyledText text = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
		String document = editor.document().get();
		int yes = document.indexOf("\t1.1-①-1 はい ") + "\t1.1-①-1 ".length();
		int no = document.indexOf(" いいえ ") + 1;
		assertTrue(yes > 0 && no > 0);
		assertTrue(Workbench.waitUntil(() -> colourAt(text, no) != null
				&& colourAt(text, no).equals(TekigoPreferences.statusColour(Meaning.GAP).getRGB()), 20_000),
				() -> "いいえ in the gap colour: " + colourAt(text, no));
		assertEquals(TekigoPreferences.statusColour(Meaning.FULFILLED).getRGB(), colourAt(text, yes), "はい in the conformant colour");
	}

	private static RGB colourAt(StyledText text, int offset) {
		StyleRange style = text.getStyleRangeAtOffset(offset);
		return style == null || style.foreground == null ? null : style.foreground.getRGB();
	}
}
