package org.tekigo.robustness.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.cli.TekigoCli;
import org.tekigo.robustness.CaseRunner;
import org.tekigo.cli.tests.process.ChildTekigo;

/**
 * `tekigo report` and both imports killed (SIGKILL) at random points, many times: no target file
 * is ever partial, every file is the old one or the new one, the workspace checks as before, and
 * the next run leaves no temporary file behind.
 */
class KilledRunTest {

	private static final int KILLS = 6;
	private static final List<String> WORKSPACE = List.of("mhlw50.tekigo", "mhlw51.tekigo", "provider.tekigo", "chatwork.tekigo");
	private static final List<String> REPORTS = List.of("checklist.xlsx", "gap-report.html", "gap-report.xlsx", "gap-report.md",
			"gap-report.json");

	@TempDir
	Path dir;

	private final Random random = new Random(20261201);

	@Test
	void aKilledReportLeavesEveryReportWholeAndTheNextRunLeavesNoTemporaryFile() throws Exception {
		Path ws = sampleCopy("ws");
		Path out = dir.resolve("out");
		assertEquals(0, tekigo("report", ws.toString(), "--out", out.toString()));
		long fullRun = timedChild("report", ws.toString(), "--out", out.toString());
		for (int kill = 0; kill < KILLS; kill++) {
			killedChild(fullRun, "report", ws.toString(), "--out", out.toString());
			for (String report : REPORTS) {
				assertNull(CaseRunner.wholeness(out.resolve("chatwork").resolve(report)), report + " after kill " + kill);
			}
		}
		assertEquals(0, tekigo("report", ws.toString(), "--out", out.toString()));
		try (Stream<Path> files = Files.list(out.resolve("chatwork"))) {
			assertEquals(Set.copyOf(REPORTS), Set.copyOf(files.map(f -> f.getFileName().toString()).toList()),
					"the reports and nothing else: the killed runs' temporary files are gone");
		}
	}

	@Test
	void aKilledTextImportLeavesEachFileOldOrNewAndTheWorkspaceChecking() throws Exception {
		Path ws = sampleCopy("ws");
		// An earlier import that differs from the one about to run, so that old and new can be told apart.
		Path chatwork = ws.resolve("chatwork.tekigo");
		Files.writeString(chatwork, Files.readString(chatwork).replace("管理規定を定めています。", "管理規定を定めました。"));
		Path checklist = FuzzSubsetTest.SAMPLE.resolve("published/chatwork-checklist.txt").toAbsolutePath();
		assertOldOrNewAfterKills(ws, FuzzSubsetTest.SAMPLE, "import", checklist.toString(), "--out", ws.toString());
	}

	@Test
	void aKilledSpreadsheetImportLeavesTheDisclosureOldOrNewAndTheWorkspaceChecking() throws Exception {
		Path ws = sampleCopy("ws");
		Path out = dir.resolve("out");
		assertEquals(0, tekigo("report", ws.toString(), "--out", out.toString()));
		Path xlsx = out.resolve("chatwork/checklist.xlsx");
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				if (row.getCell(11) != null && row.getCell(11).getStringCellValue().equals("1.1-①-1")) {
					row.getCell(9).setCellValue("不適合");
				}
			}
			try (OutputStream stream = Files.newOutputStream(xlsx)) {
				workbook.write(stream);
			}
		}
		Path expected = sampleCopy("expected");
		assertEquals(0, tekigo("import", xlsx.toString(), "--out", expected.toString()));
		assertOldOrNewAfterKills(ws, expected, "import", xlsx.toString(), "--out", ws.toString());
	}

	/** Kills the command several times; each file of {@code ws} must then be as it was or as in {@code expected}. */
	private void assertOldOrNewAfterKills(Path ws, Path expected, String... args) throws Exception {
		List<String> old = WORKSPACE.stream().map(f -> read(ws.resolve(f))).toList();
		long fullRun = timedChild(args);
		restore(ws, old);
		int changed = 0;
		for (int kill = 0; kill < KILLS; kill++) {
			killedChild(fullRun, args);
			for (int i = 0; i < WORKSPACE.size(); i++) {
				String now = read(ws.resolve(WORKSPACE.get(i)));
				String after = read(expected.resolve(WORKSPACE.get(i)));
				assertTrue(now.equals(old.get(i)) || now.equals(after), WORKSPACE.get(i) + " is neither old nor new after kill " + kill);
				changed += now.equals(old.get(i)) ? 0 : 1;
			}
			StringWriter out = new StringWriter();
			assertEquals(0, TekigoCli.run(new String[] { "check", ws.toString() }, new PrintWriter(out), new PrintWriter(out)),
					out.toString());
			restore(ws, old);
		}
		System.out.println(args[0] + " " + args[1] + ": " + KILLS + " kills, " + changed + " files found already replaced");
	}

	private Path sampleCopy(String name) throws IOException {
		Path ws = Files.createDirectories(dir.resolve(name));
		for (String file : WORKSPACE) {
			Files.copy(FuzzSubsetTest.SAMPLE.resolve(file), ws.resolve(file));
		}
		return ws;
	}

	private static void restore(Path ws, List<String> texts) throws IOException {
		for (int i = 0; i < WORKSPACE.size(); i++) {
			Files.writeString(ws.resolve(WORKSPACE.get(i)), texts.get(i));
		}
	}

	/** How long the whole command takes in a child JVM, in milliseconds; it must succeed. */
	private long timedChild(String... args) throws Exception {
		long start = System.nanoTime();
		Process process = ChildTekigo.command(dir, args).redirectOutput(dir.resolve("child.log").toFile()).start();
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the child finished");
		assertEquals(0, process.exitValue(), Files.readString(dir.resolve("child.log")));
		return (System.nanoTime() - start) / 1_000_000;
	}

	/** Starts the command and kills it with SIGKILL at a random point of its run. */
	private void killedChild(long fullRun, String... args) throws Exception {
		Process process = ChildTekigo.command(dir, args).redirectOutput(dir.resolve("child.log").toFile()).start();
		// Mostly in the last half, where the files are written; now and then after the end.
		Thread.sleep(fullRun / 2 + (long) (random.nextDouble() * fullRun * 0.55));
		process.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
		process.waitFor(30, TimeUnit.SECONDS);
	}

	private static int tekigo(String... args) {
		StringWriter out = new StringWriter();
		return TekigoCli.run(args, new PrintWriter(out), new PrintWriter(out));
	}

	private static String read(Path file) {
		try {
			return Files.exists(file) ? Files.readString(file) : "";
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
