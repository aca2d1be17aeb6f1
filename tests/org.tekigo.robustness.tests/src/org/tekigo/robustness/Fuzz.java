package org.tekigo.robustness;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.tekigo.reports.io.AtomicFiles;

/**
 * {@code bin/fuzz}: seeded mutations of the sample through the commands a user runs on such
 * files, in this JVM; a table of outcomes by target and mutation, and every case that did not
 * end as documented. Exit status 0 when all did, 1 otherwise.
 *
 * <pre>
 *   Fuzz --sample examples/chatwork [--cases 10000] [--seed 20261201] [--work dir] [--out file] [--limit-ms 5000]
 * </pre>
 */
public final class Fuzz {

	/** How long a case may take before it counts as a failure (the issue says "a few seconds"). */
	public static final long DEFAULT_LIMIT_MS = 5_000;

	private Fuzz() {
	}

	/** What bin/fuzz accepts (it passes --sample and --out itself). */
	public static final String USAGE = """
			usage: bin/fuzz [--cases N] [--seed S] [--limit-ms N] [--work DIR]
			  --cases N      how many cases (10000, about 40 minutes on 2 cores)
			  --seed S       the seed of the mutations (20261201); a case is replayed by its seed
			  --limit-ms N   a case slower than this counts as a failure (5000)
			  --work DIR     where the cases' files are written (a temporary folder)
			""";

	public static void main(String[] args) throws Exception {
		if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
			System.out.print(USAGE);
			return;
		}
		Map<String, String> options;
		int cases;
		long seed;
		long limit;
		try {
			options = options(args);
			cases = Integer.parseInt(options.getOrDefault("--cases", "10000"));
			seed = Long.parseLong(options.getOrDefault("--seed", "20261201"));
			limit = Long.parseLong(options.getOrDefault("--limit-ms", String.valueOf(DEFAULT_LIMIT_MS)));
		} catch (IllegalArgumentException e) {
			// A mistyped command line is the user's to correct: the usage, not a stack trace.
			System.err.print("fuzz: " + e.getMessage() + "\n" + USAGE);
			System.exit(2);
			return;
		}
		Path sample = Path.of(options.getOrDefault("--sample", "examples/chatwork"));
		Path work = Path.of(options.getOrDefault("--work", Files.createTempDirectory("tekigo-fuzz").toString()));
		Instant start = Instant.now();
		List<CaseResult> results = run(new CaseRunner(sample, work), FuzzCase.generate(seed, cases), limit, System.err);
		String table = table(results, seed, limit, Duration.between(start, Instant.now()));
		System.out.print(table);
		if (options.containsKey("--out")) {
			AtomicFiles.writeString(Path.of(options.get("--out")), table);
		}
		CaseRunner.delete(work);
		System.exit(results.stream().allMatch(r -> r.outcome().expected()) ? 0 : 1);
	}

	/** Runs the cases one after another; a case over the limit is abandoned and counted as SLOW. */
	public static List<CaseResult> run(CaseRunner runner, List<FuzzCase> cases, long limitMillis, PrintStream progress)
			throws InterruptedException {
		List<CaseResult> results = new ArrayList<>();
		ExecutorService executor = newExecutor();
		try {
			for (FuzzCase fuzzCase : cases) {
				Future<CaseResult> future = executor.submit(() -> runner.run(fuzzCase));
				CaseResult result;
				try {
					result = future.get(limitMillis, TimeUnit.MILLISECONDS);
					if (result.millis() > limitMillis) {
						result = new CaseResult(fuzzCase, Outcome.SLOW, result.outcome() + " after " + result.millis() + " ms", result.millis());
					}
				} catch (TimeoutException e) {
					future.cancel(true);
					executor.shutdownNow();
					executor = newExecutor();
					result = new CaseResult(fuzzCase, Outcome.SLOW, "abandoned after " + limitMillis + " ms", limitMillis);
				} catch (ExecutionException e) {
					result = new CaseResult(fuzzCase, Outcome.INTERNAL_ERROR, String.valueOf(e.getCause()), 0);
				}
				results.add(result);
				if (progress != null && (results.size() % 250 == 0 || !result.outcome().expected())) {
					progress.println("fuzz: " + results.size() + " of " + cases.size()
							+ (result.outcome().expected() ? "" : "; " + result));
				}
			}
		} finally {
			executor.shutdownNow();
		}
		return results;
	}

	private static ExecutorService newExecutor() {
		return Executors.newSingleThreadExecutor(task -> {
			Thread thread = new Thread(task, "fuzz-case");
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Counts by target and mutation, outcomes as columns; then the failures, one line each. */
	public static String table(List<CaseResult> results, long seed, long limitMillis, Duration took) {
		Map<String, EnumMap<Outcome, Integer>> counts = new LinkedHashMap<>();
		Map<String, Long> slowest = new LinkedHashMap<>();
		for (Target target : Target.values()) {
			for (String mutation : target.mutations()) {
				counts.put(target + "/" + mutation, new EnumMap<>(Outcome.class));
			}
		}
		for (CaseResult result : results) {
			String row = result.fuzzCase().target() + "/" + result.fuzzCase().mutation();
			counts.get(row).merge(result.outcome(), 1, Integer::sum);
			slowest.merge(row, result.millis(), Math::max);
		}
		List<Outcome> columns = new ArrayList<>();
		for (Outcome outcome : Outcome.values()) {
			if (outcome.expected() || results.stream().anyMatch(r -> r.outcome() == outcome)) {
				columns.add(outcome);
			}
		}
		StringBuilder out = new StringBuilder();
		long failures = results.stream().filter(r -> !r.outcome().expected()).count();
		out.append(String.format("tekigo fuzz: %d cases from seed %d in %d s, limit %d ms a case: %d as documented, %d not%n%n",
				results.size(), seed, took.toSeconds(), limitMillis, results.size() - failures, failures));
		out.append(String.format("%-36s", "target/mutation"));
		columns.forEach(c -> out.append(String.format(" %16s", c)));
		out.append(String.format(" %12s%n", "slowest ms"));
		counts.forEach((row, byOutcome) -> {
			if (byOutcome.isEmpty()) {
				return;
			}
			out.append(String.format("%-36s", row));
			columns.forEach(c -> out.append(String.format(" %16d", byOutcome.getOrDefault(c, 0))));
			out.append(String.format(" %12d%n", slowest.getOrDefault(row, 0L)));
		});
		out.append(String.format("%-36s", "all"));
		columns.forEach(c -> out.append(String.format(" %16d", results.stream().filter(r -> r.outcome() == c).count())));
		out.append(String.format(" %12d%n", results.stream().mapToLong(CaseResult::millis).max().orElse(0)));
		if (failures > 0) {
			out.append(String.format("%nnot as documented:%n"));
			results.stream().filter(r -> !r.outcome().expected()).forEach(r -> out.append("  ").append(r).append('\n'));
		}
		return out.toString();
	}

	private static final List<String> OPTIONS = List.of("--sample", "--cases", "--seed", "--limit-ms", "--work", "--out");

	/** The options and their values; an unknown option or one without its value is an IllegalArgumentException saying which. */
	public static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (!OPTIONS.contains(args[i])) {
				throw new IllegalArgumentException("unknown option " + args[i]);
			}
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException(args[i] + " needs a value");
			}
			options.put(args[i], args[++i]);
		}
		return options;
	}
}
