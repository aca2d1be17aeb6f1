package org.tekigo.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tekigo.cli.tests.CheckCommandTest.tekigo;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.cli.tests.CheckCommandTest.Run;

/**
 * {@code tekigo import} on the published Chatwork checklist: the committed sample workspace is
 * exactly what the import writes, it checks without error, and bad input writes nothing.
 */
class ImportCommandTest {

	static final Path SAMPLE = Path.of("../../examples/chatwork");
	static final Path PUBLISHED = SAMPLE.resolve("published/chatwork-checklist.txt");
	static final List<String> FILES = List.of("mhlw50.tekigo", "mhlw51.tekigo", "provider-mhlw50.tekigo", "provider.tekigo", "chatwork.tekigo");

	@Test
	void importOfThePublishedChecklistIsTheCommittedSample(@TempDir Path out) throws IOException {
		Run run = tekigo("import", PUBLISHED.toString(), "--out", out.toString());
		assertEquals(0, run.status(), run.err());
		for (String file : FILES) {
			assertEquals(Files.readString(SAMPLE.resolve(file)), Files.readString(out.resolve(file)),
					file + " differs from the committed sample: run bin/tekigo import again and review the change");
		}
		assertEquals("433 answers of Chatwork to 428 items", run.outLines().getLast());
	}

	@Test
	void everyPrintedStatusBecomesOneAnswer() throws IOException {
		String source = Files.readString(PUBLISHED);
		String disclosure = Files.readString(SAMPLE.resolve("chatwork.tekigo"));
		for (String status : List.of("適合可能", "不適合", "対象外")) {
			// In the source a status is a word of its own, alone on its line or beside cell text:
			// "…措置を含める。 適合可能", "…行う。 適合可能 実施してます".
			assertEquals(count(source, "(?m)(^|[ \\t])" + status + "([ \\t]|$)"), count(disclosure, "(?m)^\\t\\S+( \\[\\S+\\])? " + status + "( |$)"),
					"answers " + status);
		}
	}

	/**
	 * Group, then the number of 適合可能, 不適合 and 対象外 answers. Counted from the published text
	 * apart from the parser: status words between one group heading ("1.1.規程・手順の") and the next.
	 */
	private static final List<String> ANSWERS_PER_GROUP = List.of(
				"1.1 23 4 9",
				"1.2 1 0 0",
				"1.3 10 2 0",
				"1.4 4 0 0",
				"1.5 5 2 1",
				"1.6 1 0 0",
				"1.7 11 1 0",
				"1.8 3 2 0",
				"1.9 12 2 2",
				"1.10 9 5 0",
				"1.11 4 1 0",
				"1.12 7 0 3",
				"1.13 13 2 0",
				"1.14 6 8 4",
				"2.1 2 0 6",
				"2.2 0 0 14",
				"2.3 7 0 0",
				"2.4 1 0 0",
				"2.5 2 0 0",
				"2.6 1 0 0",
				"2.7 2 0 0",
				"2.8 0 0 9",
				"3.1 20 10 2",
				"3.2 7 4 1",
				"3.3 19 6 1",
				"3.4 19 4 0",
				"3.5 8 0 0",
				"3.6 7 2 0",
				"3.7 9 0 4",
				"3.8 5 4 7",
				"3.9 6 1 1",
				"3.10 5 0 0",
				"3.11 1 1 1",
				"3.12 0 0 2",
				"3.13 14 3 6",
				"3.14 1 0 1",
				"3.15 0 0 5",
				"3.16 1 1 0",
				"3.17 1 0 0",
				"3.18 1 0 0",
				"3.19 3 1 1",
				"3.20 1 2 3",
				"3.21 9 1 8",
				"3.22 6 3 3"
				);

	@Test
	void answersOfEachStatusInEachGroup() throws IOException {
		Map<String, long[]> counts = new java.util.LinkedHashMap<>();
		Matcher answer = Pattern.compile("(?m)^\\t(\\d+\\.\\d+)-\\S+(?: \\[\\S+\\])? (適合可能|不適合|対象外)")
				.matcher(Files.readString(SAMPLE.resolve("chatwork.tekigo")));
		while (answer.find()) {
			long[] row = counts.computeIfAbsent(answer.group(1), group -> new long[3]);
			row[List.of("適合可能", "不適合", "対象外").indexOf(answer.group(2))]++;
		}
		List<String> actual = counts.entrySet().stream()
				.map(e -> e.getKey() + " " + e.getValue()[0] + " " + e.getValue()[1] + " " + e.getValue()[2]).toList();
		assertEquals(ANSWERS_PER_GROUP, actual);
	}

	@Test
	void sampleWorkspaceHasNoErrorAndOnlyRealFindings() {
		Run run = tekigo("check", SAMPLE.toString());
		assertEquals(0, run.status(), run.out());
		Map<String, Long> byCode = run.outLines().stream().filter(line -> line.endsWith("]"))
				.map(line -> line.substring(line.lastIndexOf('[') + 1, line.length() - 1))
				.collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
		// Each is a 不適合 on a class-C requirement that Chatwork published without a plan.
		assertEquals(Map.of("tekigo.minimumGapWithoutPlan", 52L), byCode);
		assertEquals("5 files checked: 0 errors, 52 warnings", run.outLines().getLast());
	}

	@Test
	void emptyFileIsRefusedAndNothingIsWritten(@TempDir Path dir) throws IOException {
		Path empty = Files.writeString(dir.resolve("empty.txt"), "");
		assertRefused(empty, dir.resolve("out"), ":1: the file is empty");
	}

	@Test
	void textThatIsNotAChecklistIsRefused(@TempDir Path dir) throws IOException {
		Path readme = Files.writeString(dir.resolve("notes.txt"), "議事録\n\n本日の議題は次のとおり。\n");
		assertRefused(readme, dir.resolve("out"), ":1:");
	}

	@Test
	void truncatedChecklistIsRefusedNamingWhereReadingFailed(@TempDir Path dir) throws IOException {
		List<String> lines = Files.readAllLines(PUBLISHED);
		// Cut inside measure ① of group 1.2, after its item text and before its answer.
		int cut = lines.indexOf("ランダムデータとの入れ替え等のデータ操作を定め、") + 1;
		assertTrue(cut > 0);
		Path truncated = dir.resolve("truncated.txt");
		Files.write(truncated, lines.subList(0, cut));
		assertRefused(truncated, dir.resolve("out"), ":");
	}

	@Test
	void checklistInAnotherEncodingIsRefusedNamingTheLine(@TempDir Path dir) throws IOException {
		Path sjis = dir.resolve("sjis.txt");
		Files.write(sjis, Files.readString(PUBLISHED, StandardCharsets.UTF_8).getBytes(Charset.forName("Shift_JIS")));
		Run run = assertRefused(sjis, dir.resolve("out"), ":2:");
		assertTrue(run.err().contains("UTF-8"), run.err());
	}

	@Test
	void existingOutputIsLeftAsItWasOnBadInput(@TempDir Path dir) throws IOException {
		Path out = Files.createDirectories(dir.resolve("out"));
		Files.writeString(out.resolve("chatwork.tekigo"), "previous");
		Run run = tekigo("import", Files.writeString(dir.resolve("empty.txt"), "").toString(), "--out", out.toString());
		assertEquals(2, run.status());
		assertEquals("previous", Files.readString(out.resolve("chatwork.tekigo")));
		try (Stream<Path> files = Files.list(out)) {
			assertEquals(1, files.count());
		}
	}

	private static Run assertRefused(Path input, Path out, String expectedLocation) {
		Run run = tekigo("import", input.toString(), "--out", out.toString());
		assertEquals(2, run.status(), run.out() + run.err());
		assertTrue(run.err().startsWith("tekigo: " + input + expectedLocation), run.err());
		assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
		assertFalse(Files.exists(out), "nothing may be written on bad input");
		return run;
	}

	private static long count(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		long n = 0;
		while (matcher.find()) {
			n++;
		}
		return n;
	}
}
