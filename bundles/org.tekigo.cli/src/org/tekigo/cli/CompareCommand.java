package org.tekigo.cli;

import org.tekigo.cli.nls.CliMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.reports.DisclosureViews;
import org.tekigo.reports.compare.CompareHtmlWriter;
import org.tekigo.reports.compare.CompareMatrix;
import org.tekigo.reports.model.DisclosureView.Meaning;
import org.tekigo.reports.compare.CompareWorkbookWriter;
import org.tekigo.reports.model.DisclosureView;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", description = {
		"Compares the disclosures of a workspace that answer one catalog: the vendors × items matrix,",
		"the items where vendors differ first, minimum-requirement gaps marked, each vendor's totals;",
		"written as <dir>/compare.xlsx and <dir>/compare.html.",
		"Exit status: 0 written, 1 the workspace has errors (nothing written), 2 bad input." })
public class CompareCommand implements Callable<Integer> {

	public static final List<String> FILES = List.of("compare.xlsx", "compare.html");

	@Spec
	private CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "<file or folder>", descriptionKey = "paths", description = "The disclosures with their catalog and guideline.")
	private List<String> paths;

	@Option(names = "--out", required = true, paramLabel = "<dir>", descriptionKey = "out", description = "Folder for the matrix.")
	private Path out;

	@Override
	public Integer call() throws InputException, IOException {
		PrintWriter printer = spec.commandLine().getOut();
		Workspace workspace = Workspace.withoutErrors(WorkspaceFiles.collect(paths), printer, CliMessages.Compare_errors);
		if (workspace == null) {
			return TekigoCli.EXIT_ERRORS;
		}
		List<Disclosure> disclosures = workspace.documents(Disclosure.class);
		List<String> catalogs = disclosures.stream().map(d -> d.getCatalog().getName()).distinct().toList();
		if (catalogs.size() > 1) {
			throw new InputException(bind(CliMessages.Compare_differentCatalogs, String.join(", ", catalogs)));
		}
		List<DisclosureView> views = disclosures.stream().map(DisclosureViews::of).toList();
		if (views.size() < 2) {
			throw new InputException(bind(CliMessages.Compare_tooFew, String.join(", ", paths), views.size()));
		}
		CompareMatrix matrix = CompareMatrix.of(views);
		Files.createDirectories(out);
		new CompareWorkbookWriter().write(matrix, out.resolve(FILES.get(0)));
		new CompareHtmlWriter().write(matrix, out.resolve(FILES.get(1)));
		for (CompareMatrix.Vendor vendor : matrix.vendors()) {
			CompareMatrix.Totals t = vendor.totals();
			boolean partly = matrix.words().has(Meaning.PARTLY_FULFILLED);
			String line = bind(matrix.words().say(partly ? CliMessages.Compare_vendorPartly : CliMessages.Compare_vendor),
					new Object[] { vendor.id(), t.answers(), t.conformant(), t.nonconformant(), t.minimumGaps(), t.notApplicable(),
							t.unanswered(), t.partlyFulfilled(), matrix.words().labels(Meaning.PARTLY_FULFILLED) });
			printer.println(line);
		}
		printer.println(bind(CliMessages.Compare_summary, new Object[] { views.size(), matrix.rows().size(), matrix.differingItems(),
				FILES.stream().map(f -> out.resolve(f).toString()).collect(Collectors.joining(", ")) }));
		printer.flush();
		return TekigoCli.EXIT_OK;
	}
}
