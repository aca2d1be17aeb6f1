package org.tekigo.ui.wizards;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.resource.Resource;
import org.tekigo.dsl.review.ReviewTexts;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.ui.navigation.ProjectSnapshot;
import org.tekigo.ui.nls.UiMessages;

/**
 * The text of a new review of a disclosure of the workspace: an empty verdict (未判定) per answer,
 * each pinned to the answer as it is now, the same text as {@code tekigo new-review} writes.
 */
final class NewReviewText {

	private NewReviewText() {
	}

	static String of(NewTekigoFileWizard.Fields fields) throws CoreException {
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (!project.isOpen()) {
				continue;
			}
			ProjectSnapshot snapshot = ProjectSnapshot.of(project);
			for (Resource resource : snapshot.resourceSet().getResources()) {
				if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Disclosure disclosure
						&& fields.reference().equals(disclosure.getName())) {
					return ReviewTexts.newReview(disclosure, fields.id(), fields.title(), fields.reviewer());
				}
			}
		}
		throw new CoreException(Status.error(UiMessages.bind(UiMessages.New_noReference, fields.reference())));
	}
}
