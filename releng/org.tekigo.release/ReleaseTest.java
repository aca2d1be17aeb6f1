import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a user downloads, checked as a user would: the release folder holds the seven archives,
 * SHA256SUMS and the notes; the Linux studio, unpacked into an empty folder away from the
 * checkout, starts with its own script and a fresh workspace and shows its workbench window
 * (screenshot in the test folder) with nothing logged as an error; the command line, unpacked
 * the same way, checks the sample as the checkout's build does; the Windows and macOS archives
 * hold their fragments and start scripts as those systems need them.
 *
 * <pre>java ReleaseTest.java &lt;release folder&gt; &lt;version&gt; &lt;checkout&gt; &lt;test folder&gt;</pre>
 */
public class ReleaseTest {

	private static Path release;
	private static String version;
	private static Path checkout;
	private static Path testFolder;
	private static final List<String> failures = new ArrayList<>();

	public static void main(String[] args) throws Exception {
		release = Path.of(args[0]);
		version = args[1];
		checkout = Path.of(args[2]).toRealPath();
		testFolder = Files.createDirectories(Path.of(args[3]));
		theFolderHoldsEveryFileWithItsChecksum();
		theWindowsArchiveHasItsFragmentsAndACrlfStartScript();
		theMacArchivesAreApplicationsStartedOnTheFirstThread();
		theLinuxAarch64ArchiveHasItsFragments();
		theUpdateSiteZipIsAP2RepositoryOfTheTekigoFeatures();
		theCommandLineZipChecksTheSampleAsTheCheckoutDoes();
		theLinuxStudioStartsFromItsArchiveWithAFreshWorkspace();
		if (!failures.isEmpty()) {
			failures.forEach(failure -> System.err.println("FAIL " + failure));
			System.exit(1);
		}
		System.out.println("release test: all checks passed");
	}

	private static String studio(String platform) {
		return "tekigo-studio-" + version + "-" + platform + (platform.startsWith("win32") ? ".zip" : ".tar.gz");
	}

	static void theFolderHoldsEveryFileWithItsChecksum() throws Exception {
		Set<String> expected = new TreeSet<>(List.of(studio("win32.win32.x86_64"), studio("macosx.cocoa.aarch64"),
				studio("macosx.cocoa.x86_64"), studio("linux.gtk.x86_64"), studio("linux.gtk.aarch64"), "tekigo-" + version + ".zip",
				"tekigo-update-site-" + version + ".zip", "SHA256SUMS", "RELEASE-NOTES.md"));
		Set<String> found = new TreeSet<>();
		try (Stream<Path> files = Files.list(release)) {
			files.forEach(file -> found.add(file.getFileName().toString()));
		}
		check(found.equals(expected), "release folder: expected " + expected + ", found " + found);
		List<String> sums = Files.readAllLines(release.resolve("SHA256SUMS"));
		check(sums.size() == expected.size() - 1, "SHA256SUMS: a line per file but itself, found " + sums.size());
		for (String line : sums) {
			String[] parts = line.split("  ", 2);
			check(parts.length == 2 && ReleaseFolder.sha256(release.resolve(parts[1])).equals(parts[0]), "SHA256SUMS: " + line + " does not match");
		}
		String notes = Files.readString(release.resolve("RELEASE-NOTES.md"));
		check(notes.startsWith("# Tekigo " + version + "\n") && notes.contains("### Added"), "RELEASE-NOTES.md: " + notes.lines().limit(3).toList());
		System.out.println("release folder: " + found.size() + " files, SHA256SUMS matches");
	}

	static void theWindowsArchiveHasItsFragmentsAndACrlfStartScript() throws IOException {
		try (ZipFile zip = new ZipFile(release.resolve(studio("win32.win32.x86_64")).toFile())) {
			String root = "tekigo-studio-" + version + "/";
			ZipEntry script = zip.getEntry(root + "TekigoStudio.cmd");
			check(script != null, "Windows: " + root + "TekigoStudio.cmd is missing");
			if (script != null) {
				String text = new String(zip.getInputStream(script).readAllBytes(), StandardCharsets.UTF_8);
				check(text.replace("\r\n", "").indexOf('\n') < 0 && text.contains("\r\n"), "Windows: TekigoStudio.cmd must end every line with CRLF");
				check(text.contains("javaw.exe") && text.contains("start \"Tekigo Studio\""), "Windows: TekigoStudio.cmd starts javaw, detached");
				check(text.contains("Java 21") && text.contains("以降"), "Windows: the script says which Java to install, in Japanese and English");
			}
			List<String> plugins = zip.stream().map(ZipEntry::getName).filter(n -> n.startsWith(root + "plugins/")).toList();
			for (String fragment : List.of("org.eclipse.swt.win32.win32.x86_64_", "org.eclipse.core.filesystem.win32.x86_64_", "org.eclipse.equinox.launcher_",
					"org.tekigo.ui_", "org.tekigo.dsl_")) {
				check(plugins.stream().anyMatch(n -> n.startsWith(root + "plugins/" + fragment)), "Windows: no " + fragment + "*");
			}
			check(plugins.stream().noneMatch(n -> n.contains(".gtk") || n.contains("cocoa")), "Windows: another platform's fragment");
			System.out.println("Windows archive: " + plugins.size() + " plugin entries, TekigoStudio.cmd with CRLF");
		}
	}

	static void theMacArchivesAreApplicationsStartedOnTheFirstThread() throws Exception {
		for (String arch : List.of("aarch64", "x86_64")) {
			Path archive = release.resolve(studio("macosx.cocoa." + arch));
			String app = "tekigo-studio-" + version + ".app/Contents/";
			List<String> listing = run(testFolder, "tar", "-tvzf", archive.toString()).lines().toList();
			check(mode(listing, app + "MacOS/tekigo-studio").startsWith("-rwxr-xr-x"), "macOS " + arch + ": Contents/MacOS/tekigo-studio is not executable");
			check(mode(listing, app + "Eclipse/tekigo-studio.command").startsWith("-rwxr-xr-x"), "macOS " + arch + ": tekigo-studio.command is not executable");
			String command = run(testFolder, "tar", "-xzOf", archive.toString(), app + "Eclipse/tekigo-studio.command");
			check(command.contains("-XstartOnFirstThread"), "macOS " + arch + ": SWT needs -XstartOnFirstThread");
			check(!command.contains("\r"), "macOS " + arch + ": the script has CR line ends");
			String plist = run(testFolder, "tar", "-xzOf", archive.toString(), app + "Info.plist");
			check(plist.contains("<key>CFBundleExecutable</key><string>tekigo-studio</string>")
					&& plist.contains("<string>" + version + "</string>"), "macOS " + arch + ": Info.plist " + plist);
			check(listing.stream().anyMatch(l -> l.contains(app + "Eclipse/plugins/org.eclipse.swt.cocoa.macosx." + arch + "_")),
					"macOS " + arch + ": no SWT fragment for cocoa " + arch);
			check(listing.stream().noneMatch(l -> l.contains(".gtk.") || l.contains("win32")), "macOS " + arch + ": another platform's fragment");
			System.out.println("macOS " + arch + " archive: " + listing.size() + " entries, an application with its start script");
		}
	}

	static void theLinuxAarch64ArchiveHasItsFragments() throws Exception {
		List<String> listing = run(testFolder, "tar", "-tvzf", release.resolve(studio("linux.gtk.aarch64")).toString()).lines().toList();
		String root = "tekigo-studio-" + version + "/";
		check(mode(listing, root + "tekigo-studio").startsWith("-rwxr-xr-x"), "Linux aarch64: tekigo-studio is not executable");
		for (String fragment : List.of("org.eclipse.swt.gtk.linux.aarch64_", "org.eclipse.core.filesystem.linux.aarch64_", "org.eclipse.e4.ui.swt.gtk_")) {
			check(listing.stream().anyMatch(l -> l.contains(root + "plugins/" + fragment)), "Linux aarch64: no " + fragment + "*");
		}
		check(listing.stream().noneMatch(l -> l.contains("x86_64") || l.contains("win32") || l.contains("cocoa")), "Linux aarch64: another platform's fragment");
		System.out.println("Linux aarch64 archive: " + listing.size() + " entries");
	}

	static void theUpdateSiteZipIsAP2RepositoryOfTheTekigoFeatures() throws IOException {
		try (ZipFile zip = new ZipFile(release.resolve("tekigo-update-site-" + version + ".zip").toFile())) {
			List<String> names = zip.stream().map(ZipEntry::getName).toList();
			check(names.stream().anyMatch(n -> n.matches("content\\.(jar|xml|xml\\.xz)")) && names.stream().anyMatch(n -> n.matches("artifacts\\.(jar|xml|xml\\.xz)")),
					"update site: no p2 metadata at the top of the zip (Eclipse's Add… > Archive needs it there)");
			for (String feature : List.of("org.tekigo.feature_", "org.tekigo.ui.feature_")) {
				check(names.stream().anyMatch(n -> n.startsWith("features/" + feature)), "update site: no " + feature + "*");
			}
			System.out.println("update site: " + names.size() + " entries");
		}
	}

	static void theCommandLineZipChecksTheSampleAsTheCheckoutDoes() throws Exception {
		Path away = Files.createTempDirectory("tekigo-cli-");
		run(away, "unzip", "-q", release.resolve("tekigo-" + version + ".zip").toString());
		Path home = away.resolve("tekigo-" + version);
		check(Files.isExecutable(home.resolve("bin/tekigo")), "CLI: bin/tekigo is not executable after unzip");
		String cmd = Files.readString(home.resolve("bin/tekigo.cmd"));
		check(cmd.replace("\r\n", "").indexOf('\n') < 0, "CLI: bin/tekigo.cmd must end every line with CRLF");
		Map<String, String> java = Map.of("JAVA_HOME", System.getProperty("java.home"), "HOME", Files.createDirectories(away.resolve("home")).toString());
		Result unpacked = exec(home, java, Duration.ofMinutes(3), "bin/tekigo", "check", "examples/chatwork");
		Result again = exec(home, java, Duration.ofMinutes(1), "bin/tekigo", "check", "examples/chatwork");
		Path plugins = checkout.resolve("releng/org.tekigo.repository/target/repository/plugins");
		Result inCheckout = exec(checkout, Map.of(), Duration.ofMinutes(3), System.getProperty("java.home") + "/bin/java", "-cp", plugins + "/*",
				"org.tekigo.cli.TekigoCli", "check", "examples/chatwork");
		check(inCheckout.out().contains("files checked"), "CLI: the checkout's check printed " + inCheckout);
		check(unpacked.status() == inCheckout.status() && unpacked.out().equals(inCheckout.out()),
				"CLI: the zip's `bin/tekigo check examples/chatwork` differs from the checkout's:\n" + unpacked + "\nvs\n" + inCheckout);
		check(again.out().equals(unpacked.out()), "CLI: a second run (with the start-up cache) differs");
		System.out.println("CLI zip: unpacked in " + away + ", `bin/tekigo check examples/chatwork`: "
				+ unpacked.out().lines().reduce((a, b) -> b).orElse("") + " (exit " + unpacked.status() + "), as in the checkout");
	}

	static void theLinuxStudioStartsFromItsArchiveWithAFreshWorkspace() throws Exception {
		if (System.getenv("DISPLAY") == null) {
			failures.add("Linux studio: no DISPLAY (bin/test and bin/release start Xvfb)");
			return;
		}
		Path away = Files.createTempDirectory("tekigo-studio-");
		run(away, "tar", "-xzf", release.resolve(studio("linux.gtk.x86_64")).toString());
		Path home = away.resolve("tekigo-studio-" + version);
		Path workspace = away.resolve("workspace");
		ProcessBuilder builder = new ProcessBuilder("./tekigo-studio").directory(home.toFile())
				.redirectErrorStream(true).redirectOutput(testFolder.resolve("studio-output.txt").toFile());
		builder.environment().putAll(Map.of("JAVA_HOME", System.getProperty("java.home"), "TEKIGO_WORKSPACE", workspace.toString(),
				"HOME", Files.createDirectories(away.resolve("home")).toString()));
		Process studio = builder.start();
		try {
			String window = null;
			Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
			while (window == null && Instant.now().isBefore(deadline) && studio.isAlive()) {
				Thread.sleep(1000);
				// The workbench window, not the small shell SWT shows first: at least 800 pixels wide.
				window = run(testFolder, "xwininfo", "-root", "-tree").lines().filter(l -> l.contains("Tekigo Studio\""))
						.filter(l -> l.matches(".*\\s(\\d{3,})x\\d+\\+.*") && Integer.parseInt(l.replaceAll(".*\\s(\\d{3,})x\\d+\\+.*", "$1")) >= 800)
						.findFirst().orElse(null);
			}
			check(window != null, "Linux studio: no workbench window titled … Tekigo Studio within 2 minutes; output: "
					+ Files.readString(testFolder.resolve("studio-output.txt")));
			if (window != null) {
				Thread.sleep(5000); // the workbench's first paint, and any error it logs at start
				Path xwd = testFolder.resolve("studio.xwd");
				run(testFolder, "xwd", "-root", "-silent", "-out", xwd.toString());
				Path png = testFolder.resolve("studio-from-release.png");
				run(testFolder, "sh", "-c", "xwdtopnm \"$1\" | pnmtopng > \"$2\"", "sh", xwd.toString(), png.toString());
				Path log = workspace.resolve(".metadata/.log");
				String logged = Files.exists(log) ? Files.readString(log) : "";
				check(!logged.lines().anyMatch(l -> l.matches("!ENTRY \\S+ 4 .*")), "Linux studio: errors in " + log + ":\n" + logged);
				// The e4 theme bundle is not on Central: the studio turns theming off instead of logging its absence.
				check(!logged.contains("falling back to default theme"), "Linux studio: a missing theme logged in " + log + ":\n" + logged);
				System.out.println("Linux studio: started from " + home + ", window " + window.strip() + "; screenshot " + png
						+ "; " + (logged.isEmpty() ? "nothing logged" : "log without errors"));
			}
		} finally {
			studio.descendants().forEach(ProcessHandle::destroy);
			studio.destroy();
			if (!studio.waitFor(20, TimeUnit.SECONDS)) {
				studio.destroyForcibly();
			}
		}
	}

	// ---- helpers --------------------------------------------------------------------------------

	private static void check(boolean condition, String failure) {
		if (!condition) {
			failures.add(failure);
		}
	}

	/** The mode column of a `tar -tv` line for this path; "" when the path is not listed. */
	private static String mode(List<String> listing, String path) {
		return listing.stream().filter(l -> l.endsWith(" " + path)).findFirst().map(l -> l.split(" ")[0]).orElse("");
	}

	record Result(int status, String out) {
	}

	private static Result exec(Path folder, Map<String, String> environment, Duration timeout, String... command) throws Exception {
		Path output = Files.createTempFile(testFolder, "out", ".txt");
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectOutput(output.toFile())
				.redirectError(ProcessBuilder.Redirect.INHERIT);
		builder.environment().putAll(environment);
		Process process = builder.start();
		if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException(String.join(" ", command) + ": no answer within " + timeout);
		}
		return new Result(process.exitValue(), Files.readString(output));
	}

	/** Runs a tool and returns what it prints. */
	private static String run(Path folder, String... command) throws Exception {
		Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		byte[] out = process.getInputStream().readAllBytes();
		if (process.waitFor() != 0) {
			throw new IOException(String.join(" ", command) + ": exit " + process.exitValue());
		}
		return new String(out, StandardCharsets.UTF_8);
	}

}
