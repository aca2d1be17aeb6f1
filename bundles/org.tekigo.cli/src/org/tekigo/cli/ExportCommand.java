package org.tekigo.cli;

import static org.eclipse.osgi.util.NLS.bind;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.xtext.resource.XtextResource;
import org.tekigo.cli.nls.CliMessages;
import org.tekigo.dsl.tekigo.Document;
import org.tekigo.reports.io.AtomicFiles;
import org.tekigo.reports.oscal.OscalExport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", description = {
		"Writes the workspace's documents in NIST OSCAL, one file each: a guideline and a catalog of measures as",
		"OSCAL catalogs, a disclosure as a component-definition (<id>.catalog.json, <id>.component-definition.json).",
		"The same documents give the same files (UUIDs derived from the ids, last-modified from the file).",
		"Exit status: 0 written, 1 the workspace has errors (nothing written), 2 bad input." })
public class ExportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--format", required = true, paramLabel = "<format>", descriptionKey = "format",
			description = "oscal-json or oscal-xml.")
	private String format;

	@Parameters(arity = "1..*", paramLabel = "<file or folder>", descriptionKey = "paths", description = "The workspace to export.")
	private List<String> paths;

	@Option(names = "--out", required = true, paramLabel = "<dir>", descriptionKey = "out", description = "Folder for the OSCAL files.")
	private Path out;

	@Override
	public Integer call() throws InputException, IOException {
		OscalExport.Format oscal = switch (format) {
			case "oscal-json" -> OscalExport.Format.JSON;
			case "oscal-xml" -> OscalExport.Format.XML;
			default -> throw new InputException(bind(CliMessages.Export_format, format));
		};
		PrintWriter printer = spec.commandLine().getOut();
		Workspace workspace = Workspace.withoutErrors(WorkspaceFiles.collect(paths), printer, CliMessages.Export_errors);
		if (workspace == null) {
			return TekigoCli.EXIT_ERRORS;
		}
		List<Document> documents = new ArrayList<>();
		Map<Document, String> lastModified = new HashMap<>();
		for (Map.Entry<SourceFile, XtextResource> file : workspace.resources().entrySet()) {
			String modified = OscalExport.lastModified(Files.getLastModifiedTime(file.getKey().path()).toInstant());
			for (Object content : file.getValue().getContents()) {
				if (content instanceof Document document) {
					documents.add(document);
					lastModified.put(document, modified);
				}
			}
		}
		Map<String, String> texts = OscalExport.export(documents, oscal, lastModified::get);
		Files.createDirectories(out);
		for (Map.Entry<String, String> text : texts.entrySet()) {
			Path file = out.resolve(text.getKey());
			AtomicFiles.writeString(file, text.getValue());
			printer.println(bind(CliMessages.Common_wrote, file));
		}
		printer.flush();
		return TekigoCli.EXIT_OK;
	}
}
