package org.tekigo.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tekigo.cli.Language;
import org.tekigo.cli.tests.CheckCommandTest.Run;

/**
 * The command line speaks the user's language: Japanese or English, chosen by {@code --lang}, else
 * by LC_ALL, LC_MESSAGES and LANG as POSIX orders them. The check of the examples (the tour, the sample and
 * the hospital's review of it) is compared with its reviewed output in both languages (golden/); issue codes stay the same in both.
 */
class LanguageTest {

	private static final Path ROOT = Path.of("../..");

	@Test
	void theOptionWinsThenTheLocaleVariablesInTheirOrder() {
		record Case(List<String> args, Map<String, String> environment, Locale expected) {
		}
		for (Case c : List.of(
				new Case(List.of("check"), Map.of(), Locale.ENGLISH),
				new Case(List.of("check"), Map.of("LANG", "ja_JP.UTF-8"), Locale.JAPANESE),
				new Case(List.of("check"), Map.of("LANG", "ja_JP.UTF-8", "LC_MESSAGES", "en_US.UTF-8"), Locale.ENGLISH),
				new Case(List.of("check"), Map.of("LANG", "en_US.UTF-8", "LC_MESSAGES", "ja_JP.UTF-8"), Locale.JAPANESE),
				new Case(List.of("check"), Map.of("LC_ALL", "C", "LC_MESSAGES", "ja_JP.UTF-8"), Locale.ENGLISH),
				new Case(List.of("check"), Map.of("LANG", ""), Locale.ENGLISH),
				new Case(List.of("--lang", "ja", "check"), Map.of("LC_ALL", "en_US.UTF-8"), Locale.JAPANESE),
				new Case(List.of("check", "--lang=en"), Map.of("LANG", "ja_JP.UTF-8"), Locale.ENGLISH))) {
			assertEquals(c.expected(), Language.choose(c.args().toArray(String[]::new), c.environment()), c.toString());
		}
	}

	@Test
	void theCheckOfTheExamplesReadsAsReviewedInEnglish() throws Exception {
		Run run = SeparateJvm.tekigo(ROOT, Map.of("LANG", "C.UTF-8"), "check", "examples");
		assertEquals(0, run.status(), run.err());
		assertEquals(golden("check-examples.en.txt", run.out()), run.out());
	}

	@Test
	void theCheckOfTheExamplesReadsAsReviewedInJapanese() throws Exception {
		Run run = SeparateJvm.tekigo(ROOT, Map.of("LANG", "C.UTF-8"), "--lang", "ja", "check", "examples");
		assertEquals(0, run.status(), run.err());
		assertEquals(golden("check-examples.ja.txt", run.out()), run.out());
	}

	@Test
	void aJapaneseLocaleGivesJapaneseAndTheIssueCodesStay() throws Exception {
		Run japanese = SeparateJvm.tekigo(ROOT, Map.of("LANG", "C.UTF-8", "LC_MESSAGES", "ja_JP.UTF-8"), "check", "examples/chatwork");
		Run english = SeparateJvm.tekigo(ROOT, Map.of("LANG", "C.UTF-8"), "check", "examples/chatwork");
		assertEquals("5 ファイルを検査しました: エラー 0 件、警告 52 件", japanese.outLines().getLast());
		assertEquals(codes(english), codes(japanese), "the codes CI scripts grep for do not depend on the language");
		Run refused = SeparateJvm.tekigo(ROOT, Map.of("LANG", "ja_JP.UTF-8"), "check", "no/such/folder");
		assertEquals(2, refused.status());
		assertEquals("tekigo: no/such/folder: そのようなファイルやフォルダはありません\n", refused.err());
	}

	@Test
	void theHelpOfEveryCommandIsInJapanese() throws Exception {
		for (String command : List.of("", "check", "import", "report", "diff", "compare", "new-review", "lsp", "help")) {
			List<String> args = new java.util.ArrayList<>(List.of("--lang", "ja"));
			args.addAll(command.isEmpty() ? List.of("--help") : List.of("help", command));
			Run help = SeparateJvm.tekigo(ROOT, Map.of("LANG", "C.UTF-8"), args.toArray(String[]::new));
			assertEquals(0, help.status(), help.err());
			assertTrue(help.out().contains("使い方: tekigo"), help.out());
			// Every line that describes (the description, each option) is in Japanese: an option
			// without its Japanese text would show the annotation's English here.
			List<String> english = help.outLines().stream().skip(1).filter(line -> !line.isBlank())
					.filter(line -> !line.startsWith("コマンド:") && !syntaxOnly(line))
					.filter(line -> line.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
							|| Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
					.toList();
			assertEquals(List.of(), english, "tekigo help " + command + ":\n" + help.out());
		}
	}

	/** A line of the synopsis or an option's name alone: options, <params>, [groups], a command's name. */
	private static boolean syntaxOnly(String line) {
		return java.util.Arrays.stream(line.strip().split("[\\s,]+")).allMatch(token -> token.matches("[-<\\[].*|.*[>\\]](\\.\\.\\.)?|\\.\\.\\.|[a-z-]+"));
	}

	private static List<String> codes(Run run) {
		return run.outLines().stream().filter(line -> line.endsWith("]")).map(line -> line.replaceAll(": (warning|error): .* \\[", " [")).toList();
	}

	/**
	 * LANG=ja_JP.UTF-8 where that locale is not generated (most CI containers): Java alone would
	 * print ASCII, every Japanese character as "?"; tekigo prints UTF-8 because the environment says so.
	 */
	@Test
	void aUtf8LocaleTheMachineLacksStillGetsUtf8() throws Exception {
		Run run = SeparateJvm.asTheShellRunsIt(ROOT, Map.of("LANG", "ja_JP.UTF-8"), "check", "examples/tour");
		assertEquals(0, run.status(), run.err());
		assertTrue(run.out().contains("ファイルを検査しました"), run.out());
		assertFalse(run.out().contains("?"), run.out());
	}

	/** The reviewed output; this run's is left in target/ beside it, to compare or to review anew. */
	private static String golden(String name, String actual) throws IOException {
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", name), actual);
		Path golden = Path.of("golden", name);
		assertTrue(Files.exists(golden), golden + " is missing; this run's output is in target/" + name);
		return Files.readString(golden);
	}
}
