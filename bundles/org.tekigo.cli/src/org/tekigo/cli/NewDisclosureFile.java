package org.tekigo.cli;

import static org.eclipse.osgi.util.NLS.bind;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;
import org.tekigo.cli.nls.CliMessages;
import org.tekigo.dsl.tekigo.Catalog;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.importer.TekigoFiles;
import org.tekigo.reports.io.AtomicFiles;

/**
 * A disclosure made in memory for a catalog of a loaded workspace, written as a new file of that
 * workspace: serialized beside the catalog (so that its references are written as the catalog's
 * ids), checked with the workspace's files, written only when it checks and no file is there.
 * What `import --catalog` and the OSCAL import end with.
 */
final class NewDisclosureFile {

	private NewDisclosureFile() {
	}

	static int write(List<SourceFile> workspace, Catalog catalog, Disclosure disclosure, Path folder, PrintWriter printer)
			throws InputException, IOException {
		Path file = folder.resolve(TekigoFiles.fileName(disclosure));
		if (Files.exists(file)) {
			throw new InputException(bind(CliMessages.Import_disclosureExists, file));
		}
		catalog.eResource().getResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString())).getContents().add(disclosure);
		String text = TekigoCli.injector().getInstance(ISerializer.class).serialize(disclosure, SaveOptions.newBuilder().format().getOptions());
		Diagnostics result = CandidateWorkspace.check(workspace, null, file, text);
		if (result.errors() > 0) {
			result.print(printer);
			printer.println(bind(CliMessages.Import_resultErrors, result.errors()));
			printer.flush();
			return TekigoCli.EXIT_ERRORS;
		}
		AtomicFiles.writeString(file, text);
		printer.println(bind(CliMessages.Common_wrote, file));
		printer.println(bind(CliMessages.Import_placedSummary, new Object[] { disclosure.getAnswers().size(), disclosure.getTitle(),
				catalog.getName() }));
		printer.flush();
		return TekigoCli.EXIT_OK;
	}
}
