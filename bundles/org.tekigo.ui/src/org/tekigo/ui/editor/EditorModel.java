package org.tekigo.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
	private final XtextResourceSet resourceSet = TekigoUiPlugin.getDefault().newResourceSet();
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
		XtextResource resource = parse(text);
		List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator().validate(resource,
				CheckMode.ALL, cancel);
		return new Snapshot(resource, text, issues);
	}

	/**
	 * Runs a computation on the resource of this text under the model's lock, so that the
	 * reconciler does not replace the resource (and detach it from its resource set) meanwhile.
	 * The latest snapshot's resource serves when it is of this very text; else the text is parsed.
	 */
	public synchronized <T> T withResource(String text, Snapshot latest, Function<XtextResource, T> computation) {
		boolean current = latest != null && latest.text().equals(text) && latest.resource().getResourceSet() != null;
		return computation.apply(current ? latest.resource() : parse(text));
	}

	/**
	 * Runs a computation on a validated snapshot of this text under the model's lock, so that the
	 * reconciler does not replace the resource (and detach it from its resource set) meanwhile.
	 */
	public synchronized <T> T withSnapshot(String text, Function<Snapshot, T> computation) {
		return computation.apply(reconcile(text, CancelIndicator.NullImpl));
	}

	/** A new resource for the text, in the resource set with the project's other files. */
	private XtextResource parse(String text) {
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
		return resource;
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
