package org.tekigo.reports.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.reports.io.AtomicFiles;

class AtomicFilesTest {

	@TempDir
	Path folder;

	@Test
	void replacesTheTargetWithTheNewContent() throws IOException {
		Path report = folder.resolve("checklist.xlsx");
		AtomicFiles.writeString(report, "old report");
		AtomicFiles.writeString(report, "new report");
		assertEquals("new report", Files.readString(report));
		assertEquals(List.of(report), filesIn(folder));
	}

	@Test
	void createsMissingFolders() throws IOException {
		Path report = folder.resolve("out/reports/gap.html");
		AtomicFiles.writeString(report, "<html></html>");
		assertEquals("<html></html>", Files.readString(report));
	}

	@Test
	void aWriterFailingHalfwayLeavesThePreviousReportAndNoTemporaryFile() throws IOException {
		Path report = folder.resolve("checklist.xlsx");
		AtomicFiles.writeString(report, "previous complete report");

		IOException failure = assertThrows(IOException.class, () -> AtomicFiles.write(report, out -> {
			out.write("half of a new rep".getBytes(StandardCharsets.UTF_8));
			out.flush();
			throw new IOException("disk full");
		}));

		assertEquals("disk full", failure.getMessage());
		assertEquals("previous complete report", Files.readString(report));
		assertEquals(List.of(report), filesIn(folder));
	}

	@Test
	void anUncheckedFailureAlsoCleansUp() throws IOException {
		Path report = folder.resolve("gap.json");
		assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(report, out -> {
			out.write('{');
			throw new UncheckedIOException(new IOException("interrupted"));
		}));
		assertEquals(List.of(), filesIn(folder), "no target was there and none may appear, nor a temporary file");
	}

	@Test
	void theNextWriteRemovesTheTemporaryFilesAKilledRunLeftButNotThoseOfARunStillWriting() throws IOException {
		Path report = folder.resolve("checklist.xlsx");
		Path ofEarlierVersion = Files.createFile(folder.resolve(".checklist.xlsx.0b6f3c1e-7a55-4c59-9d43-3c1b1f8e2a10.tmp"));
		Path ofDeadProcess = Files.createFile(folder.resolve(".checklist.xlsx." + deadPid() + ".1c1e7a55-4c59.tmp"));
		Path ofLiveProcess = Files.createFile(folder.resolve(".checklist.xlsx." + ProcessHandle.current().pid() + ".4c59-9d43.tmp"));
		Path ofAnotherReport = Files.createFile(folder.resolve(".gap-report.html.1.9d43-3c1b.tmp"));

		AtomicFiles.writeString(report, "report");

		assertEquals(List.of(ofLiveProcess, ofAnotherReport, report).stream().sorted().toList(), filesIn(folder));
		assertFalse(Files.exists(ofEarlierVersion));
		assertFalse(Files.exists(ofDeadProcess));
	}

	/** The id of a process that has ended. */
	private static long deadPid() throws IOException {
		try {
			Process process = new ProcessBuilder("true").start();
			process.waitFor();
			return process.pid();
		} catch (InterruptedException e) {
			throw new IOException(e);
		}
	}

	private static List<Path> filesIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}
}
