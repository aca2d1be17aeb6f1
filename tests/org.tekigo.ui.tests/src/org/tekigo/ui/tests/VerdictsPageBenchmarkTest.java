package org.tekigo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.tekigo.reports.review.ReviewView;
import org.tekigo.reports.review.ReviewView.Row;
import org.tekigo.ui.editor.DisclosureEditor;
import org.tekigo.ui.editor.EditorModel;
import org.tekigo.ui.verdicts.VerdictFilter;
import org.tekigo.ui.verdicts.VerdictsPage;

/**
 * How long the Verdicts page takes to filter and sort 4,330 rows (10x the example review), from
 * the user's action until the event loop is idle again, the rows on screen painted. A benchmark,
 * not a test: run with -Dtekigo.benchmark=true (bin/benchmark --studio).
 */
class VerdictsPageBenchmarkTest {

	private static final int COPIES = 10;
	private static final int TRIALS = 20;
	private IProject project;

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.closeEditorsAndDelete(project);
	}

	@Test
	void filterAndSortTenTimesTheExampleReview() throws Exception {
		Assumptions.assumeTrue(Boolean.getBoolean("tekigo.benchmark"), "run by bin/benchmark");
		project = Workbench.projectWith("verdicts-benchmark", "chatwork");
		IFile file = project.getFile("kyoto-chatwork.tekigo");
		file.create(Files.newInputStream(Workbench.EXAMPLES.resolve("hospital/kyoto-chatwork.tekigo")), true, null);
		DisclosureEditor editor = (DisclosureEditor) IDE.openEditor(Workbench.page(), file);
		VerdictsPage page = editor.verdictsPage();
		assertTrue(Workbench.waitUntil(() -> page.rows().size() == 433, 30_000));
		EditorModel.Snapshot snapshot = editor.sourceEditor().snapshot();
		ReviewView review = snapshot.review();
		List<Row> rows = new ArrayList<>();
		for (int copy = 0; copy < COPIES; copy++) {
			for (Row r : review.rows()) {
				rows.add(new Row("vendor" + copy + "/" + r.answerId(), r.itemText(), r.status(), r.comment(), r.minimumGap(), r.judged(),
						r.judgement(), r.note(), r.date(), r.suspect(), r.orphan(), r.followUp(), r.line()));
			}
		}
		ReviewView tenfold = new ReviewView(review.id(), review.title(), review.reviewer(), review.disclosureId(), review.vendor(), rows,
				review.minimumWeights());
		page.show(new EditorModel.Snapshot(snapshot.version(), snapshot.text(), snapshot.issues(), snapshot.local(), true, snapshot.outline(),
				null, null, null, tenfold));
		assertEquals(COPIES * 433, page.rows().size());

		Display display = Display.getCurrent();
		Map<String, Runnable> actions = new LinkedHashMap<>();
		actions.put("filter: gaps on minimum requirements", () -> page.setFilter(new VerdictFilter(false, false, false, false, true, "")));
		actions.put("filter: questions (要確認)", () -> page.setFilter(new VerdictFilter(false, true, false, false, false, "")));
		actions.put("filter: to judge again and a search", () -> page.setFilter(new VerdictFilter(false, false, false, true, false, "管理")));
		actions.put("filter: search matching nothing", () -> page.setFilter(new VerdictFilter(false, false, false, false, false, "存在しない語")));
		actions.put("filter: none (all rows)", () -> page.setFilter(VerdictFilter.NONE));
		for (int column : new int[] { 1, 3, 5, 7 }) {
			TableColumn header = page.viewer().getTable().getColumn(column);
			actions.put("sort by " + header.getText() + " (header clicked)", () -> header.notifyListeners(SWT.Selection, null));
		}
		System.out.printf("verdicts page (%d rows: the example review's 433, %d times; %d trials after 3 warm-up), action until idle:%n",
				rows.size(), COPIES, TRIALS);
		for (Map.Entry<String, Runnable> action : actions.entrySet()) {
			List<Long> times = new ArrayList<>();
			for (int trial = 0; trial < TRIALS + 3; trial++) {
				page.setFilter(trial % 2 == 0 ? new VerdictFilter(true, false, false, false, false, "") : VerdictFilter.NONE);
				Workbench.idle(display);
				long start = System.nanoTime();
				action.getValue().run();
				Workbench.idle(display);
				if (trial >= 3) {
					times.add(System.nanoTime() - start);
				}
			}
			System.out.printf("  %-55s p50 %3d ms, p95 %3d ms, max %3d ms%n", action.getKey(), Workbench.percentile(times, 50), Workbench.percentile(times, 95),
					Collections.max(times) / 1_000_000);
		}
	}
}
