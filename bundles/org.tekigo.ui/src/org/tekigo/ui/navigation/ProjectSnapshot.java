package org.tekigo.ui.navigation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.tekigo.ui.TekigoUiPlugin;
import org.tekigo.ui.builder.ProjectFiles;

/**
 * Every .tekigo file of a project parsed into a resource set of its own, each with the text the
 * user sees: an open editor's (saved or not), else the file's. Find References and Rename work on
 * one, so that their offsets are those of the texts on screen and a rename can change the model
 * without touching the editors'.
 */
public final class ProjectSnapshot {

	private final XtextResourceSet resourceSet = TekigoUiPlugin.getDefault().newResourceSet();
	private final Map<URI, IFile> files = new LinkedHashMap<>();
	private final Map<IFile, String> texts = new LinkedHashMap<>();

	private ProjectSnapshot() {
	}

	public static ProjectSnapshot of(IProject project) throws CoreException {
		ProjectSnapshot snapshot = new ProjectSnapshot();
		for (IFile file : ProjectFiles.in(project)) {
			snapshot.add(file);
		}
		EcoreUtil.resolveAll(snapshot.resourceSet);
		return snapshot;
	}

	private void add(IFile file) throws CoreException {
		String text = textOf(file);
		URI uri = ProjectFiles.uri(file);
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new IllegalStateException("loading from memory cannot fail", e);
		}
		files.put(uri, file);
		texts.put(file, text);
	}

	/** The text of an open editor's document, else of the file on disk. */
	static String textOf(IFile file) throws CoreException {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
		if (buffer != null) {
			return buffer.getDocument().get();
		}
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new CoreException(org.eclipse.core.runtime.Status.error("Cannot read " + file.getFullPath(), e));
		}
	}

	public XtextResourceSet resourceSet() {
		return resourceSet;
	}

	public XtextResource resource(IFile file) {
		return (XtextResource) resourceSet.getResource(ProjectFiles.uri(file), false);
	}

	public IFile file(URI uri) {
		return files.get(uri);
	}

	public String text(IFile file) {
		return texts.get(file);
	}
}
