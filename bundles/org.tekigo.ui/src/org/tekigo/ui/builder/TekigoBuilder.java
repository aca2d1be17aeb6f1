package org.tekigo.ui.builder;

import org.tekigo.ui.nls.UiMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.CheckMode;
import org.tekigo.ui.TekigoUiPlugin;

/**
 * Validates the .tekigo files of a project and keeps their problem markers current. A change
 * to any .tekigo file revalidates them all: a catalog's change shows in the disclosures that
 * answer it. A workspace of a few files validates in well under a second.
 */
public class TekigoBuilder extends IncrementalProjectBuilder {

	public static final String ID = "org.tekigo.ui.builder";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		if (delta == null || touchesTekigoFiles(delta)) {
			validateAll(getProject(), monitor);
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(TekigoMarkers.TYPE, false, IProject.DEPTH_INFINITE);
	}

	public static void validateAll(IProject project, IProgressMonitor monitor) throws CoreException {
		List<IFile> files = ProjectFiles.in(project);
		SubMonitor progress = SubMonitor.convert(monitor, UiMessages.Builder_validating, files.size() * 2);
		XtextResourceSet resourceSet = TekigoUiPlugin.getDefault().newResourceSet();
		Map<IFile, XtextResource> resources = new LinkedHashMap<>();
		for (IFile file : files) {
			progress.subTask(file.getName());
			try {
				resources.put(file, ProjectFiles.load(resourceSet, file));
			} catch (IOException e) {
				throw new CoreException(Status.error(bind(UiMessages.Reports_cannotRead, file.getFullPath()), e));
			}
			progress.worked(1);
		}
		EcoreUtil.resolveAll(resourceSet);
		for (Map.Entry<IFile, XtextResource> entry : resources.entrySet()) {
			progress.checkCanceled();
			XtextResource resource = entry.getValue();
			TekigoMarkers.replace(entry.getKey(), resource.getResourceServiceProvider().getResourceValidator()
					.validate(resource, CheckMode.ALL, () -> progress.isCanceled()));
			progress.worked(1);
		}
	}

	private static boolean touchesTekigoFiles(IResourceDelta delta) throws CoreException {
		boolean[] found = { false };
		delta.accept(d -> {
			if (ProjectFiles.EXTENSION.equals(d.getResource().getFileExtension())) {
				found[0] = true;
			}
			return !found[0];
		});
		return found[0];
	}

}
