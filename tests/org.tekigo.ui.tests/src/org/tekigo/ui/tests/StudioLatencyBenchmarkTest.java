package org.tekigo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.tekigo.ui.editor.EditorModel;
import org.tekigo.ui.editor.TekigoEditor;

/**
 * The studio's latency on the sample disclosure, printed as p50/p95 over 60 trials: keystroke to
 * updated annotations (the first pass: syntax, links and the checks of single answers; and the
 * second: the checks over the whole document), a content-assist request, and the longest stall
 * of the UI thread while typing. A benchmark, not a test: it asserts only that each trial
 * completes, and runs when bin/benchmark sets -Dtekigo.benchmark=true.
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
		TekigoEditor editor = Workbench.openSource(project.getFile("chatwork.tekigo"));
		assertTrue(Workbench.waitUntil(() -> editor.snapshot() != null && editor.snapshot().complete(), 30_000));
		IDocument document = editor.document();
		int comment = document.get().indexOf("\"管理規定を定めています。") + 1;

		List<Long> firstPass = new ArrayList<>();
		List<Long> complete = new ArrayList<>();
		StallWatch stalls = new StallWatch(Display.getCurrent());
		for (int trial = 0; trial < TRIALS + 5; trial++) {
			EditorModel.Snapshot before = editor.snapshot();
			if (trial == 5) {
				stalls.start();
			}
			long start = System.nanoTime();
			if (trial % 2 == 0) {
				document.replace(comment, 0, "追");
			} else {
				document.replace(comment, 1, "");
			}
			String typed = document.get();
			assertTrue(Workbench.waitUntil(() -> editor.snapshot() != before && editor.snapshot().text().equals(typed), 10_000));
			long first = System.nanoTime() - start;
			assertTrue(Workbench.waitUntil(() -> editor.snapshot().complete() && editor.snapshot().text().equals(typed), 10_000));
			if (trial >= 5) {
				firstPass.add(first);
				complete.add(System.nanoTime() - start);
			}
		}
		long longestStall = stalls.stop();
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
		System.out.printf("  keystroke -> annotations, first pass: p50 %d ms, p95 %d ms (includes the %d ms reconcile delay)%n",
				Workbench.percentile(firstPass, 50), Workbench.percentile(firstPass, 95), 30);
		System.out.printf("  keystroke -> annotations, complete:   p50 %d ms, p95 %d ms%n", Workbench.percentile(complete, 50),
				Workbench.percentile(complete, 95));
		System.out.printf("  content assist:                       p50 %d ms, p95 %d ms%n", Workbench.percentile(assist, 50),
				Workbench.percentile(assist, 95));
		System.out.printf("  longest UI-thread stall while typing: %d ms%n", longestStall / 1_000_000);
	}

	/**
	 * Measures how long the UI thread leaves a posted runnable waiting: a thread posts one every
	 * 5 ms (the next only after the previous ran) and keeps the longest wait.
	 */
	private static final class StallWatch {
		private final Display display;
		private final AtomicLong longest = new AtomicLong();
		private volatile boolean running;
		private Thread thread;

		StallWatch(Display display) {
			this.display = display;
		}

		void start() {
			running = true;
			thread = new Thread(() -> {
				while (running && !display.isDisposed()) {
					long posted = System.nanoTime();
					Object ran = new Object();
					boolean[] done = { false };
					display.asyncExec(() -> {
						longest.accumulateAndGet(System.nanoTime() - posted, Math::max);
						synchronized (ran) {
							done[0] = true;
							ran.notifyAll();
						}
					});
					synchronized (ran) {
						while (!done[0] && running) {
							try {
								ran.wait(100);
							} catch (InterruptedException e) {
								return;
							}
						}
					}
					try {
						Thread.sleep(5);
					} catch (InterruptedException e) {
						return;
					}
				}
			}, "stall-watch");
			thread.setDaemon(true);
			thread.start();
		}

		long stop() throws InterruptedException {
			running = false;
			thread.join(1_000);
			return longest.get();
		}
	}
}
