package org.tekigo.ui.handlers;

import org.tekigo.ui.nls.UiMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.tekigo.dsl.review.ReviewTexts;
import org.tekigo.ui.editor.DisclosureEditor;

/**
 * "Review This Disclosure…": asks who reviews, then writes a new review of the active editor's
 * disclosure beside it, with an empty verdict (未判定) per answer, each pinned to the answer as
 * it is now, and opens it. The same text as {@code tekigo new-review} writes.
 */
public class NewReviewHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		IEditorPart active = HandlerUtil.getActiveEditor(event);
		DisclosureEditor editor = active == null ? null : active.getAdapter(DisclosureEditor.class);
		if (editor == null || editor.withDisclosure(d -> d) == null) {
			MessageDialog.openInformation(shell, UiMessages.Review_title, UiMessages.Review_openDisclosure);
			return null;
		}
		InputDialog reviewer = new InputDialog(shell, UiMessages.Review_title, UiMessages.Review_whoReviews,
				"", text -> text.isBlank() ? UiMessages.Review_nameReviewer : null);
		if (reviewer.open() != Window.OK) {
			return null;
		}
		try {
			IFile review = createReview(editor, reviewer.getValue().strip());
			IDE.openEditor(editor.getSite().getPage(), review);
		} catch (CoreException e) {
			MessageDialog.openError(shell, UiMessages.Review_title, bind(UiMessages.Review_cannotWrite, e.getMessage()));
		}
		return null;
	}

	/** Writes review-&lt;disclosure&gt;.tekigo (or -2, -3… when taken) beside the disclosure; returns it. */
	public static IFile createReview(DisclosureEditor editor, String reviewer) throws CoreException {
		IFile disclosureFile = editor.sourceEditor().getFile();
		String[] named = editor.withDisclosure(disclosure -> {
			String id = "review-" + disclosure.getName().replaceAll("[^A-Za-z0-9_-]", "_");
			return new String[] { id, disclosure.getTitle() };
		});
		IContainer folder = disclosureFile.getParent();
		String id = named[0];
		for (int n = 2; folder.getFile(new org.eclipse.core.runtime.Path(id + ".tekigo")).exists(); n++) {
			id = named[0] + "-" + n;
		}
		String name = id;
		String text = editor.withDisclosure(disclosure -> ReviewTexts.newReview(disclosure, name, named[1] + " の審査", reviewer));
		IFile review = folder.getFile(new org.eclipse.core.runtime.Path(id + ".tekigo"));
		review.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), false, null);
		return review;
	}
}
