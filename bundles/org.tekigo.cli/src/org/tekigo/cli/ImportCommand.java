package org.tekigo.cli;

import org.tekigo.cli.nls.CliMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;

import org.tekigo.dsl.tekigo.Catalog;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.importer.CatalogPlacement;

import org.tekigo.importer.ChecklistModel;
import org.tekigo.importer.ChecklistModelBuilder;
import org.tekigo.importer.ChecklistModelCheck;
import org.tekigo.importer.TableImport;
import org.tekigo.importer.TekigoFiles;
import org.tekigo.importer.VendorName;
import org.tekigo.importer.text.ChecklistFormatException;
import org.tekigo.importer.table.TableFormatException;
import org.tekigo.importer.text.ChecklistTextParser;
import org.tekigo.reports.checklist.ChecklistWorkbookReader;
import org.tekigo.reports.review.ReviewWorkbookReader;
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
		"A review-<id>.xlsx written by `tekigo report` (after the hospital judged in it): its verdicts, notes and",
		"  follow-ups are brought into the review in <dir>, the folder holding the review and the workspace it belongs to.",
		"With --catalog <id>, a vendor's checklist gives only its disclosure, answering that catalog of <dir>.",
		"<component-definition>.json|.xml: an OSCAL component-definition answering a catalog of <dir> becomes its disclosure.",
		"Nothing is written when the input cannot be read. Exit status: 0 written, 1 errors, 2 bad input." })
public class ImportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<checklist.pdf|.xlsx|.txt>", descriptionKey = "source",
			description = "A published checklist as PDF, as a vendor's workbook or as text (UTF-8), or a checklist.xlsx or review-<id>.xlsx written by tekigo report.")
	private Path source;

	@Option(names = "--out", required = true, paramLabel = "<dir>", descriptionKey = "out",
			description = "Folder for the Tekigo files (for an xlsx: the workspace holding the disclosure, or the review).")
	private Path out;

	@Option(names = "--catalog", paramLabel = "<catalog>", descriptionKey = "catalog",
			description = "Write only the vendor's disclosure, answering this catalog of the workspace in <dir>: each answer placed"
					+ " by its item's measure and text.")
	private String catalogId;

	/** What a checklist gave: the documents, what the reader noticed, and where each row or line of it is. */
	private record Reading(ChecklistModel model, int items, List<String> warnings, IntFunction<String> where) {
	}

	@Override
	public Integer call() throws InputException, IOException {
		if (!Files.isRegularFile(source)) {
			throw new InputException(bind(CliMessages.Import_noSuchFile, source));
		}
		String name = source.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		if (name.endsWith(".xlsx") && ReviewWorkbookReader.isTekigoReview(source)) {
			if (catalogId != null) {
				throw new InputException(bind(CliMessages.Import_catalogOfReviewWorkbook, source));
			}
			return new SpreadsheetImport(spec.commandLine().getOut()).runReview(source, out, today());
		}
		if (name.endsWith(".xlsx") && ChecklistWorkbookReader.isTekigoChecklist(source)) {
			if (catalogId != null) {
				throw new InputException(bind(CliMessages.Import_catalogOfTekigoChecklist, source));
			}
			return new SpreadsheetImport(spec.commandLine().getOut()).run(source, out);
		}
		if (name.endsWith(".json") || name.endsWith(".xml")) {
			return new OscalImport(spec.commandLine().getOut()).run(source, out);
		}
		Reading reading = read();
		PrintWriter printer = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		reading.warnings().forEach(warning -> err.println(bind(CliMessages.Import_warning, source, warning)));
		err.flush();
		if (catalogId != null) {
			return placeInCatalog(reading, printer);
		}
		try {
			ChecklistModelCheck.requireNoErrors(TekigoCli.injector(), reading.model());
		} catch (ChecklistFormatException e) {
			throw new InputException(bind(CliMessages.Import_unreadable, new Object[] { source, e.getLine(), e.detail() }));
		}
		List<Path> written = TekigoFiles.write(TekigoCli.injector(), out, reading.model().documents());
		written.forEach(path -> printer.println(bind(CliMessages.Common_wrote, path)));
		Disclosure disclosure = reading.model().disclosure();
		printer.println(bind(CliMessages.Import_summary, new Object[] { disclosure.getAnswers().size(), disclosure.getTitle(), reading.items() }));
		printer.flush();
		return TekigoCli.EXIT_OK;
	}

	/**
	 * What "today" is for the verdicts a review workbook gives: the system's, unless
	 * -Dtekigo.today=2026-12-01 fixes it (for tests, which must know the date they expect).
	 */
	private static Clock today() {
		String fixed = System.getProperty("tekigo.today");
		return fixed == null ? Clock.systemDefaultZone()
				: Clock.fixed(LocalDate.parse(fixed).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
	}

	/** The checklist as a PDF, a vendor's workbook (both read as a table) or pdftotext's text. */
	private Reading read() throws InputException, IOException {
		try {
			if (TableImport.isTable(source)) {
				TableImport table = TableImport.read(source);
				return new Reading(table.model(), table.items(), table.table().warnings(), table.table()::where);
			}
			PublishedChecklist checklist = new ChecklistTextParser().parse(source);
			// The parser has read the file strictly as UTF-8, so reading it again cannot fail on encoding.
			String vendor = VendorName.in(Files.readAllLines(source), "vendor");
			return new Reading(ChecklistModelBuilder.build(checklist, vendor), checklist.itemCount(), List.of(),
					line -> bind(CliMessages.Import_line, line));
		} catch (ChecklistFormatException e) {
			throw new InputException(bind(CliMessages.Import_unreadable, new Object[] { source, e.getLine(), e.detail() }));
		} catch (TableFormatException e) {
			throw new InputException(bind(CliMessages.Import_unreadableTable, source, e.getMessage()));
		}
	}

	/**
	 * Only the disclosure, answering a catalog the workspace in --out has: each answer placed by its
	 * item, checked in that workspace before it is written; an answer without a place refuses all.
	 */
	private Integer placeInCatalog(Reading reading, PrintWriter printer) throws InputException, IOException {
		List<SourceFile> files = WorkspaceFiles.collect(List.of(out.toString()));
		Workspace workspace = Workspace.withoutErrors(files, printer, CliMessages.Import_workspaceErrors);
		if (workspace == null) {
			return TekigoCli.EXIT_ERRORS;
		}
		Catalog target = workspace.documents(Catalog.class).stream().filter(c -> catalogId.equals(c.getName())).findFirst()
				.orElseThrow(() -> new InputException(bind(CliMessages.Migrate_noCatalog, catalogId, out)));
		CatalogPlacement.Result placed = CatalogPlacement.place(reading.model(), target);
		if (!placed.unplaced().isEmpty()) {
			PrintWriter err = spec.commandLine().getErr();
			for (CatalogPlacement.Unplaced answer : placed.unplaced()) {
				err.println(bind(CliMessages.Import_unplaced, new Object[] { source, reading.where().apply(answer.line()), catalogId,
						answer.answered() }));
			}
			err.flush();
			throw new InputException(bind(CliMessages.Import_refusedUnplaced, new Object[] { source, placed.unplaced().size(), catalogId }));
		}
		return NewDisclosureFile.write(files, target, placed.disclosure(), out, printer);
	}
}
