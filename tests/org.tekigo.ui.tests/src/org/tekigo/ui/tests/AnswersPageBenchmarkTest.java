package org.tekigo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.tekigo.reports.model.DisclosureView.Status;
import org.tekigo.ui.answers.AnswerFilter;
import org.tekigo.ui.answers.AnswerRow;
import org.tekigo.ui.answers.AnswersPage;
import org.tekigo.ui.editor.DisclosureEditor;
import org.tekigo.ui.editor.EditorModel;

/**
 * How long the Answers page takes to filter and sort 4,330 rows (10x the sample), from the
 * user's action (a filter set, a column header clicked) until the event loop is idle again, the
 * rows on screen painted. The rows are the sample disclosure's 433, ten times over under ten
 * vendors' keys, shown in one table. A benchmark, not a test: run by bin/benchmark --studio
 * (-Dtekigo.benchmark=true).
 */
class AnswersPageBenchmarkTest {

	private static final int COPIES = 10;
	private static final int TRIALS = 20;
	private IProject project;

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.closeEditorsAndDelete(project);
	}

	@Test
	void filterAndSortTenTimesTheSample() throws Exception {
		Assumptions.assumeTrue(Boolean.getBoolean("tekigo.benchmark"), "run by bin/benchmark");
		project = Workbench.projectWith("answers-benchmark", "chatwork");
		DisclosureEditor editor = (DisclosureEditor) IDE.openEditor(Workbench.page(), project.getFile("chatwork.tekigo"));
		AnswersPage page = editor.answersPage();
		assertTrue(Workbench.waitUntil(() -> page.model().all().size() == 433, 30_000));
		EditorModel.Snapshot snapshot = editor.sourceEditor().snapshot();
		List<AnswerRow> rows = tenfold(page.model().all());
		page.show(snapshot, rows);
		assertEquals(COPIES * 433, page.model().all().size());
		String category = rows.get(0).category();

		Display display = Display.getCurrent();
		Map<String, Consumer<Integer>> actions = new LinkedHashMap<>();
		actions.put("filter: gaps touching a minimum requirement", trial -> page.setFilter(AnswerFilter.NONE.withGaps(false, true)));
		actions.put("filter: status 適合可能", trial -> page.setFilter(AnswerFilter.NONE.withStatus(Status.CONFORMANT, false)));
		actions.put("filter: a category and a search", trial -> page.setFilter(AnswerFilter.NONE.withScope(category).withSearch("管理規定")));
		actions.put("filter: search matching nothing", trial -> page.setFilter(AnswerFilter.NONE.withSearch("存在しない語")));
		actions.put("filter: none (all rows)", trial -> page.setFilter(AnswerFilter.NONE));
		for (int column : new int[] { 4, 5, 7, 8 }) {
			TableColumn header = page.viewer().getTable().getColumn(column);
			actions.put("sort by " + header.getText() + " (header clicked)", trial -> header.notifyListeners(SWT.Selection, null));
		}
		System.out.printf("answers page (%d rows: the sample's %d, %d times; %d trials after 3 warm-up), action until the event loop is idle:%n",
				rows.size(), 433, COPIES, TRIALS);
		for (Map.Entry<String, Consumer<Integer>> action : actions.entrySet()) {
			List<Long> times = new ArrayList<>();
			for (int trial = 0; trial < TRIALS + 3; trial++) {
				page.setFilter(trial % 2 == 0 ? AnswerFilter.NONE.withGaps(true, false) : AnswerFilter.NONE);
				Workbench.idle(display);
				long start = System.nanoTime();
				action.getValue().accept(trial);
				Workbench.idle(display);
				if (trial >= 3) {
					times.add(System.nanoTime() - start);
				}
			}
			System.out.printf("  %-55s p50 %3d ms, p95 %3d ms, max %3d ms%n", action.getKey(), Workbench.percentile(times, 50), Workbench.percentile(times, 95),
					Collections.max(times) / 1_000_000);
		}
	}

	private static List<AnswerRow> tenfold(List<AnswerRow> sample) {
		List<AnswerRow> rows = new ArrayList<>();
		for (int copy = 0; copy < COPIES; copy++) {
			for (AnswerRow r : sample) {
				rows.add(new AnswerRow("vendor" + copy + "/" + r.key(), rows.size(), r.category(), r.group(), r.measure(), r.itemId(),
						r.itemText(), r.requirements(), r.minimum(), r.status(), r.comment(), r.statement(), r.evidence(), r.plan(),
						r.owner(), r.due(), r.verdict(), r.offset(), r.length(), r.issues(), r.stale()));
			}
		}
		return rows;
	}
}
