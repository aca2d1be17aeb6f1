package org.tekigo.cli;

import org.tekigo.cli.nls.CliMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.tekigo.dsl.review.ReviewTexts;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.reports.io.AtomicFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "new-review", description = {
		"Starts a hospital's review of a disclosure: writes a review with an empty verdict (未判定) for",
		"each answer, each pinned to the answer as it is now, for the reviewer to judge.",
		"Exit status: 0 written, 1 the workspace has errors (nothing written), 2 bad input." })
public class NewReviewCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "<file or folder>", descriptionKey = "paths", description = "The workspace holding the disclosure.")
	private List<String> paths;

	@Option(names = "--disclosure", required = true, paramLabel = "<id>", descriptionKey = "disclosure", description = "The disclosure to review, e.g. chatwork.")
	private String disclosureId;

	@Option(names = "--name", required = true, paramLabel = "<id>", descriptionKey = "name", description = "The review's id, e.g. kyoto-chatwork.")
	private String name;

	@Option(names = "--title", paramLabel = "<title>", descriptionKey = "title", description = "The review's title (default: <disclosure title> の審査).")
	private String title;

	@Option(names = "--by", required = true, paramLabel = "<reviewer>", descriptionKey = "by", description = "Who reviews: the hospital or its department.")
	private String reviewer;

	@Option(names = "--out", required = true, paramLabel = "<file>", descriptionKey = "out", description = "The review file to write (not overwritten).")
	private Path out;

	@Override
	public Integer call() throws InputException, IOException {
		if (!name.matches("[A-Za-z_][A-Za-z0-9_-]*")) {
			throw new InputException(bind(CliMessages.NewReview_badName, name));
		}
		if (Files.exists(out)) {
			throw new InputException(bind(CliMessages.NewReview_exists, out));
		}
		PrintWriter printer = spec.commandLine().getOut();
		Workspace workspace = Workspace.withoutErrors(WorkspaceFiles.collect(paths), printer, CliMessages.NewReview_errors);
		if (workspace == null) {
			return TekigoCli.EXIT_ERRORS;
		}
		Disclosure disclosure = workspace.documents(Disclosure.class).stream().filter(d -> disclosureId.equals(d.getName())).findFirst()
				.orElseThrow(() -> new InputException(bind(CliMessages.NewReview_noDisclosure, disclosureId, String.join(", ", paths))));
		String text = ReviewTexts.newReview(disclosure, name, title != null ? title : disclosure.getTitle() + " の審査", reviewer);
		AtomicFiles.writeString(out, text);
		printer.println(bind(CliMessages.NewReview_wrote, out, disclosure.getAnswers().size()));
		printer.flush();
		return TekigoCli.EXIT_OK;
	}
}
