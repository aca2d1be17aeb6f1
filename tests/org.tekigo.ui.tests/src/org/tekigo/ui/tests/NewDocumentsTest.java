package org.tekigo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tekigo.ui.builder.TekigoNature;
import org.tekigo.ui.wizards.NewCatalogWizard;
import org.tekigo.ui.wizards.NewDisclosureWizard;
import org.tekigo.ui.wizards.NewReviewWizard;
import org.tekigo.ui.wizards.NewGuidelineWizard;
import org.tekigo.ui.wizards.NewTekigoFileWizard;
import org.tekigo.ui.wizards.NewTekigoProjectWizard;

/**
 * File > New > Tekigo: a project with the Tekigo nature; a guideline and a catalog that check
 * clean; a disclosure of the sample's catalog whose only findings are its 428 items to answer.
 * Leaves target/screenshots/new-disclosure.png (the one in docs/ was taken from it).
 */
class NewDocumentsTest {

	private IProject sample;
	private IProject fresh;

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.closeEditorsAndDelete(sample);
		Workbench.closeEditorsAndDelete(fresh);
	}

	@Test
	void theTekigoWizardsAreInFileNewWithIcons() {
		for (String id : List.of("org.tekigo.ui.newProject", "org.tekigo.ui.newDisclosure", "org.tekigo.ui.newCatalog",
				"org.tekigo.ui.newGuideline", "org.tekigo.ui.newReview")) {
			IWizardDescriptor wizard = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(id);
			assertTrue(wizard != null && wizard.getImageDescriptor() != null, id);
		}
	}

	@Test
	void aNewDisclosureOfTheSamplesCatalogHasItsItemsToAnswerAndNothingElse() throws Exception {
		sample = Workbench.builtSampleProject();
		NewDisclosureWizard wizard = new NewDisclosureWizard();
		WizardDialog dialog = open(wizard, sample);
		wizard.fill("/" + sample.getName(), "acme", "ACME クラウド", "provider");
		assertTrue(wizard.canFinish());
		Workbench.waitUntil(() -> false, 300);
		Workbench.screenshot(dialog.getShell(), "new-disclosure.png");
		assertTrue(wizard.performFinish());
		dialog.close();
		IFile file = wizard.created();
		sample.build(IncrementalProjectBuilder.FULL_BUILD, null);
		IMarker[] markers = file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO);
		assertEquals(428, markers.length, "one per item of the catalog, to answer");
		assertTrue(Arrays.stream(markers).allMatch(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_WARNING
				&& "tekigo.unansweredItem".equals(m.getAttribute(org.tekigo.ui.builder.TekigoMarkers.CODE, ""))));
		assertTrue(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor().getEditorInput().getName()
				.equals("acme.tekigo"), "opened");
	}

	@Test
	void aNewReviewOfTheSampleHasOneVerdictToGivePerAnswer() throws Exception {
		sample = Workbench.builtSampleProject();
		NewReviewWizard wizard = new NewReviewWizard();
		WizardDialog dialog = open(wizard, sample);
		wizard.fill("/" + sample.getName(), "kyoto", "Chatwork の審査", "chatwork");
		assertFalse(wizard.canFinish(), "a review names its reviewer");
		wizard.reviewer("京都中央病院 医療情報部");
		assertTrue(wizard.canFinish());
		assertTrue(wizard.performFinish());
		dialog.close();
		String text = new String(wizard.created().getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(text.startsWith("review kyoto \"Chatwork の審査\" of chatwork by \"京都中央病院 医療情報部\" {"), text.substring(0, 80));
		assertEquals(433, text.lines().filter(line -> line.contains(" 未判定 ")).count(), "one verdict to give per answer");
		sample.build(IncrementalProjectBuilder.FULL_BUILD, null);
		IMarker[] markers = wizard.created().findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO);
		assertFalse(Arrays.stream(markers).anyMatch(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR),
				Arrays.toString(Arrays.stream(markers).map(m -> m.getAttribute(IMarker.MESSAGE, "")).toArray()));
	}

	@Test
	void aNewProjectThenAGuidelineAndACatalogOfItCheckClean() throws Exception {
		NewTekigoProjectWizard projectWizard = new NewTekigoProjectWizard();
		projectWizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), projectWizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		projectWizard.name("hospital-rules");
		assertTrue(projectWizard.performFinish());
		dialog.close();
		fresh = projectWizard.created();
		assertTrue(fresh.hasNature(TekigoNature.ID));

		NewTekigoFileWizard guideline = new NewGuidelineWizard();
		WizardDialog guidelineDialog = open(guideline, fresh);
		guideline.fill("/hospital-rules", "rules", "院内規程", null);
		assertTrue(guideline.performFinish());
		guidelineDialog.close();
		NewTekigoFileWizard catalog = new NewCatalogWizard();
		WizardDialog catalogDialog = open(catalog, fresh);
		catalog.fill("/hospital-rules", "measures", "院内の対策", "rules");
		assertTrue(catalog.performFinish());
		catalogDialog.close();
		fresh.build(IncrementalProjectBuilder.FULL_BUILD, null);
		IMarker[] problems = fresh.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_INFINITE);
		assertFalse(Arrays.stream(problems).anyMatch(m -> m.getAttribute(IMarker.SEVERITY, -1) != IMarker.SEVERITY_INFO),
				Arrays.toString(Arrays.stream(problems).map(m -> m.getAttribute(IMarker.MESSAGE, "")).toArray()));
		assertTrue(new String(fresh.getFile("measures.tekigo").getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
				.startsWith("catalog measures \"院内の対策\" guideline rules {"));
	}

	private static WizardDialog open(NewTekigoFileWizard wizard, IProject project) {
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}
}
