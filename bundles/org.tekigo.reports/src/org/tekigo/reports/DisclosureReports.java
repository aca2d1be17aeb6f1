package org.tekigo.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.tekigo.reports.checklist.ChecklistWorkbookWriter;
import org.tekigo.reports.gap.GapAnalysis;
import org.tekigo.reports.gap.GapHtmlWriter;
import org.tekigo.reports.gap.GapJsonWriter;
import org.tekigo.reports.gap.GapMarkdownWriter;
import org.tekigo.reports.gap.GapWorkbookWriter;
import org.tekigo.reports.model.DisclosureView;

/**
 * The files `tekigo report` and the studio's Generate Reports write for a disclosure: its
 * checklist in the published layout and its gap report in four forms. Independent disclosures
 * are written in parallel: the views are plain records, read from EMF before any thread starts.
 */
public final class DisclosureReports {

	public static final List<String> FILES = List.of("checklist.xlsx", "gap-report.html", "gap-report.xlsx", "gap-report.md",
			"gap-report.json");

	/** Told, in the writing thread, each time a disclosure's files are all written. */
	@FunctionalInterface
	public interface Progress {
		void written(DisclosureView view, int done, int total);
	}

	/** The reports of one disclosure, written into {@code folder}. */
	public record Written(DisclosureView view, Path folder, GapAnalysis analysis) {
	}

	private DisclosureReports() {
	}

	/**
	 * Makes Apache POI ready on a thread of its own: the first workbook of a JVM costs about half a
	 * second more than the next (POI and XMLBeans load their schemas), time a command can spend on
	 * the other core while it reads and checks the workspace. Harmless when the JVM ends first.
	 */
	public static void warmUp() {
		Thread thread = new Thread(() -> {
			try (var workbook = org.tekigo.reports.xlsx.StreamingWorkbooks.editable()) {
				workbook.createSheet("warm-up").createRow(0).createCell(0).setCellValue("適合可能");
				workbook.write(java.io.OutputStream.nullOutputStream());
			} catch (IOException | RuntimeException ignored) {
				// only a head start: the real writer reports real failures
			}
		}, "tekigo-poi-warm-up");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	/** Writes the five files of one disclosure into {@code folder}, each whole or not at all. */
	public static Written write(DisclosureView view, Path folder) throws IOException {
		Files.createDirectories(folder);
		GapAnalysis analysis = GapAnalysis.of(view);
		new ChecklistWorkbookWriter().write(view, folder.resolve("checklist.xlsx"));
		new GapHtmlWriter().write(analysis, folder.resolve("gap-report.html"));
		new GapWorkbookWriter().write(analysis, folder.resolve("gap-report.xlsx"));
		new GapMarkdownWriter().write(analysis, folder.resolve("gap-report.md"));
		new GapJsonWriter().write(analysis, folder.resolve("gap-report.json"));
		return new Written(view, folder, analysis);
	}

	/**
	 * Writes every disclosure's reports into {@code out/<disclosure>/}, on as many threads as there
	 * are processors (at most one a disclosure); returns them in the order given. The first
	 * failure stops the others and is thrown.
	 */
	public static List<Written> writeAll(List<DisclosureView> views, Path out, Progress progress) throws IOException {
		int threads = Math.min(views.size(), Runtime.getRuntime().availableProcessors());
		if (threads <= 1) {
			List<Written> written = new ArrayList<>();
			for (DisclosureView view : views) {
				written.add(write(view, out.resolve(view.id())));
				progress.written(view, written.size(), views.size());
			}
			return written;
		}
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			int[] done = { 0 };
			List<Future<Written>> futures = new ArrayList<>();
			for (DisclosureView view : views) {
				futures.add(pool.submit(() -> {
					Written written = write(view, out.resolve(view.id()));
					synchronized (done) {
						progress.written(view, ++done[0], views.size());
					}
					return written;
				}));
			}
			List<Written> written = new ArrayList<>();
			for (Future<Written> future : futures) {
				written.add(future.get());
			}
			return written;
		} catch (ExecutionException e) {
			if (e.getCause() instanceof IOException io) {
				throw io;
			}
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while writing the reports", e);
		} finally {
			pool.shutdownNow();
		}
	}
}
