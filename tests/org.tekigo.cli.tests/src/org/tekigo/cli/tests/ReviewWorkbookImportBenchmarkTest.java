package org.tekigo.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tekigo.cli.tests.CheckCommandTest.tekigo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.cli.tests.CheckCommandTest.Run;

/**
 * How long `tekigo import review-kyoto-chatwork.xlsx` takes on the example review (433 verdicts;
 * the target: under 2 s), in a warm JVM as the studio or a long run sees it: the workbook left as
 * written, and with three verdicts changed (the review's text rewritten). Prints the figures; not a
 * test: run with -Dtekigo.benchmark=true (bin/benchmark --studio runs the reactor so).
 */
class ReviewWorkbookImportBenchmarkTest {

	private static final int RUNS = 7;

	@TempDir
	Path dir;

	@Test
	void importingTheExampleReviewsWorkbook() throws IOException {
		Assumptions.assumeTrue(Boolean.getBoolean("tekigo.benchmark"), "run by bin/benchmark");
		Path workspace = Files.createDirectories(dir.resolve("ws"));
		Path vendor = Files.createDirectories(workspace.resolve("chatwork"));
		for (String file : ImportCommandTest.FILES) {
			Files.copy(ImportCommandTest.SAMPLE.resolve(file), vendor.resolve(file));
		}
		Path review = Files.createDirectories(workspace.resolve("hospital")).resolve("kyoto-chatwork.tekigo");
		Files.copy(ReviewWorkbookImportTest.REVIEW, review);
		Run report = tekigo("report", workspace.toString(), "--out", dir.resolve("reports").toString());
		assertEquals(0, report.status(), report.err());
		Path unchanged = dir.resolve("reports/chatwork/review-kyoto-chatwork.xlsx");
		Path changed = Files.copy(unchanged, dir.resolve("changed.xlsx"));
		ReviewWorkbookImportTest.edit(changed, sheet -> {
			ReviewWorkbookImportTest.set(sheet, "1.1-①-2", "Verdict", "受入不可");
			ReviewWorkbookImportTest.set(sheet, "1.1-①-2", "Note", "記録のレビューを定期的に行っていないため");
			ReviewWorkbookImportTest.set(sheet, "1.1-③-3", "Verdict", "受入可");
			ReviewWorkbookImportTest.set(sheet, "1.1-③-2", "Follow-up", "手順書の提出を依頼する");
		});
		String original = Files.readString(review);

		long first = millis(unchanged, workspace);
		List<Long> asWritten = new ArrayList<>();
		List<Long> judged = new ArrayList<>();
		for (int run = 0; run < RUNS; run++) {
			asWritten.add(millis(unchanged, workspace));
			judged.add(millis(changed, workspace));
			Files.writeString(review, original);
		}
		System.out.printf("review workbook import (example review, 433 verdicts; target under 2 s): first %d ms;"
				+ " unchanged median %d ms (min %d); three verdicts changed median %d ms (min %d), %d runs%n", first, median(asWritten),
				Collections.min(asWritten), median(judged), Collections.min(judged), RUNS);
	}

	private static long millis(Path workbook, Path workspace) {
		long start = System.nanoTime();
		Run run = tekigo("import", workbook.toString(), "--out", workspace.toString());
		long elapsed = (System.nanoTime() - start) / 1_000_000;
		assertEquals(0, run.status(), run.out() + run.err());
		return elapsed;
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}
}
