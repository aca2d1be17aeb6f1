package org.tekigo.ui.builder;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/** The .tekigo files of a project, and how they are loaded into one resource set. */
public final class ProjectFiles {

	public static final String EXTENSION = "tekigo";

	private ProjectFiles() {
	}

	/** Every .tekigo file of the container, skipping derived folders (target/, bin/). */
	public static List<IFile> in(IContainer container) throws CoreException {
		List<IFile> files = new ArrayList<>();
		container.accept(resource -> {
			if (resource.isDerived() || resource.getName().startsWith(".")) {
				return false;
			}
			if (resource.getType() == IResource.FILE && EXTENSION.equals(resource.getFileExtension())) {
				files.add((IFile) resource);
			}
			return true;
		});
		return files;
	}

	public static URI uri(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	/** Loads the file's saved content into the resource set (replacing an older load). */
	public static XtextResource load(XtextResourceSet resourceSet, IFile file) throws CoreException, IOException {
		URI uri = uri(file);
		XtextResource existing = (XtextResource) resourceSet.getResource(uri, false);
		if (existing != null) {
			existing.unload();
			resourceSet.getResources().remove(existing);
		}
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		try (InputStream in = file.getContents(true)) {
			resource.load(in, Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		}
		return resource;
	}
}
