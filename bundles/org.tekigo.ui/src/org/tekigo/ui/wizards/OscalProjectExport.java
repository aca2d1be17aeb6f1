package org.tekigo.ui.wizards;

import static org.eclipse.osgi.util.NLS.bind;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.tekigo.dsl.tekigo.Document;
import org.tekigo.reports.io.AtomicFiles;
import org.tekigo.reports.oscal.OscalExport;
import org.tekigo.ui.TekigoUiPlugin;
import org.tekigo.ui.builder.ProjectFiles;
import org.tekigo.ui.nls.UiMessages;

/**
 * A project's documents in OSCAL, as `tekigo export` writes them, into a folder of the project:
 * refused while a document has errors, each file written whole or not at all. No UI.
 */
public final class OscalProjectExport {

	private OscalProjectExport() {
	}

	public static List<IFile> run(IProject project, String folderName, OscalExport.Format format, IProgressMonitor monitor)
			throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, bind(UiMessages.Export_progress, project.getName()), 3);
		XtextResourceSet resourceSet = TekigoUiPlugin.getDefault().newResourceSet();
		List<Document> documents = new ArrayList<>();
		Map<Document, String> modified = new HashMap<>();
		List<IFile> files = ProjectFiles.in(project);
		for (IFile file : files) {
			try {
				XtextResource resource = ProjectFiles.load(resourceSet, file);
				String time = OscalExport.lastModified(Instant.ofEpochMilli(file.getLocalTimeStamp()));
				resource.getContents().stream().filter(Document.class::isInstance).map(Document.class::cast).forEach(document -> {
					documents.add(document);
					modified.put(document, time);
				});
			} catch (IOException e) {
				throw new CoreException(Status.error(bind(UiMessages.Reports_cannotRead, file.getFullPath()), e));
			}
		}
		EcoreUtil.resolveAll(resourceSet);
		progress.worked(1);
		// The builder has checked the project: its error markers say whether it may be exported.
		for (IFile file : files) {
			if (file.findMaxProblemSeverity(IMarker.PROBLEM, true, IResource.DEPTH_ZERO) == IMarker.SEVERITY_ERROR) {
				throw new CoreException(Status.error(bind(UiMessages.Export_hasErrors, file.getName())));
			}
		}
		progress.worked(1);
		IFolder folder = project.getFolder(folderName);
		List<IFile> written = new ArrayList<>();
		try {
			java.nio.file.Files.createDirectories(folder.getLocation().toPath());
			for (Map.Entry<String, String> text : OscalExport.export(documents, format, modified::get).entrySet()) {
				AtomicFiles.writeString(folder.getLocation().toPath().resolve(text.getKey()), text.getValue());
				written.add(folder.getFile(text.getKey()));
			}
		} catch (IOException e) {
			throw new CoreException(Status.error(bind(UiMessages.Export_cannotWrite, folder.getFullPath(), e.getMessage()), e));
		}
		folder.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
		return written;
	}
}
