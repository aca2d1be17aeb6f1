package org.tekigo.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.cli.TekigoCli;

/** {@code tekigo check} as a user runs it: what it prints and the exit status it returns. */
class CheckCommandTest {

	static final Path TOUR = Path.of("../../examples/tour");

	record Run(int status, String out, String err) {
		List<String> outLines() {
			return out.lines().toList();
		}
	}

	static Run tekigo(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int status = TekigoCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
		return new Run(status, out.toString(), err.toString());
	}

	/** The tour's vendor side in 5.1 (guideline, catalog, disclosure), without the hospital's review and the 6.0 edition. */
	static Path copyOfTour(Path target) throws IOException {
		for (String file : List.of("mhlw51.tekigo", "provider.tekigo", "chatwork.tekigo")) {
			Files.copy(TOUR.resolve(file), target.resolve(file));
		}
		return target;
	}

	/** Clean but for the three answers the tour leaves stale on purpose; warnings do not fail a check. */
	@Test
	void tourHasOnlyItsStaleAnswersAndExitsZero() {
		Run run = tekigo("check", TOUR.toString());
		String d = TOUR + "/chatwork60.tekigo";
		assertEquals(List.of(
				d + ":17:2: warning: Stale answer: requirement operations/7/① changed since this answer was given; requirement "
						+ "operations/7/② changed since this answer was given [tekigo.staleAnswer]",
				d + ":34:2: warning: Stale answer: the text of item 1.2-①-3 changed since this answer was given [tekigo.staleAnswer]",
				d + ":39:2: warning: Stale answer: requirement planning/13/② changed since this answer was given [tekigo.staleAnswer]",
				"7 files checked: 0 errors, 3 warnings, of which 3 stale answers"), run.outLines());
		assertEquals(0, run.status());
		assertEquals("", run.err());
	}

	@Test
	void diagnosticsArePrintedSortedWithPathLineAndColumn(@TempDir Path dir) throws IOException {
		Path workspace = copyOfTour(dir);
		Path disclosure = workspace.resolve("chatwork.tekigo");
		String text = Files.readString(disclosure)
				.replace("1.1-①-2 適合可能", "1.1-①-9 適合可能")
				.replace("1.1-③-1 対象外 see aws", "1.1-③-1 対象外")
				.replace("due 2099-03-31", "due 2020-03-31");
		Files.writeString(disclosure, text);
		Run run = tekigo("check", workspace.toString());
		String d = workspace + "/chatwork.tekigo";
		// Columns count characters, a tab as one, as Eclipse and most editors do.
		assertEquals(List.of(
				d + ":2:45: warning: Item 1.1-①-2 has no answer [tekigo.unansweredItem]",
				d + ":5:12: warning: Statement aws is never used [tekigo.unusedStatement]",
				d + ":12:2: error: Cannot resolve reference to Item \"1.1-①-9\". [org.eclipse.xtext.diagnostics.Diagnostic.Linking]",
				d + ":16:10: warning: 対象外 without a reason: give a comment or a statement [tekigo.notApplicableWithoutReason]",
				d + ":37:45: warning: Due date 2020-03-31 is in the past [tekigo.dueDatePast]",
				"3 files checked: 1 errors, 4 warnings"), run.outLines());
		assertEquals(1, run.status());
	}

	@Test
	void singleFilesCanBeNamed() {
		Run run = tekigo("check", TOUR.resolve("provider.tekigo").toString(), TOUR.resolve("mhlw51.tekigo").toString());
		assertEquals(0, run.status());
		assertEquals("3 files checked: 0 errors, 0 warnings".replace("3", "2"), run.outLines().getLast());
	}

	@Test
	void missingPathIsBadInput() {
		Run run = tekigo("check", "no/such/folder");
		assertEquals(2, run.status());
		assertEquals("tekigo: no/such/folder: no such file or folder\n", run.err());
		assertEquals("", run.out());
	}

	@Test
	void folderWithoutTekigoFilesIsBadInput(@TempDir Path dir) {
		Run run = tekigo("check", dir.toString());
		assertEquals(2, run.status());
		assertTrue(run.err().startsWith("tekigo: no .tekigo files in "), run.err());
	}

	@Test
	void fileInAnotherEncodingIsBadInputNamingTheLine(@TempDir Path dir) throws IOException {
		String text = Files.readString(TOUR.resolve("chatwork.tekigo"), StandardCharsets.UTF_8);
		Path sjis = dir.resolve("chatwork.tekigo");
		Files.write(sjis, text.getBytes(Charset.forName("Shift_JIS")));
		Run run = tekigo("check", sjis.toString());
		assertEquals(2, run.status());
		// Lines 1 to 4 are ASCII, the same in both encodings; line 5 holds the first Japanese text.
		assertEquals("tekigo: " + sjis + ":5: not UTF-8 text\n", run.err());
	}

	@Test
	void badUsageExitsTwo() {
		Run noFiles = tekigo("check");
		assertEquals(2, noFiles.status());
		assertTrue(noFiles.err().contains("Missing required parameter"), noFiles.err());
		assertEquals(2, tekigo("chek", "x").status());
	}
}
