package org.tekigo.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;

/**
 * The Tekigo perspective, the studio's first layout: the projects on the left, the editor with
 * the outline beside it, and below them the Gap Dashboard and the Problems view, tall enough for
 * the dashboard's tables. No Tasks view: Tekigo has no tasks. The New menu offers Tekigo's wizards.
 */
public class TekigoPerspective implements IPerspectiveFactory {

	public static final String ID = "org.tekigo.ui.perspective";
	private static final String GAP_DASHBOARD = "org.tekigo.ui.gapDashboard";
	private static final String ERROR_LOG = "org.eclipse.pde.runtime.LogView";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("tekigo.left", IPageLayout.LEFT, 0.2f, editors);
		left.addView(available(IPageLayout.ID_PROJECT_EXPLORER) ? IPageLayout.ID_PROJECT_EXPLORER : "org.eclipse.ui.views.ResourceNavigator");
		IFolderLayout bottom = layout.createFolder("tekigo.bottom", IPageLayout.BOTTOM, 0.58f, editors);
		bottom.addView(GAP_DASHBOARD);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addPlaceholder(ERROR_LOG);
		IFolderLayout right = layout.createFolder("tekigo.right", IPageLayout.RIGHT, 0.78f, editors);
		right.addView(IPageLayout.ID_OUTLINE);
		for (String wizard : new String[] { "org.tekigo.ui.newProject", "org.tekigo.ui.newDisclosure", "org.tekigo.ui.newCatalog",
				"org.tekigo.ui.newGuideline", "org.tekigo.ui.newReview", "org.tekigo.ui.newSampleProject", "org.eclipse.ui.wizards.new.folder",
				"org.eclipse.ui.wizards.new.file" }) {
			layout.addNewWizardShortcut(wizard);
		}
		for (String view : new String[] { GAP_DASHBOARD, IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_OUTLINE, ERROR_LOG }) {
			layout.addShowViewShortcut(view);
		}
	}

	private static boolean available(String view) {
		return PlatformUI.getWorkbench().getViewRegistry().find(view) != null;
	}
}
