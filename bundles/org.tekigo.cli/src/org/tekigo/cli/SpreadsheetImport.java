package org.tekigo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.resource.XtextResource;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.importer.ChecklistEdits;
import org.tekigo.importer.TekigoFiles;
import org.tekigo.reports.DisclosureViews;
import org.tekigo.reports.checklist.ChecklistFormatException;
import org.tekigo.reports.checklist.ChecklistWorkbookReader;
import org.tekigo.reports.checklist.EditedAnswer;

/** `tekigo import checklist.xlsx --out <workspace>`: the spreadsheet's edits into the disclosure's text. */
final class SpreadsheetImport {

	private final PrintWriter out;

	SpreadsheetImport(PrintWriter out) {
		this.out = out;
	}

	int run(Path spreadsheet, Path workspaceFolder) throws InputException, IOException {
		Map<String, EditedAnswer> edits;
		try {
			edits = new ChecklistWorkbookReader().read(spreadsheet);
		} catch (ChecklistFormatException e) {
			throw new InputException(spreadsheet + ": " + e.getMessage());
		}
		Workspace workspace = Workspace.load(TekigoCli.injector(), WorkspaceFiles.collect(List.of(workspaceFolder.toString())));
		Map.Entry<SourceFile, XtextResource> target = disclosureAnswering(workspace, edits, spreadsheet);
		if (!target.getValue().getErrors().isEmpty()) {
			throw new InputException(target.getKey().displayName() + ": has syntax errors; fix them (tekigo check) before importing");
		}
		Disclosure disclosure = (Disclosure) target.getValue().getContents().get(0);
		ChecklistEdits.Result result = ChecklistEdits.apply(disclosure, edits);
		if (!result.unknownIds().isEmpty()) {
			throw new InputException(spreadsheet + ": rows whose id is in no item of " + disclosure.getName() + ": "
					+ String.join(", ", result.unknownIds()));
		}
		TekigoFiles.rewrite(TekigoCli.injector(), disclosure, target.getKey().path());
		result.changes().forEach(change -> out.println(disclosure.getName() + ": " + change));
		out.printf("%s: %d changes from %s%n", target.getKey().displayName(), result.changes().size(), spreadsheet);
		out.flush();
		return TekigoCli.EXIT_OK;
	}

	/** The disclosure with the most answers under the spreadsheet's ids; refuses when none has any. */
	private static Map.Entry<SourceFile, XtextResource> disclosureAnswering(Workspace workspace,
			Map<String, EditedAnswer> edits, Path spreadsheet) throws InputException {
		Map.Entry<SourceFile, XtextResource> best = null;
		long bestMatches = 0;
		for (Map.Entry<SourceFile, XtextResource> entry : workspace.resources().entrySet()) {
			if (!entry.getValue().getContents().isEmpty() && entry.getValue().getContents().get(0) instanceof Disclosure d) {
				long matches = d.getAnswers().stream().map(DisclosureViews::answerId).filter(edits::containsKey).count();
				if (matches > bestMatches) {
					best = entry;
					bestMatches = matches;
				}
			}
		}
		if (best == null) {
			throw new InputException(spreadsheet + ": no disclosure in the workspace has the spreadsheet's answers");
		}
		return best;
	}
}
