package org.tekigo.cli.tests.process;

import java.io.File;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.tekigo.cli.TekigoCli;

/**
 * The command line as a separate process, as bin/tekigo starts it: a plain JVM whose class path
 * is the bundles the command line is wired to in this test runtime.
 */
public final class ChildTekigo {

	private ChildTekigo() {
	}

	public static ProcessBuilder command(Path workingDir, String... args) {
		return command(workingDir, List.of(), args);
	}

	/** With these options for the child's JVM, before its class path. */
	public static ProcessBuilder command(Path workingDir, List<String> jvmOptions, String... args) {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java"));
		if (Runtime.version().feature() >= 23) {
			command.add("--sun-misc-unsafe-memory-access=allow");
		}
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(classPath());
		command.add(TekigoCli.class.getName());
		command.addAll(List.of(args));
		return new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true);
	}

	private static String classPath() {
		Set<Bundle> bundles = new LinkedHashSet<>();
		collect(FrameworkUtil.getBundle(TekigoCli.class), bundles);
		List<Path> entries = new ArrayList<>(bundles.stream().map(ChildTekigo::classes).filter(p -> p != null).toList());
		entries.add(frameworkJar()); // Eclipse's NLS, which the messages of every bundle use, is the framework's
		return entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
	}

	/** The bundle and every bundle it imports from or requires, transitively (the framework aside). */
	private static void collect(Bundle bundle, Set<Bundle> bundles) {
		if (bundle.getBundleId() == 0 || !bundles.add(bundle)) {
			return;
		}
		BundleWiring wiring = bundle.adapt(BundleWiring.class);
		for (BundleWire wire : wiring.getRequiredWires(null)) {
			collect(wire.getProvider().getBundle(), bundles);
		}
	}

	/** The jar of the OSGi framework (org.eclipse.osgi), as the command line's class path has it. */
	private static Path frameworkJar() {
		try {
			return Path.of(org.eclipse.osgi.util.NLS.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		} catch (java.net.URISyntaxException | RuntimeException e) {
			throw new IllegalStateException("where is org.eclipse.osgi?", e);
		}
	}

	/** Relative bundle locations are relative to the framework's install area. */
	private static Path installArea() {
		String area = System.getProperty("osgi.install.area", "");
		return area.startsWith("file:") ? Path.of(URLDecoder.decode(area.substring("file:".length()), StandardCharsets.UTF_8))
				: Path.of("").toAbsolutePath();
	}

	/** Where a bundle's classes are: its jar, or for a bundle of this build its target/classes. */
	private static Path classes(Bundle bundle) {
		String location = bundle.getLocation();
		int file = location.indexOf("file:");
		if (file < 0) {
			return null;
		}
		// "reference:file:/…/x.jar", "initial@reference:file:…/": a path, not always a well-formed URI.
		String spec = location.substring(file + "file:".length()).replaceFirst("^//", "");
		Path path = installArea().resolve(URLDecoder.decode(spec.replace("+", "%2B"), StandardCharsets.UTF_8)).normalize();
		if (!Files.exists(path)) {
			throw new IllegalStateException("no classes for " + bundle.getSymbolicName() + " at " + location);
		}
		return Files.isDirectory(path.resolve("target/classes")) ? path.resolve("target/classes") : path;
	}
}
