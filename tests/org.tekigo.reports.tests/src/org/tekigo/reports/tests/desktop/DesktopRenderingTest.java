package org.tekigo.reports.tests.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.reports.checklist.ChecklistWorkbookReader;
import org.tekigo.reports.checklist.ChecklistWorkbookWriter;
import org.tekigo.reports.checklist.EditedAnswer;
import org.tekigo.reports.gap.GapAnalysis;
import org.tekigo.reports.gap.GapHtmlWriter;
import org.tekigo.reports.model.DisclosureView;
import org.tekigo.reports.model.DisclosureView.Status;
import org.tekigo.reports.tests.fixture.ChatworkFixture;

/**
 * Opens the reports with the programs hospitals and vendors use: LibreOffice for the checklist,
 * a Chromium browser for the gap report. Skipped where those programs are not installed.
 */
@Tag("desktop")
class DesktopRenderingTest {

	/** The reviewed Japanese report: this class runs in the module's -nl ja execution. */
	@org.junit.jupiter.api.BeforeAll
	static void inJapanese() {
		org.junit.jupiter.api.Assumptions.assumeTrue(java.util.Locale.getDefault().getLanguage().equals("ja"),
				"runs in the -nl ja execution of this module (mvn verify runs it there)");
	}

	private static final long TIMEOUT_SECONDS = 180;

	@TempDir
	Path folder;

	private final DisclosureView disclosure = ChatworkFixture.disclosure();

	@Test
	void libreOfficePrintsTheChecklist() throws Exception {
		assumeTrue(onPath("libreoffice") && onPath("pdfinfo"), "libreoffice and pdfinfo (poppler-utils) needed");
		Path xlsx = folder.resolve("checklist.xlsx");
		new ChecklistWorkbookWriter().write(disclosure, xlsx);

		Result conversion = run(libreOffice("pdf", xlsx));
		Path pdf = folder.resolve("out/checklist.pdf");
		assertTrue(Files.isRegularFile(pdf), "no PDF; libreoffice said: " + conversion.output());

		Result info = run(List.of("pdfinfo", pdf.toString()));
		assertEquals(0, info.exitCode(), info.output());
		Matcher pages = Pattern.compile("(?m)^Pages:\\s+(\\d+)").matcher(info.output());
		assertTrue(pages.find(), info.output());
		assertTrue(Integer.parseInt(pages.group(1)) >= 1);
		assertTrue(info.output().contains("1190.55 x 841.89"), "A3 landscape: " + info.output());
	}

	@Test
	void aChecklistSavedByLibreOfficeStillReadsBack() throws Exception {
		assumeTrue(onPath("libreoffice"), "libreoffice needed");
		Path xlsx = folder.resolve("checklist.xlsx");
		new ChecklistWorkbookWriter().write(disclosure, xlsx);

		Result conversion = run(libreOffice("xlsx:Calc MS Excel 2007 XML", xlsx));
		Path saved = folder.resolve("out/checklist.xlsx");
		assertTrue(Files.isRegularFile(saved), "libreoffice said: " + conversion.output());

		Map<String, EditedAnswer> answers = new ChecklistWorkbookReader().read(saved).answers();
		assertEquals(ChatworkFixture.rowIds(disclosure), List.copyOf(answers.keySet()));
		assertEquals(Status.NONCONFORMANT.label(), answers.get("1.7-①-1[8.1.2/D/2]").word());
		assertEquals(ChatworkFixture.HYPERLINK_COMMENT, answers.get("1.1-⑥-2").comment());
		assertEquals(ChatworkFixture.SCRIPT_COMMENT, answers.get("3.20-①-2").comment());
	}

	@Test
	void chromiumLoadsTheGapReportWithoutErrors() throws Exception {
		String chromium = onPath("chromium") ? "chromium" : onPath("chromium-browser") ? "chromium-browser" : null;
		assumeTrue(chromium != null, "chromium needed");
		Path html = folder.resolve("gap-report.html");
		new GapHtmlWriter().write(GapAnalysis.of(disclosure), html);

		Path profile = Files.createDirectories(folder.resolve("chromium-profile"));
		Result dump = run(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
				"--enable-logging=stderr", "--v=0", "--dump-dom", html.toUri().toString()));

		assertEquals(0, dump.exitCode(), dump.output());
		assertTrue(dump.output().contains("不適合一覧（9件）"), "the DOM was dumped");
		List<String> pageErrors = new ArrayList<>();
		for (String line : dump.output().split("\n")) {
			if (line.contains("Uncaught") || line.contains("ERROR:CONSOLE")) {
				pageErrors.add(line);
			}
		}
		assertEquals(List.of(), pageErrors);
	}

	private List<String> libreOffice(String format, Path file) {
		// A profile of its own: a LibreOffice already open on the desktop would otherwise take the job.
		return List.of("libreoffice", "-env:UserInstallation=" + folder.resolve("lo-profile").toUri(), "--headless",
				"--convert-to", format, "--outdir", folder.resolve("out").toString(), file.toString());
	}

	private record Result(int exitCode, String output) {
	}

	private Result run(List<String> command) throws IOException, InterruptedException {
		Path log = Files.createTempFile(folder, "process", ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError(command.get(0) + " did not finish in " + TIMEOUT_SECONDS + " s: " + Files.readString(log));
		}
		return new Result(process.exitValue(), Files.readString(log));
	}

	private static boolean onPath(String program) {
		String path = System.getenv("PATH");
		if (path == null) {
			return false;
		}
		for (String folder : path.split(File.pathSeparator)) {
			if (Files.isExecutable(Path.of(folder, program))) {
				return true;
			}
		}
		return false;
	}
}
