package org.tekigo.robustness.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.robustness.CaseResult;
import org.tekigo.robustness.CaseRunner;
import org.tekigo.robustness.Fuzz;
import org.tekigo.robustness.FuzzCase;
import org.tekigo.robustness.Outcome;
import org.tekigo.robustness.Target;

/**
 * A seeded subset of bin/fuzz, so CI keeps what the harness found fixed: every case ends with
 * its documented outcome (diagnostics, an import that checks, or exit 2 with a message).
 */
class FuzzSubsetTest {

	static final Path SAMPLE = Path.of("../../examples/chatwork");
	private static final long SEED = 20261201;
	private static final int CASES = 300;

	/** bin/fuzz with a mistyped option says which (and prints its usage), rather than a stack trace. */
	@Test
	void aMistypedCommandLineIsSaidInASentence() {
		assertEquals("unknown option --bogus",
				org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Fuzz.options(new String[] { "--bogus", "1" }))
						.getMessage());
		assertEquals("--cases needs a value",
				org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Fuzz.options(new String[] { "--cases" }))
						.getMessage());
		assertEquals("7", Fuzz.options(new String[] { "--seed", "7" }).get("--seed"));
		assertTrue(Fuzz.USAGE.startsWith("usage: bin/fuzz"));
	}

	@Test
	void aSeededSubsetOfTheFuzzingCasesEndsAsDocumented(@TempDir Path work) throws IOException, InterruptedException {
		long start = System.nanoTime();
		List<CaseResult> results = Fuzz.run(new CaseRunner(SAMPLE, work), FuzzCase.generate(SEED, CASES), Fuzz.DEFAULT_LIMIT_MS, null);
		String table = Fuzz.table(results, SEED, Fuzz.DEFAULT_LIMIT_MS, Duration.ofNanos(System.nanoTime() - start));
		System.out.println(table);

		assertEquals(List.of(), results.stream().filter(r -> !r.outcome().expected()).map(CaseResult::toString).toList(), table);
		assertEquals(CASES, results.size());
		// The mutations do damage: each kind of input was refused or reported at least once.
		Set<Target> refusedOrFlagged = results.stream()
				.filter(r -> r.outcome() == Outcome.REFUSED || r.detail().matches(".*[1-9]\\d* (errors|cells reported).*"))
				.map(r -> r.fuzzCase().target()).collect(Collectors.toSet());
		assertEquals(Set.of(Target.values()), refusedOrFlagged, table);
		assertTrue(results.stream().anyMatch(r -> r.outcome() == Outcome.IMPORTED), table);
	}
}
