package org.tekigo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tekigo.ui.builder.TekigoMarkers;
import org.tekigo.ui.editor.EditorModel;
import org.tekigo.ui.editor.TekigoEditor;

/**
 * The studio as a user meets it: open a file of the tour, type an error, see the marker
 * appear, apply the quick fix, see it go; content assist; the builder across files.
 */
class StudioEditorTest {

	private IProject project;

	@AfterEach
	void closeEditors() throws Exception {
		Workbench.closeEditorsAndDelete(project);
	}

	private TekigoEditor open(String file) throws Exception {
		project = Workbench.projectWith("tour", "tour");
		TekigoEditor editor = Workbench.openSource(project.getFile(file));
		assertTrue(Workbench.waitUntil(() -> editor.snapshot() != null, 20_000), "the editor reconciles its text");
		return editor;
	}

	private static List<String> annotations(TekigoEditor editor, String type) {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		List<String> texts = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (type.equals(annotation.getType())) {
				texts.add(annotation.getText());
			}
		}
		return texts;
	}

	private static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";

	@Test
	void typedErrorShowsAnnotationAndQuickFixRemovesIt() throws Exception {
		TekigoEditor editor = open("chatwork.tekigo");
		assertEquals(List.of(), annotations(editor, ERROR));
		IDocument document = editor.document();
		int offset = document.get().indexOf("1.1-①-2 適合可能") + "1.1-①-2".length();
		long typed = System.nanoTime();
		document.replace(offset, 0, "2");
		String expected = "Cannot resolve reference to Item \"1.1-①-22\".";
		assertTrue(Workbench.waitUntil(() -> annotations(editor, ERROR).contains(expected), 10_000),
				() -> "annotations: " + annotations(editor, ERROR));
		System.out.printf("error annotation %d ms after the keystroke%n", (System.nanoTime() - typed) / 1_000_000);

		ICompletionProposal[] fixes = editor.quickFixesAt(offset);
		ICompletionProposal closest = Arrays.stream(fixes).filter(f -> f.getDisplayString().startsWith("Change to 1.1-①-2 (アクセス管理規定には"))
				.findFirst().orElseThrow(() -> new AssertionError("fixes: " + Arrays.stream(fixes).map(ICompletionProposal::getDisplayString).toList()));
		closest.apply(document);
		assertTrue(document.get().contains("\t1.1-①-2 適合可能"), document.get());
		assertTrue(Workbench.waitUntil(() -> annotations(editor, ERROR).isEmpty(), 10_000),
				() -> "annotations: " + annotations(editor, ERROR));
	}

	@Test
	void ctrl1OffersAVerdictsFixesWhereverTheCaretIsInIt() throws Exception {
		project = Workbench.projectWith("review", "chatwork");
		for (String file : new String[] { "kyoto-chatwork.tekigo" }) {
			project.getFile(file).create(new java.io.ByteArrayInputStream(java.nio.file.Files.readAllBytes(Workbench.EXAMPLES.resolve("hospital")
					.resolve(file))), true, null);
		}
		TekigoEditor editor = Workbench.openSource(project.getFile("kyoto-chatwork.tekigo"));
		IDocument document = editor.document();
		assertTrue(Workbench.waitUntil(() -> editor.snapshot() != null && editor.snapshot().complete(), 30_000));
		int verdict = document.get().indexOf("\t1.1-①-1 受入不可");
		int followUp = document.get().indexOf("\t\tfollow-up", verdict);
		// The suspect verdict's issue stands on its pin's hash; its fixes are offered from the start of
		// the line, from the middle of the note, and from the follow-up line below, as on the hash.
		int hash = document.get().indexOf("pinned", verdict) + "pinned 不適合 ".length();
		List<String> onTheHash = labels(editor.quickFixesAt(hash));
		assertTrue(!onTheHash.isEmpty(), "fixes on the hash");
		for (int offset : new int[] { verdict + 1, document.get().indexOf("未整備", verdict), followUp + 4 }) {
			assertEquals(onTheHash, labels(editor.quickFixesAt(offset)), "at offset " + offset);
		}
	}

	private static List<String> labels(ICompletionProposal[] proposals) {
		return Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
	}

	@Test
	void aReconcileCancelledByMoreTypingEndsQuietlyAndTheNextOneValidates() throws Exception {
		project = Workbench.projectWith("tour", "tour");
		IFile file = project.getFile("chatwork.tekigo");
		String text = new String(file.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		EditorModel model = new EditorModel(file);
		try {
			List<EditorModel.Snapshot> published = new ArrayList<>();
			int[] asked = { 0 };
			// Cancelled while Xtext's validator runs: it throws, and the reconciler's thread must not end.
			model.reconcile(text.replace("1.1-①-2 ", "1.1-①-22 "), () -> ++asked[0] > 2, published::add);
			assertTrue(asked[0] > 2, "the validator asked whether to go on");
			assertTrue(published.stream().noneMatch(EditorModel.Snapshot::complete), "nothing complete published");
			model.reconcile(text, () -> false, published::add);
			assertTrue(published.get(published.size() - 1).complete());
			assertEquals(text, published.get(published.size() - 1).text());
		} finally {
			model.dispose();
		}
	}

	@Test
	void contentAssistProposesItemIdsWithTheirText() throws Exception {
		TekigoEditor editor = open("chatwork.tekigo");
		IDocument document = editor.document();
		int offset = document.get().lastIndexOf('}');
		document.replace(offset, 0, "\t1.2-");
		List<String> proposals = Arrays.stream(editor.completionsAt(offset + "\t1.2-".length()))
				.map(ICompletionProposal::getDisplayString).toList();
		assertTrue(proposals.contains("1.2-①-3 — テストデータの利用状況を医療機関等に報告する。"), proposals::toString);
		assertTrue(proposals.stream().noneMatch(p -> p.startsWith("provider-tour/")), proposals::toString);
		assertTrue(proposals.stream().noneMatch(p -> p.startsWith("1.1-")), proposals::toString);
	}

	@Test
	void builderMarksTheDisclosureWhenItsCatalogChanges() throws Exception {
		project = Workbench.projectWith("tour", "tour");
		org.tekigo.ui.builder.TekigoNature.addTo(project, null);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		IFile disclosure = project.getFile("chatwork.tekigo");
		assertEquals(List.of(), errors(disclosure));

		IFile catalog = project.getFile("provider.tekigo");
		String text = new String(catalog.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		Workbench.setContents(catalog, text.replace("item 3 \"テストデータの利用状況", "item 4 \"テストデータの利用状況"));
		Job.getJobManager().join(org.eclipse.core.resources.ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		assertEquals(List.of("Cannot resolve reference to Item \"1.2-①-3\"."), errors(disclosure));
	}

	private static List<String> errors(IFile file) throws Exception {
		List<String> messages = new ArrayList<>();
		for (IMarker marker : file.findMarkers(TekigoMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
			if (marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR) {
				messages.add(marker.getAttribute(IMarker.MESSAGE, ""));
			}
		}
		return messages;
	}
}
