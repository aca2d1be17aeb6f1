package org.tekigo.cli;

import org.tekigo.cli.nls.CliMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.xtext.parser.IParser;
import org.tekigo.dsl.review.ReviewedAnswers;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Review;
import org.tekigo.importer.ChecklistEdits;
import org.tekigo.importer.ReviewWorkbookEdits;
import org.tekigo.importer.TekigoFiles;
import org.tekigo.reports.checklist.ChecklistFormatException;
import org.tekigo.reports.checklist.ChecklistWorkbookReader;
import org.tekigo.reports.checklist.EditedAnswer;
import org.tekigo.reports.checklist.EditedChecklist;
import org.tekigo.reports.io.AtomicFiles;
import org.tekigo.reports.review.JudgedReview;
import org.tekigo.reports.review.ReviewWorkbookReader;

/** `tekigo import checklist.xlsx --out <workspace>` (or review-<id>.xlsx): the spreadsheet's edits into the disclosure's (or review's) text. */
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

	/**
	 * `tekigo import review-&lt;id&gt;.xlsx --out &lt;folder&gt;`: the verdicts, notes and follow-ups given in the
	 * workbook into the review's text, found in the folder with the workspace it belongs to. Only
	 * the changed verdicts' text is written; an unchanged workbook leaves the file as it is.
	 */
	int runReview(Path spreadsheet, Path folder, Clock clock) throws InputException, IOException {
		JudgedReview judged;
		try {
			judged = new ReviewWorkbookReader().read(spreadsheet);
		} catch (ChecklistFormatException e) {
			throw new InputException(bind(CliMessages.Spreadsheet_refused, spreadsheet, e.getMessage()));
		} catch (IOException e) {
			throw new InputException(bind(CliMessages.Spreadsheet_cannotRead, spreadsheet, e.getMessage()));
		}
		Timings.done("review workbook read");
		Workspace workspace = Workspace.load(TekigoCli.injector(), WorkspaceFiles.collect(List.of(folder.toString())));
		Timings.done("workspace loaded and linked");
		Map<Review, SourceFile> reviews = new LinkedHashMap<>();
		workspace.resources().forEach((file, resource) -> resource.getContents().stream().filter(Review.class::isInstance)
				.forEach(review -> reviews.put((Review) review, file)));
		Review review = ReviewWorkbookEdits.reviewJudged(reviews.keySet(), judged).orElseThrow(
				() -> new InputException(bind(CliMessages.Spreadsheet_noReview, new Object[] { spreadsheet, judged.review(), folder })));
		SourceFile file = reviews.get(review);
		Disclosure disclosure = ReviewedAnswers.disclosure(review).orElseThrow(() -> new InputException(
				bind(CliMessages.Spreadsheet_reviewWithoutDisclosure, new Object[] { spreadsheet, review.getName(), folder })));
		if (judged.disclosure() != null && !judged.disclosure().equals(disclosure.getName())) {
			throw new InputException(bind(CliMessages.Spreadsheet_otherDisclosure, new Object[] { spreadsheet, review.getName(),
					judged.disclosure(), folder, disclosure.getName() }));
		}
		for (SourceFile read : List.of(file, fileOf(workspace, disclosure))) {
			if (!workspace.resource(read).getErrors().isEmpty()) {
				throw new InputException(bind(CliMessages.Spreadsheet_syntaxErrors, read.displayName()));
			}
		}
		ReviewWorkbookEdits.Result result;
		try {
			result = ReviewWorkbookEdits.apply(review, judged, clock);
		} catch (ChecklistFormatException e) {
			throw new InputException(bind(CliMessages.Spreadsheet_refused, spreadsheet, e.getMessage()));
		}
		if (!result.changes().isEmpty()) {
			// What is written must parse: the edits are made in text, so they are checked as text.
			if (TekigoCli.injector().getInstance(IParser.class).parse(new StringReader(result.text())).hasSyntaxErrors()) {
				throw new IllegalStateException("the review's text with the workbook's verdicts does not parse");
			}
			AtomicFiles.writeString(file.path(), result.text());
		}
		Timings.done("verdicts brought in");
		judged.notes().forEach(note -> out.println(bind(CliMessages.Spreadsheet_warning, spreadsheet, note)));
		result.answersGone().forEach(row -> out.println(bind(CliMessages.Spreadsheet_warning, spreadsheet,
				bind(CliMessages.Spreadsheet_answerGone, new Object[] { row.where(), row.id(), disclosure.getName() }))));
		result.changes().forEach(change -> out.println(bind(CliMessages.Spreadsheet_verdictChange, new Object[] { review.getName(), change.id(),
				change.before() == null ? CliMessages.Spreadsheet_noVerdict : oneLine(change.before()), oneLine(change.after()) })));
		out.println(bind(CliMessages.Spreadsheet_verdictChanges, new Object[] { file.displayName(), result.changes().size(), spreadsheet }));
		out.flush();
		return TekigoCli.EXIT_OK;
	}

	/** The file the document was read from. */
	private static SourceFile fileOf(Workspace workspace, Disclosure disclosure) {
		return workspace.resources().entrySet().stream().filter(entry -> entry.getValue() == disclosure.eResource()).map(Map.Entry::getKey)
				.findFirst().orElseThrow();
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\R", " ");
	}
}
