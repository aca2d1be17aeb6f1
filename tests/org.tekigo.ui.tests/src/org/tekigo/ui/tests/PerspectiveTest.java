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
}
