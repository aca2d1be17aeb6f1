package org.tekigo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tekigo.ui.builder.TekigoMarkers;
import org.tekigo.ui.editor.DisclosureEditor;
import org.tekigo.ui.views.GapDashboardView;
import org.tekigo.ui.wizards.NewSampleProjectWizard;
import org.tekigo.ui.wizards.SampleProject;

/**
 * The studio started with {@code -nl ja} (the tycho-surefire execution "japanese" of this
 * module's pom): Tekigo's menus, the Problems view's messages, a wizard's title, the Answers page
 * and the dashboard read in Japanese. Eclipse's own menus stay English: the platform's Japanese
 * language packs (Babel) are not on Maven Central. Leaves target/screenshots/studio-ja.png.
 */
class JapaneseStudioTest {

	private IProject project;

	@BeforeEach
	void onlyInJapanese() {
		Assumptions.assumeTrue(Locale.getDefault().getLanguage().equals("ja"),
				"runs in the execution started with -nl ja (mvn verify runs it there); here the locale is " + Locale.getDefault());
	}

	@AfterEach
	void cleanUp() throws Exception {
		if (project != null) {
			Workbench.closeEditorsAndDelete(project);
		}
	}

	@Test
	void menusProblemsWizardAndAnswersPageAreInJapanese() throws Exception {
		project = Workbench.builtSampleProject();
		IMarker[] markers = Workbench.tekigoMarkers(project.getFile(SampleProject.DISCLOSURE));
		assertEquals(52, markers.length);
		String message = markers[0].getAttribute(IMarker.MESSAGE, "");
		assertTrue(message.matches("最低限のガイドラインの要求事項 \\S+ に対する不適合に是正計画がありません"), message);
		assertEquals("tekigo.minimumGapWithoutPlan", markers[0].getAttribute(TekigoMarkers.CODE, ""), "issue codes stay the same");

		List<String> project = menuItems("プロジェクト", "Project");
		assertTrue(project.contains("Tekigo レポートの生成"), "the Project menu: " + project);

		NewSampleProjectWizard wizard = new NewSampleProjectWizard();
		wizard.init(PlatformUI.getWorkbench(), null);
		WizardDialog dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
		dialog.create();
		try {
			assertEquals("新しい Tekigo サンプル プロジェクト", dialog.getShell().getText());
			assertEquals("Tekigo サンプル プロジェクト", wizard.getPages()[0].getTitle());
		} finally {
			dialog.close();
		}

		Workbench.page().showView("org.eclipse.ui.views.ProblemView");
		DisclosureEditor editor = (DisclosureEditor) IDE.openEditor(Workbench.page(), this.project.getFile(SampleProject.DISCLOSURE));
		GapDashboardView dashboard = (GapDashboardView) Workbench.page().showView(GapDashboardView.ID);
		Workbench.page().activate(editor);
		assertTrue(Workbench.waitUntil(() -> editor.answersPage().model().all().size() == 433, 30_000));
		Table table = editor.answersPage().viewer().getTable();
		List<String> headers = new ArrayList<>();
		for (TableColumn column : table.getColumns()) {
			headers.add(column.getText());
		}
		assertEquals(List.of("", "大項目", "中項目", "対策", "対策項目", "対策項目の内容", "要求事項（区分）", "回答", "コメント", "根拠", "是正計画",
				"担当", "期限", "審査の判定"), headers);
		assertTrue(Workbench.waitUntil(() -> "Chatwork: 不適合 72 件、うち最低限（C）の要求事項に関わるもの 52 件".equals(dashboard.getContentDescription()),
				10_000), dashboard::getContentDescription);
		// The Problems view itself: its rows read the markers' messages, in Japanese.
		org.eclipse.ui.IViewPart problems = Workbench.page().showView("org.eclipse.ui.views.ProblemView");
		Workbench.page().getWorkbenchWindow().getShell().setBounds(0, 0, 1580, 980);
		Workbench.page().activate(problems);
		assertTrue(Workbench.waitUntil(() -> problemRows(problems).stream().anyMatch(row -> row.startsWith("最低限のガイドラインの要求事項")), 30_000),
				() -> "the Problems view shows " + problemRows(problems));
		Workbench.page().activate(editor);
		Workbench.waitUntil(() -> false, 1_000);
		Workbench.screenshot("studio-ja.png");
	}

	/**
	 * The rows under the groups of the Problems view (found as the tree of the window whose rows
	 * are markers: the Project Explorer's and the Outline's hold files and statements).
	 */
	private static List<String> problemRows(org.eclipse.ui.IViewPart view) {
		List<String> rows = new ArrayList<>();
		List<org.eclipse.swt.widgets.Tree> trees = new ArrayList<>();
		collect(view.getSite().getShell(), trees);
		for (org.eclipse.swt.widgets.Tree tree : trees) {
			for (org.eclipse.swt.widgets.TreeItem top : tree.getItems()) {
				rows.add(top.getText(0)); // the markers themselves when the view does not group them
				if (top.getText(0).matches(".*\\(\\d+ .*\\)")) { // a group: "Warnings (52 items)"
					if (!top.getExpanded()) {
						// As a click on the twistie does: the viewer makes the children on SWT.Expand.
						org.eclipse.swt.widgets.Event expand = new org.eclipse.swt.widgets.Event();
						expand.item = top;
						tree.notifyListeners(org.eclipse.swt.SWT.Expand, expand);
						top.setExpanded(true);
					}
					for (org.eclipse.swt.widgets.TreeItem row : top.getItems()) {
						rows.add(row.getText(0));
					}
				}
			}
		}
		return rows;
	}

	private static void collect(org.eclipse.swt.widgets.Control control, List<org.eclipse.swt.widgets.Tree> trees) {
		if (control instanceof org.eclipse.swt.widgets.Tree tree) {
			trees.add(tree);
		} else if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				collect(child, trees);
			}
		}
	}

	/** The texts of the items of the menu bar's menu with one of these labels (mnemonics taken out). */
	private static List<String> menuItems(String... labels) {
		Menu bar = Workbench.page().getWorkbenchWindow().getShell().getMenuBar();
		for (MenuItem top : bar.getItems()) {
			String text = top.getText().replace("&", "").replaceAll("\\(\\w\\)", "");
			if (List.of(labels).contains(text) && top.getMenu() != null) {
				Menu menu = top.getMenu();
				// A menu's items are made when it is about to show.
				menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
				List<String> items = new ArrayList<>();
				for (MenuItem item : menu.getItems()) {
					items.add(item.getText().replace("&", "").replaceAll("\\t.*", ""));
				}
				menu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
				return items;
			}
		}
		return List.of();
	}
}
