package org.tekigo.ui.handlers;

import org.tekigo.ui.nls.UiMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.CheckMode;
import org.tekigo.dsl.review.ReviewedAnswers;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Review;
import org.tekigo.reports.DisclosureReports;
import org.tekigo.reports.DisclosureViews;
import org.tekigo.reports.ReviewReports;
import org.tekigo.reports.ReviewViews;
import org.tekigo.reports.review.ReviewView;
import org.tekigo.ui.TekigoUiPlugin;
import org.tekigo.ui.builder.ProjectFiles;

/**
 * What "Generate reports" does, as `tekigo report` does it: for each disclosure of the project,
 * the checklist and the gap report into reports/&lt;disclosure&gt;/ of the project, and for each
 * review of a disclosure its review report beside them.
 */
public final class ReportGeneration {

	public static final String FOLDER = "reports";

	private ReportGeneration() {
	}

	public static List<IFolder> run(IProject project, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, bind(UiMessages.Reports_progress, project.getName()), 100);
		XtextResourceSet resourceSet = TekigoUiPlugin.getDefault().newResourceSet();
		Map<Disclosure, XtextResource> disclosures = new LinkedHashMap<>();
		Map<Review, XtextResource> reviews = new LinkedHashMap<>();
		List<IFile> files = ProjectFiles.in(project);
		SubMonitor loading = progress.split(30).setWorkRemaining(files.size());
		for (IFile file : files) {
			loading.subTask(bind(UiMessages.Reports_reading, file.getName()));
			try {
				XtextResource resource = ProjectFiles.load(resourceSet, file);
				resource.getContents().stream().filter(Disclosure.class::isInstance)
						.forEach(d -> disclosures.put((Disclosure) d, resource));
				resource.getContents().stream().filter(Review.class::isInstance).forEach(r -> reviews.put((Review) r, resource));
			} catch (IOException e) {
				throw new CoreException(Status.error(bind(UiMessages.Reports_cannotRead, file.getFullPath()), e));
			}
			loading.worked(1);
		}
		EcoreUtil.resolveAll(resourceSet);
		List<IFolder> written = new ArrayList<>();
		SubMonitor writing = progress.split(70).setWorkRemaining(disclosures.size() * 6 + reviews.size() * 4);
		for (Map.Entry<Disclosure, XtextResource> entry : disclosures.entrySet()) {
			Disclosure disclosure = entry.getKey();
			refuseWithErrors(entry.getValue(), disclosure.getName());
			IFolder folder = project.getFolder(FOLDER).getFolder(disclosure.getName());
			Path target = folder.getLocation().toPath();
			try {
				writing.subTask(disclosure.getName() + ": " + String.join(", ", DisclosureReports.FILES));
				DisclosureReports.write(DisclosureViews.of(disclosure), target);
				writing.worked(6);
			} catch (IOException e) {
				throw new CoreException(Status.error(bind(UiMessages.Reports_cannotWrite, disclosure.getName(), e.getMessage()), e));
			}
			written.add(folder);
		}
		for (Map.Entry<Review, XtextResource> entry : reviews.entrySet()) {
			Review review = entry.getKey();
			if (ReviewedAnswers.disclosure(review).isEmpty()) {
				continue; // the builder marks it; there is nothing to report on
			}
			refuseWithErrors(entry.getValue(), review.getName());
			ReviewView view = ReviewViews.of(review);
			IFolder folder = project.getFolder(FOLDER).getFolder(view.disclosureId());
			try {
				writing.subTask(review.getName() + ": " + String.join(", ", ReviewReports.files(view)));
				ReviewReports.write(view, folder.getLocation().toPath());
				writing.worked(4);
			} catch (IOException e) {
				throw new CoreException(Status.error(bind(UiMessages.Reports_cannotWriteReview, review.getName(), e.getMessage()), e));
			}
			if (!written.contains(folder)) {
				written.add(folder);
			}
		}
		project.getFolder(FOLDER).refreshLocal(IResource.DEPTH_INFINITE, null);
		return written;
	}

	private static void refuseWithErrors(XtextResource resource, String document) throws CoreException {
		boolean errors = resource.getResourceServiceProvider().getResourceValidator()
				.validate(resource, CheckMode.ALL, null).stream().anyMatch(i -> i.getSeverity() == Severity.ERROR);
		if (errors) {
			throw new CoreException(Status.error(bind(UiMessages.Reports_hasErrors, document)));
		}
	}
}
