package org.tekigo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.tekigo.ui.TekigoPerspective;

/**
 * The studio's first layout, the Tekigo perspective: the Gap Dashboard shown below the editor
 * (not behind another view), the outline beside it, no Tasks view, and Tekigo's wizards in File > New.
 */
class PerspectiveTest {

	@Test
	void theTekigoPerspectiveShowsTheDashboardAndNoTasks() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IPerspectiveDescriptor before = window.getActivePage().getPerspective();
		try {
			PlatformUI.getWorkbench().showPerspective(TekigoPerspective.ID, window);
			IWorkbenchPage page = window.getActivePage();
			assertNull(page.findView("org.eclipse.ui.views.TaskList"), "no Tasks view");
			IViewPart dashboard = page.findView("org.tekigo.ui.gapDashboard");
			assertNotNull(dashboard, "the Gap Dashboard is part of the layout");
			assertTrue(page.isPartVisible(dashboard), "and shown, not behind another view");
			assertNotNull(page.findView("org.eclipse.ui.views.ContentOutline"), "the outline beside the editor");
			assertTrue(List.of(page.getNewWizardShortcuts()).containsAll(List.of("org.tekigo.ui.newProject", "org.tekigo.ui.newDisclosure",
					"org.tekigo.ui.newCatalog", "org.tekigo.ui.newGuideline")), List.of(page.getNewWizardShortcuts()).toString());
		} finally {
			window.getActivePage().setPerspective(before);
		}
	}

	/** The studio ships no help system: its Help menu offers nothing that would do nothing. */
	@Test
	void theHelpMenuOffersNoHelpContentsWithoutHelp() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		org.eclipse.jface.action.IMenuManager menuBar = ((org.eclipse.ui.internal.WorkbenchWindow) window).getMenuBarManager();
		org.eclipse.jface.action.IMenuManager help = menuBar.findMenuUsingPath(org.eclipse.ui.IWorkbenchActionConstants.M_HELP);
		assertNotNull(help, "a Help menu");
		help.updateAll(true);
		List<String> shown = new java.util.ArrayList<>();
		for (org.eclipse.jface.action.IContributionItem item : help.getItems()) {
			if (item.isVisible() && item instanceof org.eclipse.jface.action.ActionContributionItem action) {
				shown.add(action.getAction().getActionDefinitionId() + " " + action.getAction().getText());
			}
		}
		assertTrue(shown.stream().noneMatch(entry -> entry.startsWith("org.eclipse.ui.help.helpContents")
				|| entry.startsWith("org.eclipse.ui.help.helpSearch") || entry.startsWith("org.eclipse.ui.help.dynamicHelp")), shown.toString());
		assertTrue(shown.stream().anyMatch(entry -> entry.startsWith("org.eclipse.ui.help.aboutAction")), "About stays: " + shown);
	}

	/**
	 * The studio's application model is the platform's LegacyIDE.e4xmi with one tag (the first
	 * window maximised): when the platform is upgraded and its model changes, this says so.
	 */
	@Test
	void theApplicationModelIsThePlatformsWithTheFirstWindowMaximised() throws Exception {
		String platform = read(org.eclipse.core.runtime.Platform.getBundle("org.eclipse.ui.workbench").getEntry("LegacyIDE.e4xmi"));
		String ours = read(org.eclipse.core.runtime.Platform.getBundle("org.tekigo.ui").getEntry("TekigoIDE.e4xmi"));
		String withoutChange = ours.replaceFirst("(?s)<!--.*?-->\\n", "").replaceFirst("\\s*<tags>shellMaximized</tags>", "");
		assertTrue(ours.contains("<tags>shellMaximized</tags>"), "the first window maximised");
		org.junit.jupiter.api.Assertions.assertEquals(platform, withoutChange, "TekigoIDE.e4xmi is LegacyIDE.e4xmi of the platform in the target, plus the tag");
	}

	private static String read(java.net.URL url) throws java.io.IOException {
		assertNotNull(url);
		try (java.io.InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}
}
