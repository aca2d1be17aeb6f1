package org.tekigo.reports.tests.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tekigo.reports.gap.GapAnalysis;
import org.tekigo.reports.gap.GapGate;
import org.tekigo.reports.tests.fixture.ChatworkFixture;
import org.tekigo.reports.tests.fixture.DisclosureEdits;

class GapGateTest {

	private final GapAnalysis withMinimumGaps = GapAnalysis.of(ChatworkFixture.disclosure());
	private final GapAnalysis recommendedGapsOnly = GapAnalysis
			.of(DisclosureEdits.withoutMinimumGaps(ChatworkFixture.disclosure()));
	private final GapAnalysis noGaps = GapAnalysis.of(DisclosureEdits.withoutGaps(ChatworkFixture.disclosure()));

	@Test
	void minimumGapFailsOnlyWhenAMinimumRequirementIsNotMet() {
		assertTrue(GapGate.FAIL_ON_MINIMUM_GAP.fails(withMinimumGaps));
		assertFalse(GapGate.FAIL_ON_MINIMUM_GAP.fails(recommendedGapsOnly));
		assertFalse(GapGate.FAIL_ON_MINIMUM_GAP.fails(noGaps));
	}

	@Test
	void anyGapFailsOnEveryNonconformantAnswer() {
		assertTrue(GapGate.FAIL_ON_ANY_GAP.fails(withMinimumGaps));
		assertTrue(GapGate.FAIL_ON_ANY_GAP.fails(recommendedGapsOnly));
		assertFalse(GapGate.FAIL_ON_ANY_GAP.fails(noGaps), "the unanswered item and the 対象外 without reason do not fail it");
	}

	@Test
	void explainsTheOutcome() {
		assertEquals("gate minimum-gap fails: 5 不適合 answers touching minimum (C) requirements",
				GapGate.FAIL_ON_MINIMUM_GAP.explain(withMinimumGaps));
		assertEquals("gate any-gap passes: 0 不適合 answers", GapGate.FAIL_ON_ANY_GAP.explain(noGaps));
	}

	@Test
	void chosenByTheFailOnOption() {
		assertEquals(GapGate.FAIL_ON_MINIMUM_GAP, GapGate.fromOption("minimum-gap"));
		assertEquals(GapGate.FAIL_ON_ANY_GAP, GapGate.fromOption("any-gap"));
		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> GapGate.fromOption("gap"));
		assertEquals("unknown --fail-on value \"gap\"; expected minimum-gap or any-gap or stale", unknown.getMessage());
	}
}
