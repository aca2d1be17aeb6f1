import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The update site installed into a bare Eclipse, as a user would: p2's director (the engine behind
 * Help > Install New Software…) installs both Tekigo features from the update site into a copy of
 * a plain platform that has no Tekigo in it; the platform is then started with its OSGi console
 * and asked, over the console's telnet port, what a user's Eclipse would know: which Tekigo
 * bundles it has, whether they resolve and start, and which editor opens {@code *.tekigo}.
 *
 * <p>Run by this module's build (integration-test phase) with the JDK as a single-file program:
 * {@code java InstallTest.java <bare platform> <update site> <work folder>}. Prints each check;
 * exits 1 with the reason (and the logs' tails) when one fails.
 */
public final class InstallTest {

	private static final List<String> FEATURES = List.of("org.tekigo.feature.feature.group", "org.tekigo.ui.feature.feature.group");
	private static final List<String> BUNDLES = List.of("org.tekigo.dsl", "org.tekigo.dsl.ide", "org.tekigo.importer",
			"org.tekigo.reports", "org.tekigo.cli", "org.tekigo.ui");
	private static final Pattern SS_LINE = Pattern.compile("^(\\d+)\\s+(\\S+)\\s+(org\\.tekigo\\.[\\w.]+)_(\\S+)$", Pattern.MULTILINE);

	public static void main(String[] args) throws Exception {
		if (args.length != 3) {
			fail("usage: java InstallTest.java <bare platform> <update site> <work folder>");
		}
		Path bare = Path.of(args[0]);
		Path site = Path.of(args[1]).toAbsolutePath().normalize();
		Path work = Path.of(args[2]).toAbsolutePath().normalize();
		check(Files.isDirectory(bare.resolve("plugins")), "no bare platform at " + bare + " (built by this module)");
		check(Files.isRegularFile(site.resolve("content.jar")) || Files.isRegularFile(site.resolve("content.xml")),
				"no update site at " + site + " (build releng/org.tekigo.product first)");

		Path eclipse = work.resolve("eclipse");
		delete(work);
		copy(bare, eclipse);
		check(tekigoJars(eclipse).isEmpty(), "the bare platform already has Tekigo in it: " + tekigoJars(eclipse));
		System.out.println("install test: a bare platform of " + count(eclipse.resolve("plugins")) + " bundles, no Tekigo");

		install(eclipse, site, work.resolve("director.log"));
		List<String> jars = tekigoJars(eclipse);
		check(jars.size() == BUNDLES.size(), "after the install the platform has these Tekigo jars: " + jars);
		System.out.println("install test: the director installed " + String.join(", ", FEATURES) + " from " + site);

		int port = freePort();
		Process platform = start(eclipse, port, work.resolve("platform.log"));
		try (Console console = Console.connect(port, platform, work.resolve("platform.log"))) {
			Map<String, String[]> before = bundles(console.run("ss tekigo"));
			check(before.keySet().containsAll(BUNDLES), "the restarted platform knows only " + before.keySet() + " of " + BUNDLES);
			before.forEach((name, idState) -> check(!idState[1].equals("INSTALLED"),
					name + " did not resolve (state INSTALLED); diag: " + console.run("diag " + idState[0])));
			System.out.println("install test: all " + BUNDLES.size() + " Tekigo bundles resolve " + states(before));

			String ids = before.values().stream().map(idState -> idState[0]).collect(Collectors.joining(" "));
			String started = console.run("equinox:start " + ids);
			Map<String, String[]> after = bundles(console.run("ss tekigo"));
			after.forEach((name, idState) -> check(idState[1].equals("ACTIVE"),
					name + " did not start (state " + idState[1] + "): " + started.strip()));
			System.out.println("install test: all " + BUNDLES.size() + " Tekigo bundles start " + states(after));

			String editors = console.run("pt -v org.eclipse.ui.editors");
			String ours = contribution(editors, "org.tekigo.ui");
			check(ours.contains("extensions = tekigo") && ours.contains("class = org.tekigo.ui.editor.DisclosureEditor")
					&& ours.contains("default = true"), "no default Tekigo editor for *.tekigo in the registry:\n" + editors);
			check(!contributionsNamingExtension(editors, "tekigo").stream().anyMatch(name -> !name.equals("org.tekigo.ui")),
					"another bundle also claims *.tekigo:\n" + editors);
			System.out.println("install test: *.tekigo opens with org.tekigo.ui.editor (DisclosureEditor), the default editor");
		} finally {
			platform.destroy();
			if (!platform.waitFor(30, TimeUnit.SECONDS)) {
				platform.destroyForcibly();
			}
		}
		System.out.println("install test: passed");
	}

	/** p2's director application of the platform itself, installing into its own profile. */
	private static void install(Path eclipse, Path site, Path log) throws Exception {
		Process director = launch(eclipse, log, List.of(), "-application", "org.eclipse.equinox.p2.director",
				"-repository", site.toUri().toString(), "-installIU", String.join(",", FEATURES));
		check(director.waitFor(10, TimeUnit.MINUTES), "the director did not finish within 10 minutes");
		String output = Files.readString(log);
		check(director.exitValue() == 0 && output.contains("Operation completed"),
				"the director failed (exit " + director.exitValue() + "):\n" + tail(output));
	}

	/** The platform without its application, the OSGi console listening on localhost. */
	private static Process start(Path eclipse, int port, Path log) throws IOException {
		return launch(eclipse, log, List.of("-Declipse.ignoreApp=true", "-Dosgi.noShutdown=true"),
				"-consoleLog", "-console", "localhost:" + port);
	}

	private static Process launch(Path eclipse, Path log, List<String> vmArguments, String... arguments) throws IOException {
		Path launcher;
		try (Stream<Path> plugins = Files.list(eclipse.resolve("plugins"))) {
			launcher = plugins.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
					.findFirst().orElseThrow(() -> new IllegalStateException("no launcher in " + eclipse));
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("--sun-misc-unsafe-memory-access=allow");
		command.addAll(vmArguments);
		command.addAll(List.of("-jar", launcher.toString(), "-nosplash"));
		command.addAll(List.of(arguments));
		return new ProcessBuilder(command).directory(eclipse.toFile()).redirectErrorStream(true)
				.redirectOutput(log.toFile()).start();
	}

	/** {@code ss} lines of Tekigo bundles: symbolic name to {id, state}. */
	private static Map<String, String[]> bundles(String ss) {
		Map<String, String[]> bundles = new LinkedHashMap<>();
		Matcher line = SS_LINE.matcher(ss);
		while (line.find()) {
			bundles.put(line.group(3), new String[] { line.group(1), line.group(2) });
		}
		return bundles;
	}

	private static String states(Map<String, String[]> bundles) {
		return bundles.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[1]).collect(Collectors.joining(", ", "(", ")"));
	}

	/** The extensions a bundle contributes in {@code pt -v} output, up to the next contributor. */
	private static String contribution(String pt, String bundle) {
		int start = pt.indexOf("[from " + bundle + "]");
		check(start >= 0, bundle + " contributes no editor:\n" + pt);
		int end = pt.indexOf("[from ", start + 1);
		return pt.substring(start, end < 0 ? pt.length() : end);
	}

	private static List<String> contributionsNamingExtension(String pt, String extension) {
		List<String> names = new ArrayList<>();
		Matcher from = Pattern.compile("\\[from ([\\w.]+)\\]").matcher(pt);
		while (from.find()) {
			String block = contribution(pt, from.group(1));
			if (Pattern.compile("extensions = .*\\b" + extension + "\\b").matcher(block).find()) {
				names.add(from.group(1));
			}
		}
		return names;
	}

	private static List<String> tekigoJars(Path eclipse) throws IOException {
		try (Stream<Path> plugins = Files.list(eclipse.resolve("plugins"))) {
			return plugins.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("org.tekigo.")).sorted().toList();
		}
	}

	private static long count(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.count();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}

	private static void delete(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}
	}

	private static String tail(String text) {
		String[] lines = text.split("\n");
		return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 40), lines.length));
	}

	private static void check(boolean condition, String message) {
		if (!condition) {
			fail(message);
		}
	}

	private static void fail(String message) {
		System.err.println("install test: FAILED: " + message);
		System.exit(1);
	}

	/**
	 * The Equinox console over telnet, as far as a script needs it: the options negotiated (it
	 * waits for a terminal type before it opens the session), then one command at a time, its
	 * output being what comes before the next {@code g!} prompt.
	 */
	private static final class Console implements AutoCloseable {
		private static final int IAC = 255, DONT = 254, DO = 253, WONT = 252, WILL = 251, SB = 250, SE = 240;
		private static final int ECHO = 1, SUPPRESS_GO_AHEAD = 3, TERMINAL_TYPE = 24;
		private static final String PROMPT = "g! ";

		private final Socket socket;
		private final InputStream in;
		private final OutputStream out;

		private Console(Socket socket) throws IOException {
			this.socket = socket;
			this.in = socket.getInputStream();
			this.out = socket.getOutputStream();
		}

		/** Waits (up to two minutes) for the platform to open its console, then for the first prompt. */
		static Console connect(int port, Process platform, Path log) throws Exception {
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
			while (true) {
				check(platform.isAlive(), "the platform ended while starting:\n" + tail(Files.readString(log)));
				try {
					Socket socket = new Socket("localhost", port);
					socket.setSoTimeout(60_000);
					Console console = new Console(socket);
					console.readToPrompt();
					return console;
				} catch (ConnectException notYet) {
					check(System.nanoTime() < deadline, "the platform opened no console on port " + port + " within 2 minutes:\n"
							+ tail(Files.readString(log)));
					Thread.sleep(500);
				}
			}
		}

		String run(String command) {
			try {
				out.write((command + "\r\n").getBytes(StandardCharsets.UTF_8));
				out.flush();
				String output = readToPrompt();
				// the console echoes the command line first
				int echoed = output.indexOf(command);
				return echoed >= 0 ? output.substring(echoed + command.length()) : output;
			} catch (SocketTimeoutException e) {
				fail("no answer from the console within 60 s to: " + command);
				return null;
			} catch (IOException e) {
				fail("the console failed on '" + command + "': " + e);
				return null;
			}
		}

		private String readToPrompt() throws IOException {
			ByteArrayOutputStream text = new ByteArrayOutputStream();
			while (true) {
				int b = in.read();
				if (b < 0) {
					throw new IOException("the console closed the connection after: " + text.toString(StandardCharsets.UTF_8));
				}
				if (b == IAC) {
					negotiate();
					continue;
				}
				if (b != '\r' && b != 0) {
					text.write(b);
				}
				String sofar = text.toString(StandardCharsets.UTF_8);
				if (sofar.endsWith("\n" + PROMPT) || sofar.equals(PROMPT)) {
					return sofar.substring(0, sofar.length() - PROMPT.length());
				}
			}
		}

		/** Answers one option: yes to echo and go-ahead suppression, a terminal type of VT100, no to the rest. */
		private void negotiate() throws IOException {
			int verb = in.read();
			int option = in.read();
			switch (verb) {
			case WILL -> send(option == ECHO || option == SUPPRESS_GO_AHEAD ? DO : DONT, option);
			case DO -> send(option == TERMINAL_TYPE ? WILL : WONT, option);
			case SB -> {
				while (!(in.read() == IAC && in.read() == SE)) {
					// the sub-negotiation's body: for TERMINAL_TYPE it is SEND, answered below
				}
				if (option == TERMINAL_TYPE) {
					out.write(new byte[] { (byte) IAC, (byte) SB, TERMINAL_TYPE, 0 });
					out.write("VT100".getBytes(StandardCharsets.US_ASCII));
					out.write(new byte[] { (byte) IAC, (byte) SE });
					out.flush();
				}
			}
			default -> {
				// WONT and DONT need no answer
			}
			}
		}

		private void send(int verb, int option) throws IOException {
			out.write(new byte[] { (byte) IAC, (byte) verb, (byte) option });
			out.flush();
		}

		@Override
		public void close() throws IOException {
			try {
				out.write("disconnect\r\ny\r\n".getBytes(StandardCharsets.UTF_8));
				out.flush();
			} finally {
				socket.close();
			}
		}
	}
}
