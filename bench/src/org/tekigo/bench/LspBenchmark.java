package org.tekigo.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The language server's speed as an editor meets it: {@code bin/tekigo lsp} started as a child
 * process and driven over its stdio by lsp4j's client launcher, on a copy of the sample. Prints
 * the time from start to the initialize answer, then p50/p95 over 30 trials each of: didOpen of
 * the disclosure until its diagnostics arrive (closed again in between), didChange (a character
 * typed into a comment, or taken away) until the new diagnostics arrive, and a completion request.
 * Usage: {@code LspBenchmark <bin/tekigo> <sample folder> <work folder> <output file>}.
 */
public final class LspBenchmark implements LanguageClient {

	private static final int TRIALS = 30;
	private static final int WARM_UP = 5;

	/** Each publication of diagnostics, counted, so a waiter can tell a new one from the last. */
	private final Object published = new Object();
	private int publications;
	private int lastCount;

	public static void main(String[] args) throws Exception {
		Path tekigo = Path.of(args[0]);
		Path sample = Path.of(args[1]);
		Path work = Path.of(args[2]);
		Path out = Path.of(args[3]);
		Path folder = copy(sample, work.resolve("lsp-sample"));
		try (PrintStream report = new PrintStream(Files.newOutputStream(out, java.nio.file.StandardOpenOption.CREATE,
				java.nio.file.StandardOpenOption.APPEND), true, StandardCharsets.UTF_8)) {
			new LspBenchmark().run(tekigo, folder, new Tee(System.out, report));
		}
	}

	private void run(Path tekigo, Path folder, PrintStream print) throws Exception {
		long started = System.nanoTime();
		Process process = new ProcessBuilder(tekigo.toString(), "lsp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
		ExecutorService executor = Executors.newCachedThreadPool();
		Launcher<LanguageServer> launcher = new LSPLauncher.Builder<LanguageServer>().setLocalService(this)
				.setRemoteInterface(LanguageServer.class).setInput(process.getInputStream())
				.setOutput(process.getOutputStream()).setExecutorService(executor).create();
		launcher.startListening();
		LanguageServer server = launcher.getRemoteProxy();
		server.initialize(initializeParams(folder)).get(120, TimeUnit.SECONDS);
		long initialized = System.nanoTime() - started;
		server.initialized(new InitializedParams());

		Path file = folder.resolve("chatwork.tekigo");
		String uri = file.toUri().toString();
		String text = Files.readString(file);
		List<Long> opens = new ArrayList<>();
		long firstOpen = 0;
		for (int trial = 0; trial < TRIALS + WARM_UP; trial++) {
			int before = publications();
			long start = System.nanoTime();
			server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "tekigo", 1, text)));
			awaitPublication(before, 52);
			if (trial == 0) {
				firstOpen = System.nanoTime() - start;
			}
			record(opens, trial, start);
			server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
			awaitPublication(publications(), -1, 200); // a close may republish the file as it is on disk
		}

		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "tekigo", 1, text)));
		awaitPublication(publications() - 1, 52);
		int comment = text.indexOf("\"管理規定を定めています。") + 1;
		List<Long> changes = new ArrayList<>();
		int version = 1;
		String current = text;
		for (int trial = 0; trial < TRIALS + WARM_UP; trial++) {
			current = trial % 2 == 0 ? current.substring(0, comment) + "追" + current.substring(comment)
					: current.substring(0, comment) + current.substring(comment + 1);
			int before = publications();
			long start = System.nanoTime();
			server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, ++version),
					List.of(new TextDocumentContentChangeEvent(current))));
			awaitPublication(before, 52);
			record(changes, trial, start);
		}

		String typed = current.substring(0, current.lastIndexOf('}')) + "\t1.1-\n}\n";
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, ++version),
				List.of(new TextDocumentContentChangeEvent(typed))));
		String[] lines = typed.split("\n", -1);
		Position at = new Position(lines.length - 3, "\t1.1-".length());
		List<Long> completions = new ArrayList<>();
		for (int trial = 0; trial < TRIALS + WARM_UP; trial++) {
			long start = System.nanoTime();
			var result = server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri), at))
					.get(30, TimeUnit.SECONDS);
			if (result.getLeft() == null ? result.getRight().getItems().isEmpty() : result.getLeft().isEmpty()) {
				throw new IllegalStateException("no completion at " + at);
			}
			record(completions, trial, start);
		}
		server.shutdown().get(30, TimeUnit.SECONDS);
		server.exit();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("the server did not end within 30 s of exit");
		}
		executor.shutdownNow(); // lsp4j's own pool would keep this JVM alive for its 60 s keep-alive

		print.printf("language server (bin/tekigo lsp over stdio, sample disclosure, %d trials after %d warm-up):%n", TRIALS, WARM_UP);
		print.printf("  start to initialize answered:          %d ms (JVM start, injector, the workspace indexed)%n", initialized / 1_000_000);
		print.printf("  first didOpen -> diagnostics (52):     %d ms%n", firstOpen / 1_000_000);
		print.printf("  didOpen -> diagnostics (52):           p50 %d ms, p95 %d ms%n", percentile(opens, 50), percentile(opens, 95));
		print.printf("  didChange -> diagnostics:              p50 %d ms, p95 %d ms%n", percentile(changes, 50), percentile(changes, 95));
		print.printf("  completion of item ids:                p50 %d ms, p95 %d ms%n", percentile(completions, 50), percentile(completions, 95));
	}

	private static void record(List<Long> times, int trial, long start) {
		if (trial >= WARM_UP) {
			times.add(System.nanoTime() - start);
		}
	}

	private int publications() {
		synchronized (published) {
			return publications;
		}
	}

	/** Waits for a publication after the {@code after}th with {@code count} diagnostics (-1: any). */
	private void awaitPublication(int after, int count) throws InterruptedException {
		if (!awaitPublication(after, count, 60_000)) {
			throw new IllegalStateException("no diagnostics (" + count + ") within 60 s; the last had " + lastCount);
		}
	}

	private boolean awaitPublication(int after, int count, long millis) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
		synchronized (published) {
			while (publications <= after || count >= 0 && lastCount != count) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				published.wait(Math.max(1, left / 1_000_000));
			}
			return true;
		}
	}

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams params) {
		if (!params.getUri().endsWith("chatwork.tekigo")) {
			return;
		}
		synchronized (published) {
			publications++;
			lastCount = params.getDiagnostics().size();
			published.notifyAll();
		}
	}

	private static InitializeParams initializeParams(Path folder) {
		InitializeParams params = new InitializeParams();
		String uri = folder.toUri().toString();
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(uri, folder.getFileName().toString())));
		params.setRootUri(uri);
		params.setCapabilities(new ClientCapabilities());
		return params;
	}

	private static Path copy(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".tekigo")).toList()) {
				Files.copy(file, to.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
		return to;
	}

	private static long percentile(List<Long> nanos, int p) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1_000_000;
	}

	@Override
	public void telemetryEvent(Object object) {
	}

	@Override
	public void showMessage(MessageParams message) {
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
	}

	/** Prints to two streams. */
	private static final class Tee extends PrintStream {
		private final PrintStream second;

		Tee(PrintStream first, PrintStream second) {
			super(first, true, StandardCharsets.UTF_8);
			this.second = second;
		}

		@Override
		public PrintStream printf(String format, Object... args) {
			super.printf(format, args);
			second.printf(format, args);
			return this;
		}
	}
}
