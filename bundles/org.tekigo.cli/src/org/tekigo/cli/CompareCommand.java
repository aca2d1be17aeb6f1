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
import org.tekigo.reports.model.ScaleWords;
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
			printer.println(line(matrix, vendor));
		}
		printer.println(bind(CliMessages.Compare_summary, new Object[] { views.size(), matrix.rows().size(), matrix.differingItems(),
				FILES.stream().map(f -> out.resolve(f).toString()).collect(Collectors.joining(", ")) }));
		printer.flush();
		return TekigoCli.EXIT_OK;
	}

	/**
	 * "chatwork: 433 answers: 332 適合可能, 72 不適合 (52 minimum), 29 対象外; 0 unanswered"; on
	 * another scale, or for a checklist of its own, the counts that apply in its words.
	 */
	private static String line(CompareMatrix matrix, CompareMatrix.Vendor vendor) {
		CompareMatrix.Totals t = vendor.totals();
		if (matrix.words().equals(ScaleWords.PROVIDER) && matrix.weighed()) {
			return bind(CliMessages.Compare_vendor, new Object[] { vendor.id(), t.answers(), t.conformant(), t.nonconformant(),
					t.minimumGaps(), t.notApplicable(), t.unanswered() });
		}
		String counts = matrix.totalColumns().stream().filter(column -> column != CompareMatrix.Total.ANSWERS)
				.map(column -> bind(CliMessages.Compare_count, column.header(matrix.words()), column.of(t)))
				.collect(Collectors.joining(CliMessages.Compare_countSeparator));
		return bind(CliMessages.Compare_vendorCounts, new Object[] { vendor.id(), t.answers(), counts });
	}
}
