package org.tekigo.cli;

import static org.eclipse.osgi.util.NLS.bind;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.xtext.resource.XtextResource;
import org.tekigo.cli.nls.CliMessages;
import org.tekigo.dsl.edition.Migration;
import org.tekigo.dsl.edition.Migration.Unplaced;
import org.tekigo.dsl.tekigo.Catalog;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.reports.io.AtomicFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "migrate", description = {
		"Writes a disclosure as answering another catalog: the same measure items related to another",
		"edition's requirements. Answers to items of the same id carry over with their comments,",
		"statements, evidence and plans; an answer to one requirement follows its counterpart. Each",
		"stays pinned to the texts it was given against, so those whose texts changed are stale at once.",
		"An answer that has no place in the target is never dropped silently: the command refuses and",
		"names each one, unless --drop-unplaced says to drop them (and it still names each one).",
		"Exit status: 0 written, 1 the workspace has errors (nothing written), 2 bad input or refused." })
public class MigrateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "<file or folder>", descriptionKey = "paths",
			description = "The workspace: the disclosure, its catalog and guideline, and the target catalog and its guideline.")
	private List<String> paths;

	@Option(names = "--disclosure", required = true, paramLabel = "<id>", descriptionKey = "disclosure", description = "The disclosure to migrate, e.g. chatwork.")
	private String disclosureId;

	@Option(names = "--to", required = true, paramLabel = "<catalog>", descriptionKey = "to", description = "The catalog it is to answer, e.g. provider60.")
	private String catalogId;

	@Option(names = "--out", required = true, paramLabel = "<file>", descriptionKey = "out", description = "The file to write (a new file: neither the input nor any file that exists).")
	private Path out;

	@Option(names = "--name", paramLabel = "<id>", descriptionKey = "name", description = "The migrated disclosure's id (default: the same).")
	private String name;

	@Option(names = "--drop-unplaced", descriptionKey = "drop-unplaced", description = "Write the answers that have a place and drop the others (each is named).")
	private boolean dropUnplaced;

	@Override
	public Integer call() throws InputException, IOException {
		if (name != null && !name.matches("[A-Za-z_][A-Za-z0-9_-]*")) {
			throw new InputException(bind(CliMessages.Migrate_badName, name));
		}
		if (Files.exists(out)) {
			throw new InputException(bind(CliMessages.Migrate_exists, out));
		}
		List<SourceFile> files = WorkspaceFiles.collect(paths);
		PrintWriter printer = spec.commandLine().getOut();
		Workspace workspace = Workspace.withoutErrors(files, printer, CliMessages.Migrate_errors);
		if (workspace == null) {
			return TekigoCli.EXIT_ERRORS;
		}
		Disclosure disclosure = workspace.documents(Disclosure.class).stream().filter(d -> disclosureId.equals(d.getName())).findFirst()
				.orElseThrow(() -> new InputException(bind(CliMessages.Migrate_noDisclosure, disclosureId, String.join(", ", paths))));
		Catalog target = workspace.documents(Catalog.class).stream().filter(c -> catalogId.equals(c.getName())).findFirst()
				.orElseThrow(() -> new InputException(bind(CliMessages.Migrate_noCatalog, catalogId, String.join(", ", paths))));
		SourceFile input = fileOf(workspace, disclosure);
		String text = ((XtextResource) disclosure.eResource()).getParseResult().getRootNode().getText();
		Migration migration;
		try {
			migration = Migration.of(disclosure, text, target, name);
		} catch (Migration.RefusedException e) {
			throw new InputException(e.getMessage());
		}
		for (Unplaced unplaced : migration.unplaced()) {
			printer.println(bind(dropUnplaced ? CliMessages.Migrate_dropped : CliMessages.Migrate_unplaced,
					new Object[] { input.displayName(), unplaced.line(), unplaced.reason() }));
		}
		if (!migration.unplaced().isEmpty() && !dropUnplaced) {
			printer.flush();
			throw new InputException(bind(CliMessages.Migrate_refusedUnplaced, migration.unplaced().size(), target.getName()));
		}
		Diagnostics result = CandidateWorkspace.check(files, name == null || name.equals(disclosure.getName()) ? input : null, out,
				migration.text());
		if (result.errors() > 0) {
			result.print(printer);
			printer.println(bind(CliMessages.Migrate_resultErrors, result.errors()));
			printer.flush();
			return TekigoCli.EXIT_ERRORS;
		}
		AtomicFiles.writeString(out, migration.text());
		printer.println(bind(CliMessages.Migrate_summary, new Object[] { out, migration.carried(), target.getName(),
				migration.carried() - migration.stale(), migration.stale(), migration.unplaced().size(), migration.newItems() }));
		printer.flush();
		return TekigoCli.EXIT_OK;
	}

	private static SourceFile fileOf(Workspace workspace, Disclosure disclosure) {
		for (Map.Entry<SourceFile, XtextResource> entry : workspace.resources().entrySet()) {
			if (entry.getValue() == disclosure.eResource()) {
				return entry.getKey();
			}
		}
		throw new IllegalStateException("the disclosure was loaded from the workspace");
	}
}
