package org.tekigo.ui.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** What the UI tests do in the running workbench: make projects, wait with the event loop turning. */
final class Workbench {

	static final Path EXAMPLES = Path.of(System.getProperty("tekigo.examples", "../../examples"));

	private Workbench() {
	}

	/** A new project holding a copy of an examples folder. */
	static IProject projectWith(String name, String examplesFolder) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		try (Stream<Path> files = Files.list(EXAMPLES.resolve(examplesFolder))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".tekigo")).toList()) {
				project.getFile(file.getFileName().toString()).create(new ByteArrayInputStream(Files.readAllBytes(file)), true, null);
			}
		}
		return project;
	}

	/** The sample project as File > New > Tekigo Sample Project makes it, built. */
	static IProject builtSampleProject() throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("chatwork-sample");
		org.tekigo.ui.wizards.SampleProject.create(project, null, null);
		project.build(org.eclipse.core.resources.IncrementalProjectBuilder.FULL_BUILD, null);
		return project;
	}

	/** The Tekigo markers the builder put on a file. */
	static org.eclipse.core.resources.IMarker[] tekigoMarkers(IFile file) throws CoreException {
		return file.findMarkers(org.tekigo.ui.builder.TekigoMarkers.TYPE, false, org.eclipse.core.resources.IResource.DEPTH_ZERO);
	}

	/** After a test: editors closed without saving, the test's project gone. */
	static void closeEditorsAndDelete(IProject project) throws CoreException {
		page().closeAllEditors(false);
		if (project != null) {
			project.delete(true, true, null);
		}
	}

	static void setContents(IFile file, String text) throws CoreException {
		file.setContents(new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, false, null);
	}

	/** Opens the file in its editor and returns the Tekigo text editor in it (the Source page of a disclosure). */
	static org.tekigo.ui.editor.TekigoEditor openSource(IFile file) throws CoreException {
		org.eclipse.ui.IEditorPart part = org.eclipse.ui.ide.IDE.openEditor(page(), file);
		if (part instanceof org.tekigo.ui.editor.DisclosureEditor disclosure) {
			disclosure.showSource(0, 0); // a disclosure opens on its Answers page
		}
		return part.getAdapter(org.tekigo.ui.editor.TekigoEditor.class);
	}

	/**
	 * Runs a command in the active editor as its key binding does, once it is enabled: the undo
	 * and redo actions update their enablement from the event loop, as they do between two of a
	 * user's keystrokes.
	 */
	static void execute(String commandId) throws Exception {
		org.eclipse.ui.IEditorPart part = page().getActiveEditor();
		page().activate(part);
		org.eclipse.ui.commands.ICommandService commands = part.getSite().getService(org.eclipse.ui.commands.ICommandService.class);
		waitUntil(() -> commands.getCommand(commandId).isEnabled(), 5_000);
		part.getSite().getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand(commandId, null);
	}

	/** Saves a picture of the workbench window to the folder -Dtekigo.screenshots names, if any. */
	static void screenshot(String name) throws Exception {
		String folder = System.getProperty("tekigo.screenshots");
		if (folder == null) {
			return;
		}
		screenshot(page().getWorkbenchWindow().getShell(), name);
	}

	/** Saves a picture of a shell (a dialog, for one) to the folder -Dtekigo.screenshots names, if any. */
	static void screenshot(org.eclipse.swt.widgets.Shell shell, String name) throws Exception {
		String folder = System.getProperty("tekigo.screenshots");
		if (folder == null) {
			return;
		}
		Display display = shell.getDisplay();
		org.eclipse.swt.graphics.Rectangle bounds = shell.getBounds();
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, bounds.width, bounds.height);
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			Path target = Files.createDirectories(Path.of(folder)).resolve(name);
			loader.save(target.toString(), org.eclipse.swt.SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** A picture of the editor maximized in a 1400 x 860 window, as docs/ shows it; then back as it was. */
	static void screenshotMaximized(org.eclipse.ui.IEditorPart editor, String name) throws Exception {
		screenshotMaximized(editor, name, () -> {
		});
	}

	/** The same, with {@code arrange} run once the editor is maximized (to scroll to what the picture is of). */
	static void screenshotMaximized(org.eclipse.ui.IEditorPart editor, String name, Runnable arrange) throws Exception {
		if (System.getProperty("tekigo.screenshots") == null) {
			return;
		}
		org.eclipse.swt.widgets.Shell shell = page().getWorkbenchWindow().getShell();
		org.eclipse.swt.graphics.Rectangle bounds = shell.getBounds();
		org.eclipse.ui.IWorkbenchPartReference part = page().getReference(editor);
		shell.setBounds(0, 0, 1400, 860);
		page().setPartState(part, IWorkbenchPage.STATE_MAXIMIZED);
		waitUntil(() -> false, 500);
		arrange.run();
		waitUntil(() -> false, 300);
		screenshot(name);
		page().setPartState(part, IWorkbenchPage.STATE_RESTORED);
		shell.setBounds(bounds);
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Turns the event loop until the condition holds; false when the time is up. */
	static boolean waitUntil(BooleanSupplier condition, long timeoutMillis) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + timeoutMillis;
		while (System.currentTimeMillis() < end) {
			if (condition.getAsBoolean()) {
				return true;
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
		return condition.getAsBoolean();
	}

	/** Turns the event loop until nothing is left to do, what the last action invalidated painted (for benchmarks). */
	static void idle(Display display) {
		display.update();
		while (display.readAndDispatch()) {
			// until nothing is left to do
		}
	}

	/** The p-th percentile of the times, in milliseconds (for benchmarks). */
	static long percentile(List<Long> nanos, int p) {
		List<Long> sorted = new java.util.ArrayList<>(nanos);
		java.util.Collections.sort(sorted);
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1_000_000;
	}
}
