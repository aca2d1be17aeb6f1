package org.tekigo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tekigo.ui.editor.TekigoEditor;
import org.tekigo.ui.handlers.ReportGeneration;
import org.tekigo.ui.views.GapDashboardView;
import org.tekigo.ui.wizards.SampleProject;

/**
 * A compliance engineer's first minutes: the sample project from the new-project wizard's code,
 * its problems, the disclosure open with the gap dashboard, the reports generated. Leaves a
 * screenshot of the studio in target/screenshots/ (the one in docs/ was taken from it).
 */
class StudioWorkflowTest {

	private IProject project;

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.closeEditorsAndDelete(project);
	}

	@Test
	void sampleProjectProblemsDashboardAndReports() throws Exception {
		project = Workbench.builtSampleProject();
		IMarker[] markers = Workbench.tekigoMarkers(project.getFile(SampleProject.DISCLOSURE));
		assertEquals(52, markers.length, "the 不適合 on minimum requirements that Chatwork published without a plan");
		assertTrue(List.of(markers).stream().allMatch(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_WARNING));

		Workbench.page().showView("org.eclipse.ui.views.ProblemView");
		org.tekigo.ui.editor.DisclosureEditor part = (org.tekigo.ui.editor.DisclosureEditor) IDE.openEditor(Workbench.page(),
				project.getFile(SampleProject.DISCLOSURE));
		TekigoEditor editor = part.sourceEditor();
		GapDashboardView dashboard = (GapDashboardView) Workbench.page().showView(GapDashboardView.ID);
		Workbench.page().activate(part);
		assertTrue(Workbench.waitUntil(() -> editor.snapshot() != null, 20_000));
		// Show where the gaps are: the answers of group 1.1, with 不適合 in red.
		Workbench.page().getWorkbenchWindow().getShell().setBounds(0, 0, 1580, 980);
		int gap = editor.document().get().indexOf("\t1.1-③-10 不適合");
		part.showSource(gap + 1, 0);
		String expected = "Chatwork: 72 gaps, 52 on minimum (C) requirements";
		assertTrue(Workbench.waitUntil(() -> expected.equals(dashboard.getContentDescription()), 10_000),
				dashboard::getContentDescription);
		Workbench.waitUntil(() -> false, 1_000);
		Workbench.screenshot("studio.png");

		ReportGeneration.run(project, null);
		for (String report : List.of("checklist.xlsx", "gap-report.html", "gap-report.xlsx", "gap-report.md", "gap-report.json")) {
			assertTrue(project.getFile("reports/chatwork/" + report).exists(), report);
		}
	}
}
