package org.tekigo.ui.builder;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** Tekigo's problem markers: one per validation issue, carrying the issue code for quick fixes. */
public final class TekigoMarkers {

	public static final String TYPE = "org.tekigo.ui.problem";
	/** The issue code from IssueCodes, which the marker resolutions look up. */
	public static final String CODE = "code";

	private TekigoMarkers() {
	}

	public static void replace(IFile file, List<Issue> issues) throws CoreException {
		file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
		for (Issue issue : issues) {
			IMarker marker = file.createMarker(TYPE);
			marker.setAttribute(IMarker.MESSAGE, issue.getMessage());
			marker.setAttribute(IMarker.SEVERITY, severity(issue.getSeverity()));
			marker.setAttribute(IMarker.LINE_NUMBER, issue.getLineNumber() == null ? 1 : issue.getLineNumber());
			if (issue.getOffset() != null) {
				marker.setAttribute(IMarker.CHAR_START, issue.getOffset());
				marker.setAttribute(IMarker.CHAR_END, issue.getOffset() + (issue.getLength() == null ? 0 : issue.getLength()));
			}
			marker.setAttribute(CODE, issue.getCode());
			marker.setAttribute(IMarker.SOURCE_ID, "Tekigo");
		}
	}

	public static int severity(Severity severity) {
		return switch (severity) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
		};
	}
}
