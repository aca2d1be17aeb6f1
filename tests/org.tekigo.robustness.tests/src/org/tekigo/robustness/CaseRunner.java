package org.tekigo.robustness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.xtext.resource.XtextResource;
import org.tekigo.cli.SourceFile;
import org.tekigo.cli.TekigoCli;
import org.tekigo.cli.Workspace;
import org.tekigo.cli.WorkspaceFiles;
import org.tekigo.dsl.formatting2.TekigoTextFormatting;

import com.google.gson.JsonParser;

/**
 * Runs one fuzzing case through the commands a user would run on such a file, in this JVM, in a
 * folder of its own, and says whether it ended as documented (see {@link Outcome}).
 */
public final class CaseRunner {

	/** The three files of the sample workspace. */
	static final List<String> WORKSPACE = List.of("mhlw50.tekigo", "mhlw51.tekigo", "provider.tekigo", "chatwork.tekigo");
	private static final String[] REPORT_FILES = { "checklist.xlsx", "gap-report.html", "gap-report.xlsx", "gap-report.md",
			"gap-report.json" };
	private static final Pattern DIAGNOSTIC = Pattern.compile(
			"\\S+:\\d+:\\d+: (error|warning|info): .+|\\d+ files checked: \\d+ errors, \\d+ warnings(, of which \\d+ stale answers)?");

	private final Path sample;
	private final Path work;
	private final Path checklist;
	private final TekigoTextFormatting formatting = TekigoCli.injector().getInstance(TekigoTextFormatting.class);

	/**
	 * @param sample the sample workspace (examples/chatwork, with published/chatwork-checklist.txt)
	 * @param work   a folder for the cases; each gets a folder of its own below it, removed after it
	 */
	public CaseRunner(Path sample, Path work) throws IOException {
		this.sample = sample;
		this.work = Files.createDirectories(work);
		Path base = Files.createDirectories(work.resolve("base"));
		Cli report = Cli.run("report", sample.toString(), "--out", base.toString());
		if (report.status() != 0) {
			throw new IOException("the sample does not report: " + report.out() + report.err());
		}
		this.checklist = base.resolve("chatwork/checklist.xlsx");
	}

	public CaseResult run(FuzzCase fuzzCase) {
		long start = System.nanoTime();
		Path folder = work.resolve("case-" + fuzzCase.number());
		CaseResult result;
		try {
			Files.createDirectories(folder);
			result = switch (fuzzCase.target()) {
				case DISCLOSURE, CATALOG, GUIDELINE -> tekigoText(fuzzCase, folder);
				case CHECKLIST_TEXT -> checklistText(fuzzCase, folder);
				case CHECKLIST_XLSX -> checklistWorkbook(fuzzCase, folder);
				case CHECKLIST_PDF -> checklistPdf(fuzzCase, folder);
			};
		} catch (Throwable failure) {
			result = new CaseResult(fuzzCase, Outcome.INTERNAL_ERROR, String.valueOf(failure), 0);
		} finally {
			delete(folder);
		}
		return new CaseResult(fuzzCase, result.outcome(), result.detail(), (System.nanoTime() - start) / 1_000_000);
	}

	// ---- Tekigo text: check, report, format ----------------------------------------------------

	private CaseResult tekigoText(FuzzCase fuzzCase, Path folder) throws IOException {
		Path ws = copyOfSample(folder);
		Path damaged = ws.resolve(fuzzCase.target().file());
		String text = TextMutation.valueOf(fuzzCase.mutation()).mutate(Files.readString(damaged), fuzzCase.seed());
		Files.writeString(damaged, text, StandardCharsets.UTF_8);

		Cli check = Cli.run("check", ws.toString());
		CaseResult failed = commonFailure(fuzzCase, check, 0, 1);
		if (failed != null) {
			return failed;
		}
		String unclear = check.out().lines().filter(line -> !DIAGNOSTIC.matcher(line).matches()).findFirst().orElse(null);
		if (unclear != null) {
			return result(fuzzCase, Outcome.UNCLEAR_MESSAGE, "check printed: " + unclear);
		}
		Path out = folder.resolve("reports");
		Cli report = Cli.run("report", ws.toString(), "--out", out.toString());
		failed = commonFailure(fuzzCase, report, 0, 1);
		if (failed != null) {
			return failed;
		}
		if (report.status() == 0) {
			String partial = partialReport(out);
			if (partial != null) {
				return result(fuzzCase, Outcome.PARTIAL_REPORT, partial);
			}
		}
		String changed = formatChangesMeaning(ws, damaged, text);
		if (changed != null) {
			return result(fuzzCase, Outcome.FORMAT_CHANGED_MEANING, changed);
		}
		return result(fuzzCase, Outcome.CHECKED, check.out().lines().reduce((a, b) -> b).orElse(""));
	}

	/** Null when formatting the damaged file (if it parses) and parsing it again gives the same model. */
	private String formatChangesMeaning(Path ws, Path damaged, String text) throws IOException {
		XtextResource parsed = load(ws, damaged);
		if (parsed == null || parsed.getContents().isEmpty() || parsed.getParseResult().hasSyntaxErrors()) {
			return null;
		}
		String formatted = formatting.format(parsed);
		Files.writeString(damaged, formatted, StandardCharsets.UTF_8);
		XtextResource again = load(ws, damaged);
		if (again.getParseResult().hasSyntaxErrors()) {
			return "the formatted text has syntax errors: " + again.getErrors().get(0).getMessage();
		}
		String difference = ModelEquality.difference(parsed.getContents().get(0), again.getContents().get(0));
		if (difference == null && !formatting.format(again).equals(formatted)) {
			return "formatting twice gives another text";
		}
		return difference;
	}

	private static XtextResource load(Path ws, Path file) {
		try {
			Workspace workspace = Workspace.load(TekigoCli.injector(), WorkspaceFiles.collect(List.of(ws.toString())));
			for (Map.Entry<SourceFile, XtextResource> entry : workspace.resources().entrySet()) {
				if (Files.isSameFile(entry.getKey().path(), file)) {
					return entry.getValue();
				}
			}
			return null;
		} catch (Exception e) {
			return null; // `check` has already said what it thinks of the file
		}
	}

	/** Null when every report file of every disclosure folder is there and whole. */
	private static String partialReport(Path out) throws IOException {
		List<Path> folders;
		try (Stream<Path> list = Files.list(out)) {
			folders = list.filter(Files::isDirectory).toList();
		}
		if (folders.isEmpty()) {
			return "no disclosure folder";
		}
		for (Path folder : folders) {
			for (String name : REPORT_FILES) {
				Path file = folder.resolve(name);
				String problem = wholeness(file);
				if (problem != null) {
					return file.getFileName() + ": " + problem;
				}
			}
		}
		return null;
	}

	/** Null when the file is whole: an xlsx POI opens, HTML that ends, JSON that parses. */
	public static String wholeness(Path file) {
		try {
			if (!Files.isRegularFile(file)) {
				return "missing";
			}
			String name = file.getFileName().toString();
			if (name.endsWith(".xlsx")) {
				try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
					return workbook.getNumberOfSheets() > 0 ? null : "no sheets";
				}
			}
			String text = Files.readString(file);
			if (name.endsWith(".html")) {
				return text.stripTrailing().endsWith("</html>") ? null : "HTML cut short";
			}
			if (name.endsWith(".json")) {
				JsonParser.parseString(text);
				return null;
			}
			return text.isEmpty() ? "empty" : null;
		} catch (Exception e) {
			return String.valueOf(e);
		}
	}

	// ---- the published checklist's text ---------------------------------------------------------

	private CaseResult checklistText(FuzzCase fuzzCase, Path folder) throws IOException {
		Path source = folder.resolve("checklist.txt");
		String text = Files.readString(sample.resolve(fuzzCase.target().file()));
		Files.writeString(source, TextMutation.valueOf(fuzzCase.mutation()).mutate(text, fuzzCase.seed()), StandardCharsets.UTF_8);
		Path out = folder.resolve("ws");
		Cli imported = Cli.run("import", source.toString(), "--out", out.toString());
		CaseResult failed = commonFailure(fuzzCase, imported, 0, 2);
		if (failed != null) {
			return failed;
		}
		if (imported.status() == 2) {
			if (!imported.firstErrorLine().matches("tekigo: " + Pattern.quote(source.toString()) + ":\\d+: .+")) {
				return result(fuzzCase, Outcome.UNCLEAR_MESSAGE, imported.firstErrorLine());
			}
			if (Files.exists(out)) {
				return result(fuzzCase, Outcome.CHANGED_ON_REFUSAL, "the output folder was created");
			}
			return result(fuzzCase, Outcome.REFUSED, imported.firstErrorLine().replace(source.toString(), "checklist.txt"));
		}
		return checkedAfterImport(fuzzCase, out, imported);
	}

	// ---- checklist.xlsx -------------------------------------------------------------------------

	private CaseResult checklistWorkbook(FuzzCase fuzzCase, Path folder) throws IOException {
		Path ws = copyOfSample(folder);
		Path edited = folder.resolve("checklist.xlsx");
		WorkbookMutation.valueOf(fuzzCase.mutation()).mutate(checklist, edited, fuzzCase.seed());
		String before = Files.readString(ws.resolve("chatwork.tekigo"));
		Cli imported = Cli.run("import", edited.toString(), "--out", ws.toString());
		CaseResult failed = commonFailure(fuzzCase, imported, 0, 2);
		if (failed != null) {
			return failed;
		}
		if (imported.status() == 2) {
			if (!imported.firstErrorLine().startsWith("tekigo: " + edited + ": ")) {
				return result(fuzzCase, Outcome.UNCLEAR_MESSAGE, imported.firstErrorLine());
			}
			if (!before.equals(Files.readString(ws.resolve("chatwork.tekigo")))) {
				return result(fuzzCase, Outcome.CHANGED_ON_REFUSAL, "chatwork.tekigo changed");
			}
			return result(fuzzCase, Outcome.REFUSED, imported.firstErrorLine().replace(edited.toString(), "checklist.xlsx"));
		}
		return checkedAfterImport(fuzzCase, ws, imported);
	}

	// ---- checklist.pdf --------------------------------------------------------------------------

	private CaseResult checklistPdf(FuzzCase fuzzCase, Path folder) throws IOException {
		Path damaged = folder.resolve("checklist.pdf");
		PdfMutation.valueOf(fuzzCase.mutation()).mutate(pdf(), damaged, fuzzCase.seed());
		Path out = folder.resolve("ws");
		Cli imported = Cli.run("import", damaged.toString(), "--out", out.toString());
		CaseResult failed = commonFailure(fuzzCase, imported, 0, 2);
		if (failed != null) {
			return failed;
		}
		if (imported.status() == 2) {
			if (!imported.firstErrorLine().startsWith("tekigo: " + damaged + ": ")) {
				return result(fuzzCase, Outcome.UNCLEAR_MESSAGE, imported.firstErrorLine());
			}
			if (Files.exists(out)) {
				return result(fuzzCase, Outcome.CHANGED_ON_REFUSAL, "the output folder was created");
			}
			return result(fuzzCase, Outcome.REFUSED, imported.firstErrorLine().replace(damaged.toString(), "checklist.pdf"));
		}
		return checkedAfterImport(fuzzCase, out, imported);
	}

	/** The sample's checklist.xlsx printed to PDF by LibreOffice headless, once per run. */
	private synchronized Path pdf() throws IOException {
		Path pdf = checklist.resolveSibling("checklist.pdf");
		if (!Files.exists(pdf)) {
			Path log = work.resolve("libreoffice.log");
			ProcessBuilder convert = new ProcessBuilder("libreoffice", "-env:UserInstallation=" + work.resolve("lo-profile").toUri(),
					"--headless", "--convert-to", "pdf", "--outdir", pdf.getParent().toString(), checklist.toString())
					.redirectErrorStream(true).redirectOutput(log.toFile());
			try {
				if (!convert.start().waitFor(300, java.util.concurrent.TimeUnit.SECONDS) || !Files.exists(pdf)) {
					throw new IOException("libreoffice did not print the checklist to PDF: " + Files.readString(log));
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IOException(e);
			}
		}
		return pdf;
	}

	private static CaseResult checkedAfterImport(FuzzCase fuzzCase, Path ws, Cli imported) {
		Cli check = Cli.run("check", ws.toString());
		if (check.status() != 0) {
			return result(fuzzCase, Outcome.BROKEN_WORKSPACE, check.out().lines().findFirst().orElse(check.err()));
		}
		long warnings = imported.out().lines().filter(line -> line.contains(": warning: ")).count();
		return result(fuzzCase, Outcome.IMPORTED, warnings == 0 ? "" : warnings + " cells reported");
	}

	// ---- common ---------------------------------------------------------------------------------

	/** The failure every command can show: exit 3, an exit status not allowed, a stack trace. */
	private static CaseResult commonFailure(FuzzCase fuzzCase, Cli run, int... allowed) {
		if (run.status() == TekigoCli.EXIT_INTERNAL) {
			return result(fuzzCase, Outcome.INTERNAL_ERROR, run.firstErrorLine());
		}
		if (run.showsJava()) {
			return result(fuzzCase, Outcome.STACK_TRACE, (run.err() + run.out()).lines().findFirst().orElse(""));
		}
		for (int status : allowed) {
			if (run.status() == status) {
				return null;
			}
		}
		return result(fuzzCase, Outcome.UNEXPECTED_EXIT, "exit " + run.status() + ": " + run.firstErrorLine());
	}

	private static CaseResult result(FuzzCase fuzzCase, Outcome outcome, String detail) {
		return new CaseResult(fuzzCase, outcome, detail, 0);
	}

	private Path copyOfSample(Path folder) throws IOException {
		Path ws = Files.createDirectories(folder.resolve("ws"));
		for (String file : WORKSPACE) {
			Files.copy(sample.resolve(file), ws.resolve(file));
		}
		return ws;
	}

	static void delete(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			List<Path> paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
			for (Path path : paths) {
				Files.deleteIfExists(path);
			}
		} catch (IOException e) {
			// a case's folder left behind is harmless; the next run of the harness starts a new work folder
		}
	}
}
