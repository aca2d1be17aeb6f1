package org.tekigo.ui.wizards;

import org.tekigo.ui.nls.UiMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.tekigo.ui.builder.TekigoNature;

/**
 * The Chatwork sample as a workspace project: the files this bundle carries under sample/,
 * copied to the same paths, in a project with the Tekigo nature so that they are validated.
 */
public final class SampleProject {

	/** Paths under the bundle's sample/ folder, and in the project. */
	public static final List<String> FILES = List.of("mhlw50.tekigo", "mhlw51.tekigo", "provider-mhlw50.tekigo", "provider.tekigo",
			"chatwork.tekigo", "published/chatwork-checklist.txt");

	/** The file a new user should see first: the vendor's answers. */
	public static final String DISCLOSURE = "chatwork.tekigo";

	private SampleProject() {
	}

	/** Creates and opens the project (at location, or the default one when null) and fills it. */
	public static void create(IProject project, URI location, IProgressMonitor monitor) throws CoreException {
		SubMonitor sub = SubMonitor.convert(monitor, bind(UiMessages.Sample_creating, project.getName()), 3 + FILES.size());
		IProjectDescription description = project.getWorkspace().newProjectDescription(project.getName());
		description.setLocationURI(location);
		project.create(description, sub.split(1));
		project.open(sub.split(1));
		// The files are Japanese text in UTF-8, whatever the platform's default encoding.
		project.setDefaultCharset(StandardCharsets.UTF_8.name(), sub.split(1));
		TekigoNature.addTo(project, sub.split(1));
		Bundle bundle = FrameworkUtil.getBundle(SampleProject.class);
		for (String path : FILES) {
			copy(bundle, path, project.getFile(path), sub.split(1));
		}
	}

	private static void copy(Bundle bundle, String path, IFile file, IProgressMonitor monitor) throws CoreException {
		SubMonitor sub = SubMonitor.convert(monitor, 2);
		URL entry = bundle == null ? null : FileLocator.find(bundle, IPath.fromPortableString("sample/" + path));
		if (entry == null) {
			throw new CoreException(Status.error(bind(UiMessages.Sample_missing, path)));
		}
		if (file.getParent() instanceof IFolder folder && !folder.exists()) {
			folder.create(false, true, sub.split(1));
		}
		try (InputStream content = entry.openStream()) {
			// Without force: a file already on disk at the project's location is reported, not overwritten.
			file.create(content, false, sub.split(1));
		} catch (IOException e) {
			throw new CoreException(Status.error(bind(UiMessages.Sample_cannotRead, path), e));
		}
	}
}
