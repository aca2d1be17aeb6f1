import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Completes the release folder (the assembly plugin has written the command line's zip and the
 * macOS archives into it): copies the other archives in, under their release names, writes
 * RELEASE-NOTES.md from this version's section of CHANGELOG.md, and SHA256SUMS over every file,
 * in the format {@code sha256sum -c} reads.
 *
 * <pre>java ReleaseFolder.java &lt;version&gt; &lt;folder&gt; &lt;CHANGELOG.md&gt; &lt;file&gt;[=&lt;name&gt;]…</pre>
 */
public class ReleaseFolder {

	public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
		String version = args[0];
		Path folder = Files.createDirectories(Path.of(args[1]));
		for (int i = 3; i < args.length; i++) {
			String[] source = args[i].split("=", 2);
			Path file = Path.of(source[0]);
			if (!Files.isRegularFile(file)) {
				throw new IOException(file + " is missing: build the products first (./mvnw package)");
			}
			Files.copy(file, folder.resolve(source.length == 2 ? source[1] : file.getFileName().toString()),
					StandardCopyOption.REPLACE_EXISTING);
		}
		Files.writeString(folder.resolve("RELEASE-NOTES.md"), notes(Files.readString(Path.of(args[2])), version));
		Files.writeString(folder.resolve("SHA256SUMS"), sums(folder));
		System.out.println("release " + version + ": " + folder);
	}

	/** The section of the changelog headed "## [version]" (Keep a Changelog), up to the next one. */
	static String notes(String changelog, String version) throws IOException {
		List<String> section = new ArrayList<>();
		boolean inside = false;
		for (String line : changelog.lines().toList()) {
			if (line.startsWith("## ")) {
				if (inside) {
					break;
				}
				inside = line.startsWith("## [" + version + "]");
			}
			if (inside) {
				section.add(line);
			}
		}
		if (section.isEmpty()) {
			throw new IOException("CHANGELOG.md has no section \"## [" + version + "]\": write the release's notes there first");
		}
		return "# Tekigo " + version + "\n\n" + String.join("\n", section.subList(1, section.size())).strip() + "\n";
	}

	private static String sums(Path folder) throws IOException, NoSuchAlgorithmException {
		StringBuilder sums = new StringBuilder();
		List<Path> files;
		try (Stream<Path> listed = Files.list(folder)) {
			files = listed.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("SHA256SUMS")).sorted().toList();
		}
		for (Path file : files) {
			sums.append(sha256(file)).append("  ").append(file.getFileName()).append('\n');
		}
		return sums.toString();
	}

	/** The file's SHA-256, in hex (ReleaseTest checks the sums with it). */
	static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[1 << 16];
			for (int read; (read = in.read(buffer)) > 0;) {
				sha256.update(buffer, 0, read);
			}
		}
		return HexFormat.of().formatHex(sha256.digest());
	}
}
