package org.tekigo.dsl.ide.server;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.tekigo.dsl.ide.nls.IdeMessages;
import org.tekigo.dsl.nls.DslMessages;
import org.tekigo.dsl.nls.MessageLanguage;

/**
 * Xtext's language server, speaking the client's language: the locale the client sends with
 * {@code initialize} ("ja", "ja-JP", "en-US") chooses Japanese or English for the diagnostics and
 * the quick fixes' names (one server process serves one client). Without one, the server keeps
 * the language it started in (tekigo lsp --lang, or the environment's).
 */
public class TekigoLanguageServerImpl extends LanguageServerImpl {

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		if (params.getLocale() != null && !params.getLocale().isBlank()) {
			Locale language = params.getLocale().toLowerCase(Locale.ROOT).startsWith("ja") ? Locale.JAPANESE : Locale.ENGLISH;
			Locale.setDefault(language);
			MessageLanguage.use(language, DslMessages.class, IdeMessages.class);
		}
		return super.initialize(params);
	}
}
