package org.tekigo.dsl.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * Several Tekigo files loaded as one workspace, the way the command line and the studio load
 * them; reads its diagnostics as a table of {@link D} rows.
 */
public final class TekigoWorkspaceFixture {

	/** One expected diagnostic: file, line, severity and code (the message is checked apart). */
	public record D(String file, int line, Severity severity, String code) {
		@Override
		public String toString() {
			return file + ":" + line + " " + severity + " " + code;
		}
	}

	public static D d(String file, int line, Severity severity, String code) {
		return new D(file, line, severity, code);
	}

	private final XtextResourceSet resourceSet;
	private final Map<String, XtextResource> resources = new LinkedHashMap<>();

	public TekigoWorkspaceFixture(Injector injector) {
		this.resourceSet = injector.getInstance(XtextResourceSet.class);
	}

	public TekigoWorkspaceFixture file(String name, String text) {
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("memory:/" + name));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		resources.put(name, resource);
		return this;
	}

	public EObject root(String name) {
		return resources.get(name).getContents().get(0);
	}

	/** Every issue of every file, with the file it belongs to. */
	public List<Map.Entry<String, Issue>> issues() {
		EcoreUtil.resolveAll(resourceSet);
		List<Map.Entry<String, Issue>> all = new ArrayList<>();
		resources.forEach((name, resource) -> resource.getResourceServiceProvider().getResourceValidator()
				.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)
				.forEach(issue -> all.add(Map.entry(name, issue))));
		return all;
	}

	/** The errors and warnings, as a table; information (an unpinned disclosure, say) only in {@link #allDiagnostics()}. */
	public List<D> diagnostics() {
		return allDiagnostics().stream().filter(d -> d.severity() != Severity.INFO).toList();
	}

	/** Every diagnostic, information included. */
	public List<D> allDiagnostics() {
		return issues().stream().map(e -> d(e.getKey(), e.getValue().getLineNumber(), e.getValue().getSeverity(),
				e.getValue().getCode())).sorted(Comparator.comparing(D::toString)).toList();
	}

	public List<String> messages() {
		return issues().stream().map(e -> e.getValue().getMessage()).sorted().toList();
	}
}
