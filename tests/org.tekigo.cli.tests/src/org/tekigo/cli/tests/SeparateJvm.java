package org.tekigo.cli.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.tekigo.cli.tests.process.ChildTekigo;

/**
 * Runs {@code tekigo} in a JVM of its own, as a user's shell does: the language is chosen once per
 * JVM (Eclipse's NLS), so a test of another language, or of the environment's say in it, cannot
 * run in the test's JVM. Its output is read as UTF-8 whatever locale the environment names.
 */
final class SeparateJvm {

	private SeparateJvm() {
	}

	/** {@code tekigo args…} in {@code folder}, with these environment variables (LANG and LC_* cleared first). */
	static CheckCommandTest.Run tekigo(Path folder, Map<String, String> environment, String... args) throws IOException, InterruptedException {
		return run(folder, List.of("-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8"), environment, args);
	}

	/**
	 * As a user's shell runs it, with no say over Java's console charset: what the environment
	 * names decides how tekigo prints.
	 */
	static CheckCommandTest.Run asTheShellRunsIt(Path folder, Map<String, String> environment, String... args)
			throws IOException, InterruptedException {
		return run(folder, List.of(), environment, args);
	}

	private static CheckCommandTest.Run run(Path folder, List<String> jvmFlags, Map<String, String> environment, String... args)
			throws IOException, InterruptedException {
		ProcessBuilder builder = ChildTekigo.command(folder, jvmFlags, args).redirectErrorStream(false);
		builder.environment().keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_"));
		builder.environment().putAll(environment);
		Process process = builder.start();
		byte[] out = process.getInputStream().readAllBytes();
		byte[] err = process.getErrorStream().readAllBytes();
		if (!process.waitFor(2, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IOException("tekigo " + String.join(" ", args) + ": no answer in 2 minutes");
		}
		return new CheckCommandTest.Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
	}
}
