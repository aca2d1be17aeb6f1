package org.tekigo.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", description = {
		"Loads the Tekigo files given (folders are searched for *.tekigo) as one workspace,",
		"validates them and prints every diagnostic as path:line:col: severity: message [code].",
		"Exit status: 0 no error, 1 errors found, 2 bad usage or unreadable input." })
public class CheckCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "<file or folder>", descriptionKey = "paths", description = "Tekigo files or folders holding them.")
	private List<String> paths;

	@Override
	public Integer call() throws InputException {
		Timings.done("command line read");
		List<SourceFile> files = WorkspaceFiles.collect(paths);
		Workspace workspace = Workspace.load(TekigoCli.injector(), files);
		Timings.done("workspace loaded and linked");
		Diagnostics diagnostics = Diagnostics.of(workspace);
		Timings.done("validated");
		PrintWriter out = spec.commandLine().getOut();
		diagnostics.print(out);
		out.flush();
		return diagnostics.errors() > 0 ? TekigoCli.EXIT_ERRORS : TekigoCli.EXIT_OK;
	}
}
