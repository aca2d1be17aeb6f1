package org.tekigo.cli;

import org.tekigo.cli.nls.CliMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.io.PrintWriter;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.tekigo.dsl.validation.IssueCodes;

/** The diagnostics of a workspace as `tekigo check` prints them, sorted by file, line and column. */
record Diagnostics(List<DiagnosticLine> lines, int files) {

	static Diagnostics of(Workspace workspace) {
		List<DiagnosticLine> lines = workspace.validate().entrySet().stream()
				.flatMap(entry -> entry.getValue().stream().map(issue -> DiagnosticLine.of(entry.getKey(), issue)))
				.sorted().toList();
		return new Diagnostics(lines, workspace.resources().size());
	}

	/** Only the diagnostics of one file. */
	Diagnostics of(SourceFile file) {
		return new Diagnostics(lines.stream().filter(line -> line.path().equals(file.displayName())).toList(), 1);
	}

	long errors() {
		return count(Severity.ERROR);
	}

	long warnings() {
		return count(Severity.WARNING);
	}

	/** Every line, then "3 files checked: 0 errors, 52 warnings" (and how many of them are stale answers, when some are). */
	void print(PrintWriter out) {
		lines.forEach(out::println);
		long stale = lines.stream().filter(line -> IssueCodes.STALE_ANSWER.equals(line.code())).count();
		out.println(stale == 0 ? bind(CliMessages.Check_summary, new Object[] { files, errors(), warnings() })
				: bind(CliMessages.Check_summaryStale, new Object[] { files, errors(), warnings(), stale }));
	}

	private long count(Severity severity) {
		return lines.stream().filter(line -> line.severity() == severity).count();
	}
}
