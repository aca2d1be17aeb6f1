package org.tekigo.importer;

import org.tekigo.importer.nls.ImporterMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.tekigo.dsl.tekigo.Document;
import org.tekigo.importer.text.ChecklistFormatException;

import com.google.inject.Injector;

/**
 * Validates what an import is about to write, as `tekigo check` would, and refuses it when it
 * has an error: an import never writes a workspace that does not check. The checklist's own
 * rules catch what a damaged text usually does; this catches the rest, naming the checklist line
 * of the answer or item at fault.
 */
public final class ChecklistModelCheck {

	private ChecklistModelCheck() {
	}

	public static void requireNoErrors(Injector injector, ChecklistModel model) throws ChecklistFormatException {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("tekigo", injector.getInstance(IResourceFactory.class));
		List<XtextResource> resources = new ArrayList<>();
		for (Document document : model.documents()) {
			Resource resource = resourceSet.createResource(URI.createURI("memory:/import/" + TekigoFiles.fileName(document)));
			resource.getContents().add(document);
			resources.add((XtextResource) resource);
		}
		List<String> errors = new ArrayList<>();
		int firstLine = 0;
		for (XtextResource resource : resources) {
			for (Issue issue : resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
					CancelIndicator.NullImpl)) {
				if (issue.getSeverity() != Severity.ERROR) {
					continue;
				}
				EObject element = issue.getUriToProblem() == null ? null : resourceSet.getEObject(issue.getUriToProblem(), false);
				int line = element == null ? 0 : model.sourceLine(element).orElse(0);
				firstLine = firstLine == 0 ? line : firstLine;
				errors.add(line > 0 ? bind(ImporterMessages.Format_errorAtLine, issue.getMessage(), line) : issue.getMessage());
			}
		}
		if (!errors.isEmpty()) {
			throw new ChecklistFormatException(Math.max(firstLine, 1), bind(ImporterMessages.Format_doesNotCheck, errors.size(),
					String.join("; ", errors)));
		}
	}
}
