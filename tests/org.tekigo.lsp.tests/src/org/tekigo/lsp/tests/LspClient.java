package org.tekigo.lsp.tests;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.tekigo.dsl.ide.server.TekigoLanguageServer;

/**
 * An LSP client over lsp4j's launcher, connected by pipes to Tekigo's language server running in
 * this JVM: what an editor sends and sees, without the editor.
 */
final class LspClient implements LanguageClient, AutoCloseable {

	private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
	private final Map<String, Integer> versions = new ConcurrentHashMap<>();
	private LanguageServer server;
	private InitializeResult initialized;
	private Thread serverThread;
	private Process process;

	/** Starts the server and initializes it with {@code folder} as the workspace folder. */
	static LspClient start(Path folder) throws Exception {
		LspClient client = new LspClient();
		PipedInputStream serverIn = new PipedInputStream(1 << 20);
		PipedOutputStream toServer = new PipedOutputStream(serverIn);
		PipedInputStream clientIn = new PipedInputStream(1 << 20);
		PipedOutputStream toClient = new PipedOutputStream(clientIn);
		client.serverThread = new Thread(() -> {
			try {
				TekigoLanguageServer.serve(serverIn, toClient);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "tekigo-language-server");
		client.serverThread.setDaemon(true);
		client.serverThread.start();
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, clientIn, toServer);
		launcher.startListening();
		client.server = launcher.getRemoteProxy();
		client.initialized = client.server.initialize(initializeParams(folder)).get(60, TimeUnit.SECONDS);
		client.server.initialized(new InitializedParams());
		return client;
	}

	/**
	 * Starts {@code tekigo lsp} as its own process (a JVM of its own: the language is chosen once
	 * per JVM) and initializes it as a client sending this locale does.
	 */
	static LspClient startProcess(Path folder, ProcessBuilder server, String locale) throws Exception {
		LspClient client = new LspClient();
		client.process = server.redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, client.process.getInputStream(),
				client.process.getOutputStream());
		launcher.startListening();
		client.server = launcher.getRemoteProxy();
		InitializeParams params = initializeParams(folder);
		params.setLocale(locale);
		client.initialized = client.server.initialize(params).get(60, TimeUnit.SECONDS);
		client.server.initialized(new InitializedParams());
		return client;
	}

	private static InitializeParams initializeParams(Path folder) {
		InitializeParams params = new InitializeParams();
		String uri = uri(folder);
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(uri, folder.getFileName().toString())));
		params.setRootUri(uri);
		ClientCapabilities capabilities = new ClientCapabilities();
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		workspace.setWorkspaceFolders(true);
		capabilities.setWorkspace(workspace);
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		text.setDocumentSymbol(symbols);
		capabilities.setTextDocument(text);
		params.setCapabilities(capabilities);
		return params;
	}

	LanguageServer server() {
		return server;
	}

	/** The semantic token types the server announced, by index. */
	List<String> tokenTypes() {
		return initialized.getCapabilities().getSemanticTokensProvider().getLegend().getTokenTypes();
	}

	static String uri(Path path) {
		// As editors send it: file:///… (Xtext normalises file:/… and file:///… alike).
		return path.toAbsolutePath().normalize().toUri().toString();
	}

	void open(Path file) throws IOException {
		versions.put(uri(file), 1);
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
				new TextDocumentItem(uri(file), "tekigo", 1, Files.readString(file))));
	}

	/** Replaces the whole text of an open document, as a client with full sync would. */
	void change(Path file, String text) {
		int version = versions.merge(uri(file), 1, Integer::sum);
		diagnostics.remove(uri(file));
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(uri(file), version), List.of(new TextDocumentContentChangeEvent(text))));
	}

	/** The diagnostics last published for the file, once they satisfy {@code until}. */
	List<Diagnostic> diagnostics(Path file, Predicate<List<Diagnostic>> until) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			List<Diagnostic> published = diagnostics.get(uri(file));
			if (published != null && until.test(published)) {
				return published;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("no such diagnostics for " + file + " within 60 s; last: " + diagnostics.get(uri(file)));
	}

	void forget(Path file) {
		diagnostics.remove(uri(file));
	}

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams params) {
		diagnostics.put(params.getUri(), params.getDiagnostics());
	}

	@Override
	public void telemetryEvent(Object object) {
	}

	@Override
	public void showMessage(MessageParams messageParams) {
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
	}

	@Override
	public void close() throws Exception {
		server.shutdown().get(30, TimeUnit.SECONDS);
		if (process != null) {
			server.exit();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
			return;
		}
		// No exit here: Xtext's server ends its JVM on exit, and this is the test's JVM. The exit
		// is tested with a real client in NeovimClientTest.
		serverThread.interrupt();
	}
}
