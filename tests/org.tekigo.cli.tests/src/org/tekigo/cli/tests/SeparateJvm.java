package org.tekigo.cli.tests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Runs {@code tekigo} in a JVM of its own, as a user's shell does: the language is chosen once per
 * JVM (Eclipse's NLS), so a test of another language, or of the environment's say in it, cannot
 * run in the test's JVM. The class path is the test framework's bundles, as plain jars and folders.
 */
final class SeparateJvm {

	private SeparateJvm() {
	}

	/** {@code tekigo args…} in {@code folder}, with these environment variables (LANG and LC_* cleared first). */
	static CheckCommandTest.Run tekigo(Path folder, Map<String, String> environment, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-cp", classPath(), "org.tekigo.cli.TekigoCli"));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
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

	private static String classPath() throws IOException {
		Set<String> entries = new LinkedHashSet<>();
		for (Bundle bundle : FrameworkUtil.getBundle(SeparateJvm.class).getBundleContext().getBundles()) {
			FileLocator.getBundleFileLocation(bundle).ifPresent(file -> entries.add(file.getAbsolutePath()));
		}
		return String.join(File.pathSeparator, entries);
	}
}
