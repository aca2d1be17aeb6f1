package org.tekigo.reports.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

	private static List<Path> filesIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}
}
