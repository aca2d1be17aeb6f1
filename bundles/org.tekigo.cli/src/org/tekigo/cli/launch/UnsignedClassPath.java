package org.tekigo.cli.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The command line's class path: copies of the p2 repository's jars without their signatures.
 * A signed jar is verified entry by entry as its classes load (a fifth of `tekigo check`'s start
 * on the sample), and the JDK's AOT cache skips every class of a signed jar; the repository
 * keeps the signed jars for Eclipse, which checks them when installing.
 *
 * <pre>UnsignedClassPath &lt;plugins folder&gt; &lt;target folder&gt;</pre>
 * writes {@code <target>/lib/*.jar} and {@code <target>/classpath} (the jars in order, one
 * class path), replacing what was there only once all is written.
 */
public final class UnsignedClassPath {

	private UnsignedClassPath() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: UnsignedClassPath <plugins folder> <target folder>");
			System.exit(2);
		}
		write(Path.of(args[0]), Path.of(args[1]));
	}

	public static void write(Path plugins, Path target) throws IOException {
		Path staging = Files.createDirectories(target.resolveSibling(target.getFileName() + ".new"));
		Path lib = Files.createDirectories(staging.resolve("lib"));
		List<Path> jars = new ArrayList<>();
		try (DirectoryStream<Path> found = Files.newDirectoryStream(plugins, "*.jar")) {
			found.forEach(jars::add);
		}
		Collections.sort(jars);
		List<String> classPath = new ArrayList<>();
		for (Path jar : jars) {
			Path copy = lib.resolve(jar.getFileName());
			copyWithoutSignatures(jar, copy);
			classPath.add(target.toAbsolutePath().resolve("lib").resolve(jar.getFileName()).toString());
		}
		Files.writeString(staging.resolve("classpath"), String.join(java.io.File.pathSeparator, classPath) + "\n");
		replace(staging, target);
	}

	private static void copyWithoutSignatures(Path jar, Path copy) throws IOException {
		try (JarFile in = new JarFile(jar.toFile(), false)) {
			if (in.stream().noneMatch(UnsignedClassPath::isSignature)) {
				Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
				return;
			}
			try (OutputStream file = Files.newOutputStream(copy); JarOutputStream out = new JarOutputStream(file)) {
				for (JarEntry entry : Collections.list(in.entries())) {
					if (isSignature(entry)) {
						continue;
					}
					JarEntry copied = new JarEntry(entry.getName());
					copied.setTime(entry.getTime());
					out.putNextEntry(copied);
					try (InputStream content = in.getInputStream(entry)) {
						content.transferTo(out);
					}
					out.closeEntry();
				}
			}
		}
	}

	/** META-INF/*.SF, *.RSA, *.DSA, *.EC and SIG-*: what makes a jar signed. */
	private static boolean isSignature(JarEntry entry) {
		String name = entry.getName().toUpperCase(Locale.ROOT);
		if (!name.startsWith("META-INF/") || name.indexOf('/', "META-INF/".length()) >= 0) {
			return false;
		}
		return name.endsWith(".SF") || name.endsWith(".RSA") || name.endsWith(".DSA") || name.endsWith(".EC")
				|| name.startsWith("META-INF/SIG-");
	}

	/** Puts the staged folder in place of the target, so a reader sees one or the other. */
	private static void replace(Path staging, Path target) throws IOException {
		Path old = target.resolveSibling(target.getFileName() + ".old");
		delete(old);
		if (Files.exists(target)) {
			Files.move(target, old);
		}
		Files.move(staging, target);
		delete(old);
	}

	private static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Collections.reverseOrder()).collect(Collectors.toList())) {
				Files.delete(path);
			}
		}
	}
}
