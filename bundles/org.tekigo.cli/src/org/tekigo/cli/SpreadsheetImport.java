package org.tekigo.cli;

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
			throw new InputException(spreadsheet + ": " + e.getMessage() + "; nothing was changed");
		} catch (IOException e) {
			throw new InputException(spreadsheet + ": cannot be read (" + e.getMessage() + "); nothing was changed");
		}
		Map<String, EditedAnswer> edits = checklist.answers();
		Workspace workspace = Workspace.load(TekigoCli.injector(), WorkspaceFiles.collect(List.of(workspaceFolder.toString())));
		Map<Disclosure, SourceFile> disclosures = new LinkedHashMap<>();
		workspace.resources().forEach((file, resource) -> resource.getContents().stream().filter(Disclosure.class::isInstance)
				.forEach(d -> disclosures.put((Disclosure) d, file)));
		Disclosure disclosure = ChecklistEdits.disclosureAnswering(disclosures.keySet(), edits).orElseThrow(
				() -> new InputException(spreadsheet + ": no disclosure in the workspace has the spreadsheet's answers; nothing was changed"));
		SourceFile file = disclosures.get(disclosure);
		if (!disclosure.eResource().getErrors().isEmpty()) {
			throw new InputException(file.displayName() + ": has syntax errors; fix them (tekigo check) before importing; nothing was changed");
		}
		ChecklistEdits.Result result = ChecklistEdits.apply(disclosure, edits);
		if (!result.unknownIds().isEmpty()) {
			throw new InputException(spreadsheet + ": rows whose id is in no item of " + disclosure.getName() + ": "
					+ String.join(", ", result.unknownIds()) + "; nothing was changed");
		}
		TekigoFiles.rewrite(TekigoCli.injector(), disclosure, file.path());
		checklist.notes().forEach(note -> out.println(spreadsheet + ": warning: " + note));
		result.changes().forEach(change -> out.println(disclosure.getName() + ": " + change));
		out.printf("%s: %d changes from %s%n", file.displayName(), result.changes().size(), spreadsheet);
		out.flush();
		return TekigoCli.EXIT_OK;
	}
}
