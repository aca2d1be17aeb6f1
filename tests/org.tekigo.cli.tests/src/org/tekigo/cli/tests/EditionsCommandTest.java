package org.tekigo.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tekigo.cli.tests.CheckCommandTest.tekigo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.cli.SourceFile;
import org.tekigo.cli.TekigoCli;
import org.tekigo.cli.Workspace;
import org.tekigo.cli.tests.CheckCommandTest.Run;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.workspace.Ids;
import org.tekigo.dsl.workspace.Requirements;

/**
 * Editions on the command line, on the real sample: {@code tekigo pin}, {@code tekigo migrate}
 * between the two editions the published checklist prints, the stale gate and the diff.
 */
class EditionsCommandTest {

	private static final Path SAMPLE = ImportCommandTest.SAMPLE;
	private static final Pattern PIN_LINE = Pattern.compile("\n\t\tpinned [^\n]*");

	private static Path copyOfSample(Path target) throws IOException {
		Files.createDirectories(target);
		for (String file : ImportCommandTest.FILES) {
			Files.copy(SAMPLE.resolve(file), target.resolve(file));
		}
		return target;
	}

	// ---- tekigo pin -------------------------------------------------------------------------

	@Test
	void pinWritesAPinUnderEveryAnswerThatHasNoneAndChangesNothingElse(@TempDir Path dir) throws IOException {
		Path workspace = CheckCommandTest.copyOfTour(dir);
		Path disclosure = workspace.resolve("chatwork.tekigo");
		String pinned = Files.readString(disclosure);
		Files.writeString(disclosure, PIN_LINE.matcher(pinned).replaceAll(""));
		assertTrue(tekigo("check", workspace.toString()).out().contains("11 answers are not pinned"));

		Run pin = tekigo("pin", workspace.toString());
		assertEquals(0, pin.status(), pin.err());
		assertEquals(List.of(disclosure + ": 11 answers pinned, 0 stale answers confirmed",
				"11 answers pinned, 0 stale answers confirmed, 0 stale answers left to confirm"), pin.outLines());
		assertEquals(pinned, Files.readString(disclosure), "the pins the tour shows, each under its answer; every other byte as it was");
		assertEquals(List.of("3 files checked: 0 errors, 0 warnings"), tekigo("check", workspace.toString()).outLines());
		assertEquals(List.of("0 answers pinned, 0 stale answers confirmed, 0 stale answers left to confirm"),
				tekigo("pin", workspace.toString()).outLines(), "pinned answers are left as they are");
	}

	@Test
	void pinLeavesStaleAnswersUntilTheyAreConfirmed(@TempDir Path dir) throws IOException {
		Path tour = Files.createDirectories(dir.resolve("tour"));
		try (var files = Files.list(CheckCommandTest.TOUR)) {
			for (Path file : files.toList()) {
				Files.copy(file, tour.resolve(file.getFileName()));
			}
		}
		Path migrated = tour.resolve("chatwork60.tekigo");
		String before = Files.readString(migrated);
		assertEquals(List.of("0 answers pinned, 0 stale answers confirmed, 3 stale answers left to confirm"),
				tekigo("pin", tour.toString()).outLines());
		assertEquals(before, Files.readString(migrated));
		Run confirm = tekigo("pin", tour.toString(), "--confirm-stale");
		assertEquals(List.of(migrated + ": 0 answers pinned, 3 stale answers confirmed",
				"0 answers pinned, 3 stale answers confirmed, 0 stale answers left to confirm"), confirm.outLines());
		assertEquals("7 files checked: 0 errors, 0 warnings", tekigo("check", tour.toString()).outLines().getLast());
	}

	@Test
	void pinRefusesAWorkspaceWithErrorsAndWritesNothing(@TempDir Path dir) throws IOException {
		Path workspace = CheckCommandTest.copyOfTour(dir);
		Path disclosure = workspace.resolve("chatwork.tekigo");
		String broken = PIN_LINE.matcher(Files.readString(disclosure)).replaceAll("").replace("1.1-①-2 適合可能", "1.1-①-9 適合可能");
		Files.writeString(disclosure, broken);
		Run pin = tekigo("pin", workspace.toString());
		assertEquals(1, pin.status());
		assertEquals("1 errors: fix them before pinning", pin.outLines().getLast());
		assertEquals(broken, Files.readString(disclosure));
	}

	// ---- tekigo migrate: the sample between the two editions its checklist prints ---------------

	@Test
	void theSampleMovesToTheEarlierEditionAndBackWithExactlyTheAnswersWhoseTextsDifferStale(@TempDir Path dir) throws Exception {
		Path workspace = copyOfSample(dir.resolve("sample"));
		Path out = dir.resolve("chatwork50.tekigo");

		Run refused = tekigo("migrate", workspace.toString(), "--disclosure", "chatwork", "--to", "provider-mhlw50", "--out", out.toString());
		assertEquals(2, refused.status());
		String unplaced = workspace.resolve("chatwork.tekigo") + ":701: 3.8-④-1[6.5/C/12] answers requirement 6.5/C/12, which has no "
				+ "counterpart in mhlw50";
		assertEquals(List.of(unplaced), refused.outLines(), "the one answer to a requirement new in 5.1, named with its line");
		assertEquals("tekigo: 1 answers have no place in catalog provider-mhlw50 (listed above): nothing was written; "
				+ "--drop-unplaced writes the others\n", refused.err());
		assertFalse(Files.exists(out));

		Run migrate = tekigo("migrate", workspace.toString(), "--disclosure", "chatwork", "--to", "provider-mhlw50", "--out", out.toString(),
				"--name", "chatwork50", "--drop-unplaced");
		assertEquals(0, migrate.status(), migrate.err());
		Set<String> expectedStale = answersWhoseTextsDiffer(workspace);
		assertEquals(List.of("dropped " + unplaced.substring(0, unplaced.indexOf(": 3.8")) + unplaced.substring(unplaced.indexOf(": 3.8")),
				"wrote " + out + ": 432 answers carried to provider-mhlw50, " + (432 - expectedStale.size()) + " unchanged, "
						+ expectedStale.size() + " stale (to confirm), 1 unplaced, 0 items of provider-mhlw50 unanswered"),
				migrate.outLines());

		// Every comment, statement, evidence and plan arrives byte for byte: the texts differ only by the
		// pins, the catalog named, the disclosure's id and the answer that had no place.
		String original = Files.readString(workspace.resolve("chatwork.tekigo"));
		String written = Files.readString(out);
		String expected = withoutPins(original).replace("disclosure chatwork \"Chatwork\" answers provider {",
				"disclosure chatwork50 \"Chatwork\" answers provider-mhlw50 {").replace("\t3.8-④-1 [6.5/C/12] 対象外 \"医療機関に無線LAN等の提供はありません\"\n", "");
		assertEquals(expected, withoutPins(written));

		// In the earlier edition's workspace it checks, and exactly the answers whose texts differ are stale.
		Path earlier = Files.createDirectories(dir.resolve("earlier"));
		for (String file : List.of("mhlw50.tekigo", "mhlw51.tekigo", "provider-mhlw50.tekigo", "provider.tekigo")) {
			Files.copy(workspace.resolve(file), earlier.resolve(file));
		}
		Files.copy(out, earlier.resolve("chatwork50.tekigo"));
		Run check = tekigo("check", earlier.toString());
		assertEquals(0, check.status(), check.out());
		assertEquals(expectedStale, staleAnswerIds(earlier.resolve("chatwork50.tekigo"), check));

		// And back: pinned to the 5.1 texts all along, no answer is stale in 5.1.
		Path back = dir.resolve("chatwork.tekigo");
		Run returned = tekigo("migrate", earlier.toString(), "--disclosure", "chatwork50", "--to", "provider", "--out", back.toString(),
				"--name", "chatwork");
		assertEquals(0, returned.status(), returned.err());
		assertTrue(returned.out().contains("432 answers carried to provider, 432 unchanged, 0 stale"), returned.out());
		assertEquals(original.replace("\t3.8-④-1 [6.5/C/12] 対象外 \"医療機関に無線LAN等の提供はありません\"\n\t\tpinned c0b69209, 6.5/C/12 206a560d\n", ""),
				Files.readString(back), "byte for byte the original, but for the answer that had no place in 5.0");
	}

	/**
	 * What the published text says must be stale: the answers (but the one without a place) that
	 * concern a requirement whose earlier text, as the checklist prints it beside the 5.1 text
	 * (mhlw51.tekigo's previous strings, without their own number), differs from the 5.1 text,
	 * or that the checklist prints without an earlier text (not in 5.0 at all).
	 */
	private static Set<String> answersWhoseTextsDiffer(Path workspace) throws Exception {
		Workspace sample = Workspace.load(TekigoCli.injector(), ImportCommandTest.FILES.stream()
				.map(file -> new SourceFile(workspace.resolve(file), file)).toList());
		Disclosure disclosure = sample.documents(Disclosure.class).getFirst();
		Set<String> stale = new TreeSet<>();
		for (Answer answer : disclosure.getAnswers()) {
			String id = Ids.of(answer.getItem()) + (answer.getRequirement() == null ? "" : "[" + Ids.of(answer.getRequirement()) + "]");
			if (!id.equals("3.8-④-1[6.5/C/12]") && Requirements.concerned(answer).stream().anyMatch(EditionsCommandTest::textDiffers)) {
				stale.add(id);
			}
		}
		assertTrue(stale.size() > 300 && stale.size() < 432, "nearly all differ, not all: " + stale.size());
		return stale;
	}

	private static final Pattern OWN_NUMBER = Pattern.compile("^\\s*[（(]?\\s*([0-9０-９]+)\\s*[）)．.]\\s*");

	private static boolean textDiffers(Requirement requirement) {
		if (requirement.getPrevious() == null) {
			return true;
		}
		String earlier = requirement.getPrevious();
		Matcher number = OWN_NUMBER.matcher(earlier);
		if (number.find() && String.valueOf(Integer.parseInt(number.group(1).chars()
				.mapToObj(c -> String.valueOf(Character.getNumericValue(c))).reduce("", String::concat))).equals(requirement.getName())) {
			earlier = earlier.substring(number.end());
		}
		return !earlier.equals(requirement.getText());
	}

	/** The answers the check reports stale in a file, by id, read from the file at the lines reported. */
	private static Set<String> staleAnswerIds(Path file, Run check) throws IOException {
		List<String> lines = Files.readAllLines(file);
		Set<String> ids = new LinkedHashSet<>();
		Pattern warning = Pattern.compile(Pattern.quote(file.toString()) + ":(\\d+):\\d+: warning: Stale answer: .*\\[tekigo.staleAnswer\\]");
		for (String line : check.outLines()) {
			Matcher matcher = warning.matcher(line);
			if (matcher.matches()) {
				Matcher answer = Pattern.compile("^\\t(\\S+)(?: \\[([^\\]]+)\\])? ").matcher(lines.get(Integer.parseInt(matcher.group(1)) - 1));
				assertTrue(answer.find(), lines.get(Integer.parseInt(matcher.group(1)) - 1));
				ids.add(answer.group(1) + (answer.group(2) == null ? "" : "[" + answer.group(2) + "]"));
			}
		}
		return new TreeSet<>(ids);
	}

	private static String withoutPins(String text) {
		return PIN_LINE.matcher(text).replaceAll("");
	}

	@Test
	void migrateRefusesWhatItCannotDoAndNeverOverwrites(@TempDir Path dir) throws IOException {
		Path workspace = copyOfSample(dir.resolve("sample"));
		Path input = workspace.resolve("chatwork.tekigo");
		String before = Files.readString(input);
		Run own = tekigo("migrate", workspace.toString(), "--disclosure", "chatwork", "--to", "provider", "--out", dir.resolve("x.tekigo").toString());
		assertEquals(2, own.status());
		assertEquals("tekigo: Disclosure chatwork answers catalog provider already: migrate it to another catalog\n", own.err());
		Run overwrite = tekigo("migrate", workspace.toString(), "--disclosure", "chatwork", "--to", "provider-mhlw50", "--out", input.toString(),
				"--drop-unplaced");
		assertEquals(2, overwrite.status());
		assertEquals("tekigo: " + input + ": exists already; migrate writes a new file, it never overwrites one\n", overwrite.err());
		assertEquals(before, Files.readString(input));
		Files.writeString(input, before.replace("1.1-①-2 適合可能", "1.1-①-99 適合可能"));
		Run errors = tekigo("migrate", workspace.toString(), "--disclosure", "chatwork", "--to", "provider-mhlw50", "--out",
				dir.resolve("y.tekigo").toString());
		assertEquals(1, errors.status());
		assertEquals("1 errors: fix them before migrating", errors.outLines().getLast());
		assertFalse(Files.exists(dir.resolve("x.tekigo")) || Files.exists(dir.resolve("y.tekigo")));
	}

	// ---- the stale gate, and the diff ------------------------------------------------------------

	@Test
	void theStaleGateFailsOnTheToursStaleAnswersAndPassesOnTheSample(@TempDir Path out) {
		Run tour = tekigo("report", CheckCommandTest.TOUR.toString(), "--out", out.resolve("tour").toString(), "--fail-on", "stale");
		assertEquals(1, tour.status());
		assertTrue(tour.outLines().contains("chatwork60-tour: gate stale fails: 3 stale answers (given against texts that changed since)"),
				tour.out());
		assertTrue(tour.outLines().contains("chatwork-tour: gate stale passes: 0 stale answers"), tour.out());
		Run sample = tekigo("report", SAMPLE.toString(), "--out", out.resolve("sample").toString(), "--fail-on", "stale");
		assertEquals(0, sample.status(), sample.out());
	}

	@Test
	void diffShowsTheTextsThatChangedAndTheAnswersTheyMadeStale() {
		Run diff = tekigo("diff", CheckCommandTest.TOUR.resolve("chatwork.tekigo").toString(),
				CheckCommandTest.TOUR.resolve("chatwork60.tekigo").toString());
		assertEquals(0, diff.status(), diff.err());
		List<String> lines = diff.outLines();
		assertTrue(lines.contains("Texts changed under the answers (items; requirements, under their id in the later edition) (9)"), diff.out());
		assertTrue(lines.contains("  planning/11/① (6.3/C/3):"), "a requirement followed into the later edition: " + diff.out());
		assertTrue(lines.contains("  1.2-①-3 対象外: the text of item 1.2-①-3 changed since this answer was given"), diff.out());
		assertEquals("0 status changes, 0 new gaps, 0 closed gaps, 0 comment changes, 0 added, 0 removed; 9 texts changed, "
				+ "3 answers made stale", lines.getLast(), "per-requirement answers are compared with their continuation");
	}
}
