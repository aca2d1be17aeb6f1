package org.tekigo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.xtext.diagnostics.Severity;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.reports.DisclosureViews;
import org.tekigo.reports.checklist.ChecklistWorkbookWriter;
import org.tekigo.reports.gap.GapAnalysis;
import org.tekigo.reports.gap.GapGate;
import org.tekigo.reports.gap.GapHtmlWriter;
import org.tekigo.reports.gap.GapJsonWriter;
import org.tekigo.reports.gap.GapMarkdownWriter;
import org.tekigo.reports.gap.GapWorkbookWriter;
import org.tekigo.reports.model.DisclosureView;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", description = {
		"Writes, for each disclosure of the workspace, its checklist in the published layout",
		"(checklist.xlsx) and its gap report (gap-report.html, .xlsx, .md, .json) into <dir>/<disclosure>/.",
		"Exit status: 0 written, 1 the workspace has errors or the --fail-on gate fails, 2 bad input." })
public class ReportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "<file or folder>", description = "The workspace: Tekigo files or folders.")
	private List<String> paths;

	@Option(names = "--out", required = true, paramLabel = "<dir>", description = "Folder for the reports.")
	private Path out;

	@Option(names = "--fail-on", paramLabel = "minimum-gap|any-gap",
			description = "Exit 1 when a 不適合 touches a minimum (C) requirement, or on any 不適合.")
	private String failOn;

	@Override
	public Integer call() throws InputException, IOException {
		GapGate gate = gate();
		PrintWriter printer = spec.commandLine().getOut();
		Workspace workspace = Workspace.load(TekigoCli.injector(), WorkspaceFiles.collect(paths));
		List<DiagnosticLine> errors = workspace.validate().entrySet().stream()
				.flatMap(e -> e.getValue().stream().map(issue -> DiagnosticLine.of(e.getKey(), issue)))
				.filter(line -> line.severity() == Severity.ERROR).sorted().toList();
		if (!errors.isEmpty()) {
			errors.forEach(printer::println);
			printer.printf("%d errors: fix them before writing reports%n", errors.size());
			printer.flush();
			return TekigoCli.EXIT_ERRORS;
		}
		List<Disclosure> disclosures = workspace.resources().values().stream()
				.flatMap(r -> r.getContents().stream()).filter(Disclosure.class::isInstance).map(Disclosure.class::cast).toList();
		if (disclosures.isEmpty()) {
			throw new InputException("no disclosure in " + String.join(", ", paths));
		}
		boolean failed = false;
		for (Disclosure disclosure : disclosures) {
			DisclosureView view = DisclosureViews.of(disclosure);
			GapAnalysis analysis = GapAnalysis.of(view);
			Path folder = Files.createDirectories(out.resolve(disclosure.getName()));
			new ChecklistWorkbookWriter().write(view, folder.resolve("checklist.xlsx"));
			new GapHtmlWriter().write(analysis, folder.resolve("gap-report.html"));
			new GapWorkbookWriter().write(analysis, folder.resolve("gap-report.xlsx"));
			new GapMarkdownWriter().write(analysis, folder.resolve("gap-report.md"));
			new GapJsonWriter().write(analysis, folder.resolve("gap-report.json"));
			printer.printf("%s: %s/{checklist.xlsx, gap-report.html, gap-report.xlsx, gap-report.md, gap-report.json}%n",
					disclosure.getName(), folder);
			if (gate != null) {
				printer.println(disclosure.getName() + ": " + gate.explain(analysis));
				failed |= gate.fails(analysis);
			}
			printer.flush();
		}
		return failed ? TekigoCli.EXIT_ERRORS : TekigoCli.EXIT_OK;
	}

	private GapGate gate() throws InputException {
		try {
			return failOn == null ? null : GapGate.fromOption(failOn);
		} catch (IllegalArgumentException e) {
			throw new InputException(e.getMessage());
		}
	}
}
