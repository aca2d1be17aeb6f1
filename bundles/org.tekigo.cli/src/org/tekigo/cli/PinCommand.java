package org.tekigo.cli;

import static org.eclipse.osgi.util.NLS.bind;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.eclipse.xtext.resource.XtextResource;
import org.tekigo.cli.nls.CliMessages;
import org.tekigo.dsl.edition.PinEdits;
import org.tekigo.dsl.edition.TextEdits;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.reports.io.AtomicFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "pin", description = {
		"Pins every answer of the workspace's disclosures that is not pinned yet to the texts it answers",
		"as they are now (its item's and its requirements'), so that a later change of one of them makes",
		"it stale. Stale answers are left as they are unless --confirm-stale says they still hold.",
		"Each file is rewritten where answers were pinned, nothing else in it changes.",
		"Exit status: 0 done, 1 the workspace has errors (nothing written), 2 bad input." })
public class PinCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "<file or folder>", descriptionKey = "paths", description = "The workspace whose disclosures to pin.")
	private List<String> paths;

	@Option(names = "--confirm-stale", descriptionKey = "confirm-stale",
			description = "Also pin the stale answers again: each still holds for the texts as they are now.")
	private boolean confirmStale;

	@Override
	public Integer call() throws InputException, IOException {
		PrintWriter out = spec.commandLine().getOut();
		Workspace workspace = Workspace.withoutErrors(WorkspaceFiles.collect(paths), out, CliMessages.Pin_errors);
		if (workspace == null) {
			return TekigoCli.EXIT_ERRORS;
		}
		int pinned = 0, confirmed = 0, staleLeft = 0;
		for (Map.Entry<SourceFile, XtextResource> file : workspace.resources().entrySet()) {
			String text = file.getValue().getParseResult().getRootNode().getText();
			Set<Answer> answers = new LinkedHashSet<>();
			int pinnedHere = 0, confirmedHere = 0;
			for (Disclosure disclosure : file.getValue().getContents().stream().filter(Disclosure.class::isInstance)
					.map(Disclosure.class::cast).toList()) {
				List<Answer> unpinned = PinEdits.unpinned(disclosure);
				List<Answer> stale = PinEdits.stale(disclosure);
				answers.addAll(unpinned);
				pinnedHere += unpinned.size();
				if (confirmStale) {
					answers.addAll(stale);
					confirmedHere += stale.size();
				} else {
					staleLeft += stale.size();
				}
			}
			if (!answers.isEmpty()) {
				AtomicFiles.writeString(file.getKey().path(), TextEdits.apply(text, PinEdits.pin(new ArrayList<>(answers), text)));
				out.println(bind(CliMessages.Pin_file, new Object[] { file.getKey().displayName(), pinnedHere, confirmedHere }));
			}
			pinned += pinnedHere;
			confirmed += confirmedHere;
		}
		out.println(bind(CliMessages.Pin_summary, new Object[] { pinned, confirmed, staleLeft }));
		out.flush();
		return TekigoCli.EXIT_OK;
	}
}
