package org.tekigo.reports.tests.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.tekigo.reports.gap.GapAnalysis;
import org.tekigo.reports.gap.GapJsonWriter;
import org.tekigo.reports.tests.fixture.ChatworkFixture;

class GapJsonWriterTest {

	private final String json = new GapJsonWriter().render(GapAnalysis.of(ChatworkFixture.disclosure()));

	@Test
	void matchesTheReviewedJsonStructurally() throws IOException {
		JsonElement expected = JsonParser.parseString(GoldenFiles.read("gap-report.json"));
		assertEquals(expected, JsonParser.parseString(json));
	}

	@Test
	void aCiGateReadsTheCountsItNeeds() {
		JsonObject summary = JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("summary");
		assertEquals(5, summary.get("minimumGaps").getAsInt());
		assertEquals(9, summary.get("nonconformant").getAsInt());
		JsonObject root = JsonParser.parseString(json).getAsJsonObject();
		assertEquals(9, root.getAsJsonArray("gaps").size());
		assertEquals(1, root.getAsJsonArray("unanswered").size());
		assertEquals(1, root.getAsJsonArray("notApplicableWithoutReason").size());
		assertEquals(3, root.getAsJsonArray("minimumRequirementsAllNonconformant").size());
	}

	@Test
	void stringsAreKeptAsWritten() {
		// readable in CI logs: no \u003c escapes for HTML characters
		assertTrue(json.contains("<script>alert(\\\"x\\\")</script>"), json);
	}
}
