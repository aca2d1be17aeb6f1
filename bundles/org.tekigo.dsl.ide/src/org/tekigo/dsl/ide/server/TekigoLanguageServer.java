package org.tekigo.dsl.ide.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

import com.google.inject.Guice;

/**
 * Tekigo's language server: Xtext's server with Tekigo's `.ide` services, over a pair of streams
 * (stdio) or a socket on the loopback address (for debugging). Each workspace folder the client
 * opens is a Tekigo workspace: every .tekigo file below it, linked as `tekigo check` links them.
 */
public final class TekigoLanguageServer {

	private TekigoLanguageServer() {
	}

	/** Serves one client on these streams until it exits; returns when the connection ends. */
	public static void serve(InputStream in, OutputStream out) throws InterruptedException {
		LanguageServerImpl server = Guice.createInjector(new TekigoServerModule()).getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
		server.connect(launcher.getRemoteProxy());
		Future<Void> listening = launcher.startListening();
		try {
			listening.get();
		} catch (ExecutionException connectionLost) {
			// the client went away: the server ends with it
		}
	}

	/** Over stdin and stdout; whatever else prints to stdout goes to stderr, not into the protocol. */
	public static void serveStdio() throws InterruptedException {
		InputStream in = System.in;
		PrintStream out = System.out;
		System.setOut(System.err);
		serve(in, out);
	}

	/** On 127.0.0.1:{@code port}, one client after another. */
	public static void serveSocket(int port, PrintStream log) throws IOException, InterruptedException {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			log.println("tekigo: language server listening on 127.0.0.1:" + socket.getLocalPort());
			while (true) {
				try (Socket client = socket.accept()) {
					serve(client.getInputStream(), client.getOutputStream());
				}
			}
		}
	}
}
