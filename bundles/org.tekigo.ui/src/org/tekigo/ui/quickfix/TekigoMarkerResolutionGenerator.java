package org.tekigo.ui.quickfix;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.tekigo.dsl.ide.quickfix.IssueFixes;
import org.tekigo.ui.TekigoUiPlugin;
import org.tekigo.ui.builder.ProjectFiles;
import org.tekigo.ui.builder.TekigoMarkers;

import com.google.inject.Injector;

/**
 * Quick fixes from the Problems view: the same IDE-neutral fixes as Ctrl+1 in the editor,
 * applied through the file buffer so an open editor shows the change.
 */
public class TekigoMarkerResolutionGenerator implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return marker.getAttribute(TekigoMarkers.CODE, null) != null;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		try {
			IFile file = (IFile) marker.getResource();
			Injector injector = TekigoUiPlugin.getDefault().injector();
			XtextResourceSet resourceSet = TekigoUiPlugin.getDefault().newResourceSet();
			for (IFile other : ProjectFiles.in(file.getProject())) {
				ProjectFiles.load(resourceSet, other);
			}
			EcoreUtil.resolveAll(resourceSet);
			XtextResource resource = (XtextResource) resourceSet.getResource(ProjectFiles.uri(file), false);
			String text = read(file);
			Issue issue = matching(resource, marker);
			if (issue == null) {
				return new IMarkerResolution[0];
			}
			List<IMarkerResolution> resolutions = new ArrayList<>();
			for (IssueFixes.Fix fix : injector.getInstance(IssueFixes.class).fixes(resource, text, issue)) {
				resolutions.add(new Resolution(file, fix));
			}
			return resolutions.toArray(IMarkerResolution[]::new);
		} catch (CoreException | IOException e) {
			TekigoUiPlugin.log("Cannot compute quick fixes", e);
			return new IMarkerResolution[0];
		}
	}

	/** The validation issue the marker stands for: same code, same place. */
	private static Issue matching(XtextResource resource, IMarker marker) {
		String code = marker.getAttribute(TekigoMarkers.CODE, "");
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		for (Issue issue : resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL, null)) {
			if (code.equals(issue.getCode()) && issue.getOffset() != null && issue.getOffset() == start) {
				return issue;
			}
		}
		return null;
	}

	private static String read(IFile file) throws CoreException, IOException {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private record Resolution(IFile file, IssueFixes.Fix fix) implements IMarkerResolution {
		@Override
		public String getLabel() {
			return fix.label();
		}

		@Override
		public void run(IMarker marker) {
			ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
			try {
				manager.connect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
				try {
					ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
					IDocument document = buffer.getDocument();
					document.set(IssueFixes.apply(document.get(), fix.edits()));
					buffer.commit(new NullProgressMonitor(), true);
				} finally {
					manager.disconnect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
				}
			} catch (CoreException e) {
				TekigoUiPlugin.log("Cannot apply the quick fix " + fix.label(), e);
			}
		}
	}
}
