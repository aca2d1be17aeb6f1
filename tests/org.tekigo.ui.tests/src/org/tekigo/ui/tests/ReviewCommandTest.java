package org.tekigo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tekigo.dsl.validation.IssueCodes;
import org.tekigo.ui.builder.TekigoMarkers;
import org.tekigo.ui.editor.DisclosureEditor;
import org.tekigo.ui.handlers.NewReviewHandler;

/**
 * Review This Disclosure… on the sample: a new review beside the disclosure, one empty verdict
 * per answer, pinned, so the builder reports exactly one "not judged yet" per answer and nothing else.
 */
class ReviewCommandTest {

	private IProject project;

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.closeEditorsAndDelete(project);
	}

	@Test
	void aNewReviewHasAnEmptyPinnedVerdictPerAnswerAndASecondOneGetsItsOwnName() throws Exception {
		project = Workbench.projectWith("review", "chatwork");
		DisclosureEditor editor = (DisclosureEditor) IDE.openEditor(Workbench.page(), project.getFile("chatwork.tekigo"));
		assertTrue(Workbench.waitUntil(() -> editor.withDisclosure(d -> d.getAnswers().size()) != null, 30_000));

		IFile review = NewReviewHandler.createReview(editor, "京都中央病院 医療情報部");
		assertEquals("review-chatwork.tekigo", review.getName());
		List<String> lines = new String(review.getContents().readAllBytes(), review.getCharset()).lines().toList();
		assertEquals("review review-chatwork \"Chatwork の審査\" of chatwork by \"京都中央病院 医療情報部\" {", lines.get(0));
		assertEquals(433, lines.stream().filter(l -> l.matches("\t\\S+( \\[\\S+\\])? 未判定 pinned (適合可能|不適合|対象外) \\w{8}")).count());

		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		IMarker[] markers = review.findMarkers(TekigoMarkers.TYPE, false, IResource.DEPTH_ZERO);
		assertEquals(433, markers.length);
		assertTrue(List.of(markers).stream().allMatch(m -> IssueCodes.PENDING_VERDICT.equals(m.getAttribute(TekigoMarkers.CODE, ""))),
				"only 'not judged yet': every answer has a verdict, every pin matches");

		assertEquals("review-chatwork-2.tekigo", NewReviewHandler.createReview(editor, "別の病院").getName(), "an existing review is not overwritten");
	}
}
