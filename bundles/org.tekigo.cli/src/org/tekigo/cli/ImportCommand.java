package org.tekigo.cli;

import org.tekigo.cli.nls.CliMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.tekigo.importer.ChecklistModel;
import org.tekigo.importer.ChecklistModelBuilder;
import org.tekigo.importer.ChecklistModelCheck;
import org.tekigo.importer.TekigoFiles;
import org.tekigo.importer.VendorName;
import org.tekigo.importer.text.ChecklistFormatException;
import org.tekigo.importer.table.ChecklistTable;
import org.tekigo.importer.table.TableFormatException;
import org.tekigo.importer.pdf.PdfChecklist;
import org.tekigo.importer.table.VendorWorkbook;
import org.tekigo.importer.text.ChecklistTextParser;
import org.tekigo.importer.text.TableGrammar;
import org.tekigo.reports.checklist.ChecklistWorkbookReader;
import org.tekigo.importer.text.PublishedChecklist;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", description = {
		"<checklist.pdf>: reads a vendor's published checklist from its PDF (by the table's ruling lines and",
		"  headings) and writes its guideline requirements, catalog of measures and disclosure as Tekigo files.",
		"<checklist.xlsx>: the same from a vendor's own workbook in the published layout (found by its headings);",
		"<checklist.txt>: the same from the text pdftotext gives of the PDF.",
		"A checklist.xlsx written by `tekigo report` (also after a person edited statuses and comments):",
		"  its edits are brought into the disclosure of the workspace in <dir>.",
		"Nothing is written when the input cannot be read. Exit status: 0 written, 1 errors, 2 bad input." })
public class ImportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<checklist.pdf|.xlsx|.txt>", descriptionKey = "source",
			description = "A published checklist as PDF, as a vendor's workbook or as text (UTF-8), or a checklist.xlsx written by tekigo report.")
	private Path source;

	@Option(names = "--out", required = true, paramLabel = "<dir>", descriptionKey = "out",
			description = "Folder for the Tekigo files (for an xlsx: the workspace holding the disclosure).")
	private Path out;

	@Override
	public Integer call() throws InputException, IOException {
		if (!Files.isRegularFile(source)) {
			throw new InputException(bind(CliMessages.Import_noSuchFile, source));
		}
		String name = source.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		if (name.endsWith(".xlsx") && ChecklistWorkbookReader.isTekigoChecklist(source)) {
			return new SpreadsheetImport(spec.commandLine().getOut()).run(source, out);
		}
		PublishedChecklist checklist;
		ChecklistModel model;
		List<String> warnings = List.of();
		try {
			if (name.endsWith(".xlsx") || name.endsWith(".pdf")) {
				ChecklistTable table = name.endsWith(".pdf") ? PdfChecklist.read(source) : VendorWorkbook.read(source);
				TableGrammar grammar = new TableGrammar(table);
				checklist = grammar.parse();
				try {
					model = ChecklistModelBuilder.build(checklist, table.vendor());
				} catch (ChecklistFormatException e) {
					throw grammar.located(e);
				}
				warnings = table.warnings();
			} else {
				checklist = new ChecklistTextParser().parse(source);
				// The parser has read the file strictly as UTF-8, so reading it again cannot fail on encoding.
				String vendor = VendorName.in(Files.readAllLines(source), "vendor");
				model = ChecklistModelBuilder.build(checklist, vendor);
			}
			ChecklistModelCheck.requireNoErrors(TekigoCli.injector(), model);
		} catch (ChecklistFormatException e) {
			throw new InputException(bind(CliMessages.Import_unreadable, new Object[] { source, e.getLine(), e.detail() }));
		} catch (TableFormatException e) {
			throw new InputException(bind(CliMessages.Import_unreadableTable, source, e.getMessage()));
		}
		List<Path> written = TekigoFiles.write(TekigoCli.injector(), out,
				model.documents());
		PrintWriter printer = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		warnings.forEach(warning -> err.println(bind(CliMessages.Import_warning, source, warning)));
		err.flush();
		written.forEach(path -> printer.println(bind(CliMessages.Common_wrote, path)));
		printer.println(bind(CliMessages.Import_summary, new Object[] { model.disclosure().getAnswers().size(),
				model.disclosure().getTitle(), checklist.categories().stream().flatMap(c -> c.groups().stream())
						.flatMap(g -> g.measures().stream()).mapToInt(m -> m.items().size()).sum() }));
		printer.flush();
		return TekigoCli.EXIT_OK;
	}
}
