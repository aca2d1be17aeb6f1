package org.tekigo.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tekigo.lsp.tests.LanguageServerTest.at;
import static org.tekigo.lsp.tests.LanguageServerTest.id;
import static org.tekigo.lsp.tests.LanguageServerTest.message;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog with a scale of four words (tests/fixtures/questionnaire) in a language server, as an
 * editor sees it: the words coloured by what they mean, proposed after an answer's item, explained
 * in the hover, and a word the scale does not have an error whose code action writes the closest.
 */
class ScalesLanguageServerTest {

	static final Path FIXTURE = Path.of("../fixtures/questionnaire");

	private static Path copy(Path dir) throws Exception {
		for (String file : List.of("questionnaire.tekigo", "vendor.tekigo")) {
			Files.copy(FIXTURE.resolve(file), dir.resolve(file));
		}
		return dir;
	}

	@Test
	void theWordsOfAScaleAreColouredProposedAndExplained(@TempDir Path dir) throws Exception {
		Path vendor = copy(dir).resolve("vendor.tekigo");
		try (LspClient client = LspClient.start(dir)) {
			client.open(vendor);
			List<String> legend = client.tokenTypes();
			SemanticTokens tokens = client.server().getTextDocumentService().semanticTokensFull(new SemanticTokensParams(id(vendor)))
					.get(30, TimeUnit.SECONDS);
			Map<String, Long> counts = new TreeMap<>();
			for (int i = 0; i < tokens.getData().size(); i += 5) {
				counts.merge(legend.get(tokens.getData().get(i + 3)), 1L, Long::sum);
			}
			// By meaning, not by word: 対応済, 一部対応 and 未対応 are no words the server knew.
			assertEquals(1L, counts.get("conformant"), counts.toString());
			assertEquals(1L, counts.get("partlyConformant"), counts.toString());
			assertEquals(1L, counts.get("nonconformant"), counts.toString());

			List<CompletionItem> items = client.server().getTextDocumentService()
					.completion(new CompletionParams(id(vendor), at(vendor, "1.1-①-1 対応済", "1.1-①-1 ".length())))
					.get(30, TimeUnit.SECONDS).getRight().getItems();
			List<String> labels = items.stream().map(CompletionItem::getLabel).toList();
			assertTrue(labels.containsAll(List.of("対応済", "一部対応", "未対応", "該当なし")), labels.toString());
			assertTrue(!labels.contains("適合可能"), "the provider's words are not this catalog's: " + labels);
			CompletionItem gap = items.stream().filter(i -> i.getLabel().equals("未対応")).findFirst().orElseThrow();
			assertEquals("not fulfilled, a gap", gap.getDetail());

			Hover hover = client.server().getTextDocumentService().hover(new HoverParams(id(vendor), at(vendor, "未対応", 1)))
					.get(30, TimeUnit.SECONDS);
			assertEquals("未対応 (notYet): not fulfilled, a gap. An answer with it must give a comment saying what is missing, "
					+ "a remediation plan, a target date.", hover.getContents().getRight().getValue());
		}
	}

	@Test
	void aWordTheScaleDoesNotHaveGetsTheClosestWordAsACodeAction(@TempDir Path dir) throws Exception {
		Path vendor = copy(dir).resolve("vendor.tekigo");
		try (LspClient client = LspClient.start(dir)) {
			client.open(vendor);
			String original = Files.readString(vendor);
			String mistyped = original.replace("1.1-①-2 一部対応", "1.1-①-2 一部");
			client.change(vendor, mistyped);
			List<Diagnostic> published = client.diagnostics(vendor, d -> d.stream().anyMatch(x -> x.getSeverity() == DiagnosticSeverity.Error));
			Diagnostic error = published.stream().filter(x -> x.getSeverity() == DiagnosticSeverity.Error).findFirst().orElseThrow();
			assertEquals("一部 is not a word of catalog questionnaire: write one of 対応済 / 一部対応 / 未対応 / 該当なし", message(error));
			List<CodeAction> actions = client.server().getTextDocumentService()
					.codeAction(new CodeActionParams(id(vendor), error.getRange(), new CodeActionContext(List.of(error))))
					.get(30, TimeUnit.SECONDS).stream().map(Either::getRight).toList();
			assertEquals("Replace with 一部対応", actions.get(0).getTitle());
			String fixed = LanguageServerTest.apply(mistyped, actions.get(0).getEdit(), LspClient.uri(vendor));
			assertEquals(original, fixed);
		}
	}
}
