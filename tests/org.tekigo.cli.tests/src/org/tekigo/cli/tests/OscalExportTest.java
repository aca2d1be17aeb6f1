package org.tekigo.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tekigo.cli.tests.CheckCommandTest.tekigo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.cli.tests.CheckCommandTest.Run;

/**
 * `tekigo export --format oscal-json|oscal-xml`: every document of the sample and of the tour,
 * validated by NIST's liboscal-java (schema and Metaschema constraints), run as its own JVM from
 * tests/oscal-validator; the same files on a second export; a component-definition imported back
 * gives the disclosure it was exported from.
 */
class OscalExportTest {

	private static final Path VALIDATOR = Path.of("../oscal-validator/target");
	private static final Path TOUR = Path.of("../../examples/tour");

	@Test
	void theSampleWithItsReviewAndTheTourInBothFormatsAreValidOscal(@TempDir Path dir) throws Exception {
		List<Path> files = new ArrayList<>();
		for (List<String> workspace : List.of(List.of(ImportCommandTest.SAMPLE.toString(), "../../examples/hospital"), List.of(TOUR.toString()))) {
			for (String format : List.of("oscal-json", "oscal-xml")) {
				Path out = dir.resolve(Path.of(workspace.getLast()).getFileName() + "-" + format);
				List<String> args = new ArrayList<>(List.of("export", "--format", format));
				args.addAll(workspace);
				args.addAll(List.of("--out", out.toString()));
				Run run = tekigo(args.toArray(String[]::new));
				assertEquals(0, run.status(), run.out() + run.err());
				try (Stream<Path> written = Files.list(out)) {
					files.addAll(written.sorted().toList());
				}
			}
		}
		// The sample: 2 guidelines and 2 catalogs as catalogs, its disclosure, the hospital's review as assessment-results
		// (no POA&M: Chatwork published no plan); the tour: 2 + 2 + 2, its review, and a POA&M of each disclosure's plans.
		assertEquals(2 * (6 + 9), files.size(), files.toString());
		assertTrue(files.stream().anyMatch(file -> file.toString().endsWith("kyoto-chatwork.assessment-results.xml")), files.toString());
		assertTrue(files.stream().anyMatch(file -> file.toString().endsWith("chatwork-tour.poam.json")), files.toString());
		String said = validate(files);
		for (Path file : files) {
			assertTrue(said.contains("valid: " + file + "\n"), "liboscal-java says of " + file + ":\n" + said);
		}
	}

	@Test
	void verdictsAreFindingsQuestionsObservationsAndFollowUpsRisks(@TempDir Path dir) throws IOException {
		tekigo("export", "--format", "oscal-json", TOUR.toString(), "--out", dir.toString());
		String results = Files.readString(dir.resolve("kyoto-tour.assessment-results.json"));
		String review = withoutComments(Files.readString(TOUR.resolve("review.tekigo")));
		assertEquals(count(review, " 受入可 ") + count(review, " accepted "), count(results, "\"state\": \"satisfied\""));
		assertEquals(count(review, " 受入不可 ") + count(review, " notAccepted "), count(results, "\"state\": \"not-satisfied\""));
		assertEquals(count(review, " 要確認 ") + count(review, " needsClarification "), count(results, "\"methods\""));
		assertEquals(count(review, "follow-up "), count(results, "\"status\": \"open\""));
	}

	private static int count(String text, String what) {
		return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
	}

	@Test
	void exportingTwiceGivesTheSameFilesWithTheJapaneseAsItIs(@TempDir Path dir) throws IOException {
		tekigo("export", "--format", "oscal-json", ImportCommandTest.SAMPLE.toString(), "--out", dir.resolve("one").toString());
		tekigo("export", "--format", "oscal-json", ImportCommandTest.SAMPLE.toString(), "--out", dir.resolve("two").toString());
		for (String file : List.of("mhlw51.catalog.json", "provider.catalog.json", "chatwork.component-definition.json")) {
			assertEquals(Files.readString(dir.resolve("one").resolve(file)), Files.readString(dir.resolve("two").resolve(file)), file);
		}
		String definition = Files.readString(dir.resolve("one/chatwork.component-definition.json"));
		assertTrue(definition.contains("\"description\": \"管理規定を定めています。"), "Japanese written as it is, not escaped");
		assertTrue(definition.contains("\"control-id\": \"item-1.1-①-1\""));
	}

	@Test
	void theSamplesComponentDefinitionImportsBackAsItsDisclosureByteForByte(@TempDir Path dir) throws IOException {
		for (String format : List.of("json", "xml")) {
			Path oscal = dir.resolve("oscal-" + format);
			tekigo("export", "--format", "oscal-" + format, ImportCommandTest.SAMPLE.toString(), "--out", oscal.toString());
			Path ws = catalogsOf(ImportCommandTest.SAMPLE, dir.resolve("ws-" + format), "chatwork.tekigo");
			Run run = tekigo("import", oscal.resolve("chatwork.component-definition." + format).toString(), "--out", ws.toString());
			assertEquals(0, run.status(), run.out() + run.err());
			assertEquals("433 answers of Chatwork to catalog provider", run.outLines().getLast());
			assertEquals(Files.readString(ImportCommandTest.SAMPLE.resolve("chatwork.tekigo")), Files.readString(ws.resolve("chatwork.tekigo")),
					format);
		}
	}

	@Test
	void theToursAnswersWithPlansOwnersDatesAndDocumentsComeBackTheSame(@TempDir Path dir) throws IOException {
		tekigo("export", "--format", "oscal-json", TOUR.toString(), "--out", dir.resolve("oscal").toString());
		Path ws = catalogsOf(TOUR, dir.resolve("ws"), "chatwork.tekigo", "review.tekigo");
		Run run = tekigo("import", dir.resolve("oscal/chatwork-tour.component-definition.json").toString(), "--out", ws.toString());
		assertEquals(0, run.status(), run.out() + run.err());
		// OSCAL carries no comments of the Tekigo text: the rest is the same, line for line.
		assertEquals(withoutComments(Files.readString(TOUR.resolve("chatwork.tekigo"))), withoutComments(Files.readString(ws.resolve("chatwork-tour.tekigo"))));
	}

	@Test
	void aWorkspaceWithErrorsIsNotExported(@TempDir Path dir) {
		Run run = tekigo("export", "--format", "oscal-json", "../../examples/hospital", "--out", dir.resolve("out").toString());
		assertEquals(1, run.status(), run.out() + run.err());
		assertTrue(run.outLines().getLast().endsWith("errors: fix them before exporting"), run.out());
		assertFalse(Files.exists(dir.resolve("out")));
	}

	@Test
	void whatIsNoComponentDefinitionOfAKnownCatalogIsRefusedInOneSentence(@TempDir Path dir) throws IOException {
		tekigo("export", "--format", "oscal-json", ImportCommandTest.SAMPLE.toString(), "--out", dir.resolve("oscal").toString());
		Path ws = catalogsOf(ImportCommandTest.SAMPLE, dir.resolve("ws"), "chatwork.tekigo");
		Path catalog = dir.resolve("oscal/provider.catalog.json");
		assertRefused(catalog, ws, "tekigo: " + catalog + ": an OSCAL catalog, not a component-definition; nothing was written");
		Path broken = Files.writeString(dir.resolve("broken.json"), "{\"component-definition\": ");
		assertTrue(refusal(broken, ws).startsWith("tekigo: " + broken + ": not JSON ("));
		Path other = Files.writeString(dir.resolve("other.json"), Files.readString(dir.resolve("oscal/chatwork.component-definition.json"))
				.replace("\"value\": \"provider\"", "\"value\": \"provider99\""));
		assertRefused(other, ws, "tekigo: " + other + ": it answers catalog provider99, which is not in " + ws);
		Path doctype = Files.writeString(dir.resolve("entity.xml"), "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
				+ "<component-definition xmlns=\"http://csrc.nist.gov/ns/oscal/1.0\">&e;</component-definition>");
		assertTrue(refusal(doctype, ws).startsWith("tekigo: " + doctype + ": not well-formed XML ("), "a DTD is refused, never read");
		assertFalse(Files.exists(ws.resolve("chatwork.tekigo")));
		Run bad = tekigo("export", "--format", "oscal-yaml", ImportCommandTest.SAMPLE.toString(), "--out", dir.resolve("y").toString());
		assertEquals(2, bad.status());
		assertEquals("tekigo: \"oscal-yaml\" is no format of tekigo export: oscal-json or oscal-xml", bad.err().strip());
	}

	private static void assertRefused(Path file, Path ws, String sentence) {
		assertEquals(sentence, refusal(file, ws));
	}

	private static String refusal(Path file, Path ws) {
		Run run = tekigo("import", file.toString(), "--out", ws.toString());
		assertEquals(2, run.status(), run.out() + run.err());
		assertEquals(1, run.err().lines().count(), run.err());
		return run.err().strip();
	}

	/** A copy of an example's guidelines and catalogs, without the named files. */
	private static Path catalogsOf(Path example, Path ws, String... without) throws IOException {
		Files.createDirectories(ws);
		List<String> left = List.of(without);
		try (Stream<Path> files = Files.list(example)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".tekigo") && !left.contains(f.getFileName().toString())).toList()) {
				Files.copy(file, ws.resolve(file.getFileName()));
			}
		}
		return ws;
	}

	private static String withoutComments(String text) {
		return String.join("\n", text.lines().filter(line -> !line.isBlank() && !line.strip().startsWith("//")).toList());
	}

	/** What liboscal-java says of the files, run as tests/oscal-validator builds it. */
	private static String validate(List<Path> files) throws IOException, InterruptedException {
		assertTrue(Files.isDirectory(VALIDATOR.resolve("lib")), "tests/oscal-validator is built before these tests");
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				VALIDATOR.resolve("classes") + java.io.File.pathSeparator + VALIDATOR.resolve("lib") + "/*",
				"org.tekigo.oscal.validator.OscalValidator"));
		files.forEach(file -> command.add(file.toString()));
		Path log = Files.createTempFile("oscal-validation", ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		assertTrue(process.waitFor(300, TimeUnit.SECONDS), "the validator finished");
		String said = Files.readString(log);
		assertEquals(0, process.exitValue(), said);
		return said;
	}
}
