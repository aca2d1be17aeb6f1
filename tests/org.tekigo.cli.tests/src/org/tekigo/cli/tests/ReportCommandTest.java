package org.tekigo.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tekigo.cli.tests.CheckCommandTest.tekigo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.cli.tests.CheckCommandTest.Run;

/**
 * `tekigo report` is the main job in one process: it prints what `tekigo check` prints, then
 * writes each disclosure's checklist and gap report, or nothing when the workspace has errors.
 */
class ReportCommandTest {

	private static final List<String> FILES = List.of("checklist.xlsx", "gap-report.html", "gap-report.xlsx", "gap-report.md",
			"gap-report.json");

	@Test
	void printsTheDiagnosticsCheckPrintsThenWritesEveryDisclosure(@TempDir Path out) throws IOException {
		Path examples = ImportCommandTest.SAMPLE.getParent();
		Run check = tekigo("check", examples.toString());
		Run report = tekigo("report", examples.toString(), "--out", out.toString());

		assertEquals(0, report.status(), report.err());
		List<String> lines = report.outLines();
		assertEquals(check.outLines(), lines.subList(0, check.outLines().size()), "the check's lines come first, once");
		assertEquals("16 files checked: 0 errors, 56 warnings, of which 3 stale answers", check.outLines().getLast());
		assertEquals(List.of(
				"chatwork: " + out.resolve("chatwork") + "/{" + String.join(", ", FILES) + "}",
				"midori-kaede: " + out.resolve("midori-kaede") + "/{" + String.join(", ", FILES) + "}",
				"midori-sakura: " + out.resolve("midori-sakura") + "/{" + String.join(", ", FILES) + "}",
				"chatwork-tour: " + out.resolve("chatwork-tour") + "/{" + String.join(", ", FILES) + "}",
				"chatwork60-tour: " + out.resolve("chatwork60-tour") + "/{" + String.join(", ", FILES) + "}",
				"kyoto-chatwork: " + out.resolve("chatwork") + "/{" + String.join(", ", reviewFiles("kyoto-chatwork")) + "}",
				"kyoto-tour: " + out.resolve("chatwork-tour") + "/{" + String.join(", ", reviewFiles("kyoto-tour")) + "}"),
				lines.subList(check.outLines().size(), lines.size()));
		for (String file : reviewFiles("kyoto-chatwork")) {
			assertTrue(Files.size(out.resolve("chatwork").resolve(file)) > 0, file);
		}
		for (String disclosure : List.of("chatwork", "chatwork-tour", "chatwork60-tour", "midori-kaede", "midori-sakura")) {
			for (String file : FILES) {
				assertTrue(Files.size(out.resolve(disclosure).resolve(file)) > 0, disclosure + "/" + file);
			}
		}
		assertEquals("", report.err(), "a short run prints no progress");
	}

	@Test
	void aWorkspaceWithErrorsGetsItsDiagnosticsAndNoReport(@TempDir Path dir) throws IOException {
		Path workspace = CheckCommandTest.copyOfTour(Files.createDirectories(dir.resolve("ws")));
		Path disclosure = workspace.resolve("chatwork.tekigo");
		Files.writeString(disclosure, Files.readString(disclosure).replace("1.1-①-2 適合可能", "1.1-①-9 適合可能"));
		Run check = tekigo("check", workspace.toString());
		Run report = tekigo("report", workspace.toString(), "--out", dir.resolve("out").toString());

		assertEquals(1, report.status());
		List<String> expected = new java.util.ArrayList<>(check.outLines());
		expected.add("1 errors: fix them before writing reports");
		assertEquals(expected, report.outLines());
		assertFalse(Files.exists(dir.resolve("out")));
	}

	private static List<String> reviewFiles(String review) {
		return List.of("review-" + review + ".html", "review-" + review + ".xlsx", "review-" + review + ".md", "review-" + review + ".json");
	}

	@Test
	void theOpenReviewGateFailsWhileTheHospitalsReviewHasQuestionsOrSuspectVerdicts(@TempDir Path out) throws IOException {
		Path examples = ImportCommandTest.SAMPLE.getParent();
		Run report = tekigo("report", examples.resolve("chatwork").toString(), examples.resolve("hospital").toString(), "--out",
				out.toString(), "--fail-on", "open-review");
		assertEquals(1, report.status(), report.out());
		assertEquals("kyoto-chatwork: gate open-review fails: 5 open (0 not judged, 4 questions, 1 suspect)", report.outLines().getLast());
		com.google.gson.JsonObject summary = com.google.gson.JsonParser.parseString(
				Files.readString(out.resolve("chatwork/review-kyoto-chatwork.json"))).getAsJsonObject().getAsJsonObject("summary");
		assertEquals(433, summary.get("answers").getAsInt());
		assertEquals(426, summary.get("accepted").getAsInt());
		assertEquals(3, summary.get("notAccepted").getAsInt());
		assertEquals(1, summary.get("suspect").getAsInt());
	}

	@Test
	void anUnknownGateNamesTheThreeThereAre(@TempDir Path out) {
		Run report = tekigo("report", ImportCommandTest.SAMPLE.toString(), "--out", out.toString(), "--fail-on", "gaps");
		assertEquals(2, report.status());
		assertTrue(report.err().contains("expected minimum-gap or any-gap or stale, or open-review"), report.err());
	}

	@Test
	void theGateFailsOnTheSamplesMinimumGaps(@TempDir Path out) {
		Run report = tekigo("report", ImportCommandTest.SAMPLE.toString(), "--out", out.toString(), "--fail-on", "minimum-gap");
		assertEquals(1, report.status());
		assertTrue(report.outLines().getLast().startsWith("chatwork: "), report.out());
		assertTrue(Files.exists(out.resolve("chatwork/gap-report.json")), "the reports are written before the gate says no");
	}
}
