package org.tekigo.cli;

import org.tekigo.cli.nls.CliMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.importer.ChecklistEdits;
import org.tekigo.importer.TekigoFiles;
import org.tekigo.reports.checklist.ChecklistFormatException;
import org.tekigo.reports.checklist.ChecklistWorkbookReader;
import org.tekigo.reports.checklist.EditedAnswer;
import org.tekigo.reports.checklist.EditedChecklist;

/** `tekigo import checklist.xlsx --out <workspace>`: the spreadsheet's edits into the disclosure's text. */
final class SpreadsheetImport {

	private final PrintWriter out;

	SpreadsheetImport(PrintWriter out) {
		this.out = out;
	}

	int run(Path spreadsheet, Path workspaceFolder) throws InputException, IOException {
		EditedChecklist checklist;
		try {
			checklist = new ChecklistWorkbookReader().read(spreadsheet);
		} catch (ChecklistFormatException e) {
			throw new InputException(bind(CliMessages.Spreadsheet_refused, spreadsheet, e.getMessage()));
		} catch (IOException e) {
			throw new InputException(bind(CliMessages.Spreadsheet_cannotRead, spreadsheet, e.getMessage()));
		}
		Map<String, EditedAnswer> edits = checklist.answers();
		Workspace workspace = Workspace.load(TekigoCli.injector(), WorkspaceFiles.collect(List.of(workspaceFolder.toString())));
		Map<Disclosure, SourceFile> disclosures = new LinkedHashMap<>();
		workspace.resources().forEach((file, resource) -> resource.getContents().stream().filter(Disclosure.class::isInstance)
				.forEach(d -> disclosures.put((Disclosure) d, file)));
		Disclosure disclosure = ChecklistEdits.disclosureAnswering(disclosures.keySet(), checklist).orElseThrow(
				() -> new InputException(bind(CliMessages.Spreadsheet_noDisclosure, spreadsheet)));
		SourceFile file = disclosures.get(disclosure);
		if (!disclosure.eResource().getErrors().isEmpty()) {
			throw new InputException(bind(CliMessages.Spreadsheet_syntaxErrors, file.displayName()));
		}
		ChecklistEdits.Result result;
		try {
			result = ChecklistEdits.apply(disclosure, edits);
		} catch (ChecklistFormatException e) {
			throw new InputException(bind(CliMessages.Spreadsheet_refused, spreadsheet, e.getMessage()));
		}
		if (!result.unknownIds().isEmpty()) {
			throw new InputException(bind(CliMessages.Spreadsheet_unknownIds, new Object[] { spreadsheet, disclosure.getName(),
					String.join(", ", result.unknownIds()) }));
		}
		TekigoFiles.rewrite(TekigoCli.injector(), disclosure, file.path());
		checklist.notes().forEach(note -> out.println(bind(CliMessages.Spreadsheet_warning, spreadsheet, note)));
		result.changes().forEach(change -> out.println(disclosure.getName() + ": " + change));
		out.println(bind(CliMessages.Spreadsheet_changes, new Object[] { file.displayName(), result.changes().size(), spreadsheet }));
		out.flush();
		return TekigoCli.EXIT_OK;
	}
}
