package org.tekigo.cli;

import static org.eclipse.osgi.util.NLS.bind;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.tekigo.cli.nls.CliMessages;
import org.tekigo.dsl.tekigo.Catalog;
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.workspace.NewDocuments;
import org.tekigo.reports.io.AtomicFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "new-disclosure", description = {
		"Starts a vendor's disclosure of a catalog of the workspace: writes it without answers, for the",
		"vendor to answer each item (the studio's Answers page lists them all; check lists the unanswered).",
		"Exit status: 0 written, 1 the workspace has errors (nothing written), 2 bad input." })
public class NewDisclosureCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "<file or folder>", descriptionKey = "paths", description = "The workspace holding the catalog.")
	private List<String> paths;

	@Option(names = "--catalog", required = true, paramLabel = "<id>", descriptionKey = "catalog", description = "The catalog to answer, e.g. provider.")
	private String catalogId;

	@Option(names = "--name", required = true, paramLabel = "<id>", descriptionKey = "name", description = "The disclosure's id, e.g. acme.")
	private String name;

	@Option(names = "--title", paramLabel = "<title>", descriptionKey = "title", description = "The vendor or service (default: the id).")
	private String title;

	@Option(names = "--out", required = true, paramLabel = "<file>", descriptionKey = "out", description = "The file to write (not overwritten).")
	private Path out;

	@Override
	public Integer call() throws InputException, IOException {
		if (!name.matches(NewDocuments.ID)) {
			throw new InputException(bind(CliMessages.NewReview_badName, name));
		}
		if (Files.exists(out)) {
			throw new InputException(bind(CliMessages.NewDisclosure_exists, out));
		}
		PrintWriter printer = spec.commandLine().getOut();
		Workspace workspace = Workspace.withoutErrors(WorkspaceFiles.collect(paths), printer, CliMessages.NewDisclosure_errors);
		if (workspace == null) {
			return TekigoCli.EXIT_ERRORS;
		}
		Catalog catalog = workspace.documents(Catalog.class).stream().filter(c -> catalogId.equals(c.getName())).findFirst()
				.orElseThrow(() -> new InputException(bind(CliMessages.Migrate_noCatalog, catalogId, String.join(", ", paths))));
		long items = java.util.stream.StreamSupport.stream(((Iterable<org.eclipse.emf.ecore.EObject>) catalog::eAllContents).spliterator(), false)
				.filter(Item.class::isInstance).count();
		AtomicFiles.writeString(out, NewDocuments.disclosure(name, title != null ? title : name, catalog.getName()));
		printer.println(bind(CliMessages.NewDisclosure_wrote, new Object[] { out, catalog.getName(), items }));
		printer.flush();
		return TekigoCli.EXIT_OK;
	}
}
