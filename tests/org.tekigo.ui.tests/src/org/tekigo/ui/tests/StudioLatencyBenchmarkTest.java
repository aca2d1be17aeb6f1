package org.tekigo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.tekigo.ui.editor.EditorModel;
import org.tekigo.ui.editor.TekigoEditor;

/**
 * The studio's latency on the sample disclosure, printed as p50/p95 over 60 trials: keystroke to
 * updated annotations, and a content-assist request. A benchmark, not a test: it asserts only
 * that each trial completes, and runs when bin/benchmark sets -Dtekigo.benchmark=true.
 */
class StudioLatencyBenchmarkTest {

	private static final int TRIALS = 60;
	private IProject project;

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.closeEditorsAndDelete(project);
	}

	@Test
	void keystrokeToMarkersAndContentAssist() throws Exception {
		Assumptions.assumeTrue(Boolean.getBoolean("tekigo.benchmark"), "run by bin/benchmark");
		project = Workbench.projectWith("latency", "chatwork");
		TekigoEditor editor = (TekigoEditor) IDE.openEditor(Workbench.page(), project.getFile("chatwork.tekigo"));
		assertTrue(Workbench.waitUntil(() -> editor.snapshot() != null, 30_000));
		IDocument document = editor.document();
		int comment = document.get().indexOf("\"管理規定を定めています。") + 1;

		List<Long> markers = new ArrayList<>();
		for (int trial = 0; trial < TRIALS + 5; trial++) {
			EditorModel.Snapshot before = editor.snapshot();
			long start = System.nanoTime();
			if (trial % 2 == 0) {
				document.replace(comment, 0, "追");
			} else {
				document.replace(comment, 1, "");
			}
			assertTrue(Workbench.waitUntil(() -> editor.snapshot() != before, 10_000));
			if (trial >= 5) {
				markers.add(System.nanoTime() - start);
			}
		}
		int offset = document.get().lastIndexOf('}');
		document.replace(offset, 0, "\t1.1-");
		List<Long> assist = new ArrayList<>();
		for (int trial = 0; trial < TRIALS + 5; trial++) {
			long start = System.nanoTime();
			assertTrue(editor.completionsAt(offset + "\t1.1-".length()).length > 0);
			if (trial >= 5) {
				assist.add(System.nanoTime() - start);
			}
		}
		System.out.printf("studio latency (sample disclosure, %d trials after 5 warm-up):%n", TRIALS);
		System.out.printf("  keystroke -> annotations: p50 %d ms, p95 %d ms (includes the %d ms reconcile delay)%n",
				percentile(markers, 50), percentile(markers, 95), 100);
		System.out.printf("  content assist:           p50 %d ms, p95 %d ms%n", percentile(assist, 50), percentile(assist, 95));
	}

	private static long percentile(List<Long> nanos, int p) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1_000_000;
	}
}
