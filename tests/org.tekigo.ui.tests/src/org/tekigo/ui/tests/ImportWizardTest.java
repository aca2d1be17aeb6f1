package org.tekigo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.ui.nls.UiMessages;
import org.tekigo.ui.handlers.ReportGeneration;
import org.tekigo.ui.wizards.ImportChecklistWizard;

/**
 * File > Import > Published Checklist with the PDF a hospital receives: the sample's checklist
 * printed to PDF by LibreOffice, selected in a project, the wizard opened on it. The import writes
 * the vendor's workspace, says which cell the printout cut off, and the project builds without
 * errors. Leaves target/screenshots/import-wizard-pdf.png (the one in docs/ was taken from it).
 */
class ImportWizardTest {

	private IProject sample;
	private IProject hospital;

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.closeEditorsAndDelete(sample);
		Workbench.closeEditorsAndDelete(hospital);
	}

	@Test
	void aVendorsPdfImportsIntoTheSelectedProject(@TempDir Path dir) throws Exception {
		sample = Workbench.builtSampleProject();
		ReportGeneration.run(sample, null);
		Path pdf = printedToPdf(sample.getFile("reports/chatwork/checklist.xlsx").getLocation().toPath(), dir);
		hospital = ResourcesPlugin.getWorkspace().getRoot().getProject("hospital");
		hospital.create(null);
		hospital.open(null);
		IFile received = hospital.getFile("chatwork-checklist.pdf");
		received.create(new ByteArrayInputStream(Files.readAllBytes(pdf)), true, null);

		ImportChecklistWizard wizard = new ImportChecklistWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(received));
		Shell parent = Workbench.page().getWorkbenchWindow().getShell();
		WizardDialog dialog = new WizardDialog(parent, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		assertTrue(wizard.canFinish(), "the selected PDF and its project are taken as source and target");
		Workbench.waitUntil(() -> false, 500);
		Workbench.screenshot(dialog.getShell(), "import-wizard-pdf.png");

		AtomicReference<String> notes = new AtomicReference<>();
		closeTheNotesWhenShown(notes);
		assertTrue(wizard.performFinish(), "imported");
		dialog.close();
		assertTrue(notes.get() != null && notes.get().contains("chatwork-checklist.pdf: ") && notes.get().contains("内容（5.1版）"),
				"the cut-off cell is said: " + notes.get());

		hospital.refreshLocal(IResource.DEPTH_INFINITE, null);
		hospital.build(IncrementalProjectBuilder.FULL_BUILD, null);
		for (String file : new String[] { "mhlw50.tekigo", "mhlw51.tekigo", "provider-mhlw50.tekigo", "provider.tekigo" }) {
			assertTrue(hospital.getFile(file).exists(), file);
		}
		String disclosure = Files.readString(hospital.getFile("chatwork.tekigo").getLocation().toPath());
		assertEquals(267, count(disclosure, "適合可能"));
		assertEquals(72, count(disclosure, "不適合"));
		assertEquals(94, count(disclosure, "対象外"));
		IMarker[] problems = hospital.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_INFINITE);
		assertTrue(java.util.Arrays.stream(problems).noneMatch(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR),
				"no errors");
	}

	/** Answers of a status: lines "\t<item> <status>", or "\t<item> [<requirement>] <status>". */
	private static int count(String disclosure, String status) {
		Matcher matcher = Pattern.compile("(?m)^\\t\\S+( \\[\\S+\\])? " + status + "(\\s|$)").matcher(disclosure);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	/** The warning dialog the import opens when done, read and closed, as the user does. */
	private static void closeTheNotesWhenShown(AtomicReference<String> notes) {
		Display display = Display.getCurrent();
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (UiMessages.Import_withNotes.equals(shell.getText()) && shell.isVisible()) {
					notes.set(text(shell));
					shell.close();
					return;
				}
			}
			display.timerExec(200, poll[0]);
		};
		display.timerExec(200, poll[0]);
	}

	private static String text(org.eclipse.swt.widgets.Composite composite) {
		StringBuilder text = new StringBuilder();
		for (org.eclipse.swt.widgets.Control control : composite.getChildren()) {
			if (control instanceof org.eclipse.swt.widgets.Label label) {
				text.append(label.getText()).append('\n');
			} else if (control instanceof org.eclipse.swt.widgets.Composite child) {
				text.append(text(child));
			}
		}
		return text.toString();
	}

	private static Path printedToPdf(Path xlsx, Path dir) throws Exception {
		Path log = dir.resolve("libreoffice.log");
		Process process = new ProcessBuilder("libreoffice", "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(), "--headless",
				"--convert-to", "pdf", "--outdir", dir.toString(), xlsx.toString()).redirectErrorStream(true).redirectOutput(log.toFile())
				.start();
		assertTrue(process.waitFor(300, TimeUnit.SECONDS), "libreoffice finished");
		Path pdf = dir.resolve("checklist.pdf");
		assertTrue(Files.exists(pdf), Files.readString(log));
		return pdf;
	}
}
