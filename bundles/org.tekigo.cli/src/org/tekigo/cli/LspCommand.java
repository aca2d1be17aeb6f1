package org.tekigo.cli;

import org.tekigo.cli.nls.CliMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.io.IOException;
import java.util.concurrent.Callable;

import org.tekigo.dsl.ide.server.TekigoLanguageServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "lsp", description = {
		"Runs Tekigo's language server (the Language Server Protocol) on stdin and stdout, for editors",
		"such as VS Code, Neovim and Emacs. Each workspace folder is a Tekigo workspace: every .tekigo",
		"file below it, linked as `tekigo check` links them.",
		"--port <n> listens on 127.0.0.1:<n> instead, for debugging (0: any free port)." })
public class LspCommand implements Callable<Integer> {

	@Option(names = "--port", paramLabel = "<n>", descriptionKey = "port", description = "Listen on 127.0.0.1:<n> instead of stdio.")
	private Integer port;

	@Override
	public Integer call() throws IOException, InterruptedException, InputException {
		if (port == null) {
			TekigoLanguageServer.serveStdio();
		} else if (port < 0 || port > 65_535) {
			throw new InputException(bind(CliMessages.Lsp_badPort, port));
		} else {
			TekigoLanguageServer.serveSocket(port, System.err);
		}
		return TekigoCli.EXIT_OK;
	}
}
