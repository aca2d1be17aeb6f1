package org.tekigo.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.cli.tests.process.ChildTekigo;

/**
 * The language server speaks the client's language: `tekigo lsp` started in an English
 * environment, initialized by a client whose locale is Japanese, says its diagnostics in
 * Japanese, with the same issue codes; a client in English gets English.
 */
class ServerLanguageTest {

	@Test
	void aJapaneseClientGetsJapaneseDiagnosticsAndAnEnglishOneEnglish(@TempDir Path dir) throws Exception {
		List<Diagnostic> japanese = diagnosticsFor(dir.resolve("ja"), "ja");
		List<Diagnostic> english = diagnosticsFor(dir.resolve("en"), "en-US");
		assertEquals(52, japanese.size());
		assertTrue(japanese.getFirst().getMessage().getLeft().matches("最低限のガイドラインの要求事項 \\S+ に対する不適合に是正計画がありません"),
				japanese.getFirst().getMessage().getLeft());
		assertTrue(english.getFirst().getMessage().getLeft().matches("不適合 against minimum requirement \\S+ has no remediation plan"),
				english.getFirst().getMessage().getLeft());
		assertEquals(english.stream().map(d -> d.getCode().getLeft()).toList(), japanese.stream().map(d -> d.getCode().getLeft()).toList(),
				"the codes do not depend on the language");
	}

	private static List<Diagnostic> diagnosticsFor(Path folder, String locale) throws Exception {
		Path workspace = LanguageServerTest.copyOfSample(folder.resolve("chatwork"));
		ProcessBuilder server = ChildTekigo.command(folder, "lsp");
		server.environment().keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_"));
		server.environment().put("LANG", "C.UTF-8");
		try (LspClient client = LspClient.startProcess(workspace, server, locale)) {
			Path disclosure = workspace.resolve("chatwork.tekigo");
			client.open(disclosure);
			return client.diagnostics(disclosure, published -> published.size() == 52);
		}
	}
}
