package org.tekigo.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.tekigo.ui.TekigoUiPlugin;
import org.tekigo.ui.builder.ProjectFiles;

import com.google.inject.Injector;

/**
 * The model behind one editor: its text parsed into a resource that sits in one resource set
 * with the project's other .tekigo files, so references to other files resolve as in the
 * builder. The other files are loaded once and reloaded only when they change on disk.
 */
public class EditorModel {

	/** A parsed, linked and validated state of the editor's text. */
	public record Snapshot(XtextResource resource, String text, List<Issue> issues) {
	}

	private final Injector injector = TekigoUiPlugin.getDefault().injector();
	private final XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
	private final Map<IFile, Long> loadedStamps = new HashMap<>();
	private final IFile file;

	public EditorModel(IFile file) {
		this.file = file;
	}

	public Injector injector() {
		return injector;
	}

	/** Parses and validates the text; runs off the UI thread (the reconciler's thread). */
	public synchronized Snapshot reconcile(String text, CancelIndicator cancel) {
		refreshOtherFiles();
		// A new resource per snapshot: listeners in the UI thread may still read the previous one.
		URI uri = file != null ? ProjectFiles.uri(file) : URI.createURI("memory:/editor.tekigo");
		XtextResource previous = (XtextResource) resourceSet.getResource(uri, false);
		if (previous != null) {
			resourceSet.getResources().remove(previous);
		}
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new IllegalStateException("loading from memory cannot fail", e);
		}
		List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator().validate(resource,
				CheckMode.ALL, cancel);
		return new Snapshot(resource, text, issues);
	}

	private void refreshOtherFiles() {
		if (file == null || file.getProject() == null || !file.getProject().isAccessible()) {
			return;
		}
		try {
			for (IFile other : ProjectFiles.in(file.getProject())) {
				if (other.equals(file)) {
					continue;
				}
				Long stamp = loadedStamps.get(other);
				if (stamp == null || stamp != other.getModificationStamp()) {
					ProjectFiles.load(resourceSet, other);
					loadedStamps.put(other, other.getModificationStamp());
				}
			}
		} catch (CoreException | IOException e) {
			TekigoUiPlugin.log("Cannot load the project's Tekigo files", e);
		}
	}

}
