package org.tekigo.cli;

import org.tekigo.cli.nls.CliMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Review;
import org.tekigo.reports.DisclosureReports;
import org.tekigo.reports.DisclosureViews;
import org.tekigo.reports.ReviewReports;
import org.tekigo.reports.ReviewViews;
import org.tekigo.reports.gap.GapGate;
import org.tekigo.reports.model.DisclosureView;
import org.tekigo.reports.review.ReviewAnalysis;
import org.tekigo.reports.review.ReviewGate;
import org.tekigo.reports.review.ReviewView;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", description = {
		"Checks the workspace and prints its diagnostics as `tekigo check` does; then writes, for each",
		"disclosure, its checklist in the published layout (checklist.xlsx) and its gap report",
		"(gap-report.html, .xlsx, .md, .json) into <dir>/<disclosure>/, and for each hospital's review",
		"of a disclosure its review report beside them (review-<review>.html, .xlsx, .md, .json).",
		"Exit status: 0 written, 1 the workspace has errors (nothing written) or the --fail-on gate fails, 2 bad input." })
public class ReportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "<file or folder>", descriptionKey = "paths", description = "The workspace: Tekigo files or folders.")
	private List<String> paths;

	@Option(names = "--out", required = true, paramLabel = "<dir>", descriptionKey = "out", description = "Folder for the reports.")
	private Path out;

	@Option(names = "--fail-on", paramLabel = "minimum-gap|any-gap|stale|open-review", descriptionKey = "fail-on",
			description = "Exit 1 when a 不適合 touches a minimum requirement, on any 不適合, while an answer is stale (given "
					+ "against a text that changed since), or while a review is open (an answer not judged, a question (要確認) "
					+ "open, a verdict suspect).")
	private String failOn;

	@Override
	public Integer call() throws InputException, IOException {
		boolean reviewGate = ReviewGate.OPTION.equals(failOn);
		GapGate gate = reviewGate ? null : gate();
		DisclosureReports.warmUp();
		PrintWriter printer = spec.commandLine().getOut();
		Timings.done("command line read");
		List<SourceFile> files = WorkspaceFiles.collect(paths);
		Workspace workspace = Workspace.load(TekigoCli.injector(), files);
		Timings.done("workspace loaded and linked");
		Diagnostics diagnostics = Diagnostics.of(workspace);
		Timings.done("validated");
		diagnostics.print(printer);
		if (diagnostics.errors() > 0) {
			printer.println(bind(CliMessages.Report_errors, diagnostics.errors()));
			printer.flush();
			return TekigoCli.EXIT_ERRORS;
		}
		List<DisclosureView> views = workspace.documents(Disclosure.class).stream().map(DisclosureViews::of).toList();
		if (views.isEmpty()) {
			throw new InputException(bind(CliMessages.Report_noDisclosure, String.join(", ", paths)));
		}
		printer.flush();
		Timings.done("views read");
		List<DisclosureReports.Written> written = DisclosureReports.writeAll(views, out, new Progress(spec.commandLine().getErr()));
		Timings.done("reports written");
		boolean failed = false;
		for (DisclosureReports.Written reports : written) {
			printer.printf("%s: %s/{%s}%n", reports.view().id(), reports.folder(), String.join(", ", DisclosureReports.FILES));
			if (gate != null) {
				printer.println(reports.view().id() + ": " + gate.explain(reports.analysis()));
				failed |= gate.fails(reports.analysis());
			}
		}
		for (Review review : workspace.documents(Review.class)) {
			ReviewView view = ReviewViews.of(review);
			Path folder = out.resolve(view.disclosureId());
			ReviewAnalysis analysis = ReviewReports.write(view, folder);
			printer.printf("%s: %s/{%s}%n", view.id(), folder, String.join(", ", ReviewReports.files(view)));
			if (reviewGate) {
				printer.println(view.id() + ": " + ReviewGate.explain(analysis));
				failed |= ReviewGate.fails(analysis);
			}
		}
		printer.flush();
		return failed ? TekigoCli.EXIT_ERRORS : TekigoCli.EXIT_OK;
	}


	private GapGate gate() throws InputException {
		try {
			return failOn == null ? null : GapGate.fromOption(failOn);
		} catch (IllegalArgumentException e) {
			throw new InputException(e.getMessage() + ", or " + ReviewGate.OPTION);
		}
	}

	/**
	 * Says on stderr how far the writing is, once a run has taken a few seconds: at most a line a
	 * second, and the last one. A short run stays quiet.
	 */
	private static final class Progress implements DisclosureReports.Progress {
		private static final long QUIET_MS = 3_000;
		private final PrintWriter err;
		private final long start = System.currentTimeMillis();
		private long lastLine;

		Progress(PrintWriter err) {
			this.err = err;
		}

		@Override
		public void written(DisclosureView view, int done, int total) {
			long now = System.currentTimeMillis();
			if (now - start < QUIET_MS || (now - lastLine < 1_000 && done < total)) {
				return;
			}
			lastLine = now;
			err.println("tekigo: " + bind(CliMessages.Report_progress, new Object[] { done, total, view.id() }));
			err.flush();
		}
	}
}
