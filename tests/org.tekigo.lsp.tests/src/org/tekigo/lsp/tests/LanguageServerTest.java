package org.tekigo.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.cli.TekigoCli;

/**
 * Tekigo's language server as an editor meets it, driven over a stream by lsp4j's client on a
 * copy of the sample workspace: what `tekigo check` says, the studio's quick fixes as code
 * actions, completion, hover, navigation, the outline, formatting, colours by meaning, rename,
 * workspace symbols, and a catalog changed on disk.
 */
class LanguageServerTest {

	static final Path SAMPLE = Path.of("../../examples/chatwork");
	static final List<String> FILES = List.of("mhlw50.tekigo", "mhlw51.tekigo", "provider.tekigo", "chatwork.tekigo");

	@TempDir
	static Path shared;
	private static Path workspace;
	private static LspClient client;

	@BeforeAll
	static void startServerOnTheSample() throws Exception {
		workspace = copyOfSample(shared.resolve("chatwork"));
		client = LspClient.start(workspace);
	}

	@AfterAll
	static void stopServer() throws Exception {
		client.close();
	}

	static Path copyOfSample(Path target) throws IOException {
		Files.createDirectories(target);
		for (String file : FILES) {
			Files.copy(SAMPLE.resolve(file), target.resolve(file));
		}
		return target;
	}

	@Test
	void diagnosticsAreWhatTekigoCheckPrints() throws Exception {
		Path disclosure = workspace.resolve("chatwork.tekigo");
		List<Diagnostic> published = client.diagnostics(disclosure, d -> !d.isEmpty());

		Set<String> fromServer = new TreeSet<>();
		for (Diagnostic d : published) {
			fromServer.add((d.getRange().getStart().getLine() + 1) + ":" + (d.getRange().getStart().getCharacter() + 1) + ": "
					+ (d.getSeverity() == DiagnosticSeverity.Error ? "error" : "warning") + ": " + message(d) + " ["
					+ d.getCode().getLeft() + "]");
		}
		StringWriter out = new StringWriter();
		assertEquals(0, TekigoCli.run(new String[] { "check", workspace.toString() }, new PrintWriter(out), new PrintWriter(out)));
		String prefix = workspace + "/chatwork.tekigo:";
		Set<String> fromCheck = out.toString().lines().filter(line -> line.startsWith(prefix))
				.map(line -> line.substring(prefix.length())).collect(Collectors.toCollection(TreeSet::new));

		assertEquals(52, fromCheck.size());
		assertEquals(fromCheck, fromServer);
		assertTrue(published.stream().allMatch(d -> "tekigo.minimumGapWithoutPlan".equals(d.getCode().getLeft())));
	}

	@Test
	void completionOffersItemIdsWithTheirText() throws Exception {
		Path disclosure = workspace.resolve("chatwork.tekigo");
		Document document = document(disclosure);
		Position position = document.getPosition(document.getContents().indexOf("1.1-①-2 適合可能") + "1.1-".length());
		List<CompletionItem> items = client.server().getTextDocumentService()
				.completion(new CompletionParams(id(disclosure), position)).get(30, TimeUnit.SECONDS).getRight().getItems();
		CompletionItem item = items.stream().filter(i -> i.getLabel().equals("1.1-①-2")).findFirst()
				.orElseThrow(() -> new AssertionError(items.stream().map(CompletionItem::getLabel).toList()));
		assertTrue(String.valueOf(item.getDetail()).startsWith("アクセス管理規定には以下の内容を含める。"), item.getDetail());
	}

	@Test
	void hoverShowsTheItemsText() throws Exception {
		Path disclosure = workspace.resolve("chatwork.tekigo");
		Hover hover = client.server().getTextDocumentService()
				.hover(new HoverParams(id(disclosure), at(disclosure, "1.1-①-2 適合可能", 2))).get(30, TimeUnit.SECONDS);
		assertTrue(hover.getContents().getRight().getValue().contains("アクセス管理規定には以下の内容を含める。"), hover.toString());
	}

	@Test
	void definitionAndReferencesLinkAnswersAndItems() throws Exception {
		Path disclosure = workspace.resolve("chatwork.tekigo");
		Path catalog = workspace.resolve("provider.tekigo");
		List<? extends Location> definition = client.server().getTextDocumentService()
				.definition(new DefinitionParams(id(disclosure), at(disclosure, "1.1-①-2 適合可能", 2))).get(30, TimeUnit.SECONDS).getLeft();
		assertEquals(1, definition.size());
		assertEquals(LspClient.uri(catalog), definition.get(0).getUri());
		Document provider = document(catalog);
		int item = provider.getContents().indexOf("item 2 \"アクセス管理規定には");
		assertEquals(provider.getPosition(item).getLine(), definition.get(0).getRange().getStart().getLine());

		ReferenceParams params = new ReferenceParams(id(catalog), provider.getPosition(item + "item ".length()), new ReferenceContext(false));
		List<? extends Location> references = client.server().getTextDocumentService().references(params).get(30, TimeUnit.SECONDS);
		assertEquals(List.of(LspClient.uri(disclosure)), references.stream().map(Location::getUri).distinct().toList());
		assertEquals(List.of(document(disclosure).getPosition(document(disclosure).getContents().indexOf("\t1.1-①-2 ") + 1).getLine()),
				references.stream().map(r -> r.getRange().getStart().getLine()).toList());
	}

	@Test
	void documentSymbolsAreTheStudiosOutline() throws Exception {
		Path disclosure = workspace.resolve("chatwork.tekigo");
		List<Either<org.eclipse.lsp4j.SymbolInformation, DocumentSymbol>> symbols = client.server().getTextDocumentService()
				.documentSymbol(new DocumentSymbolParams(id(disclosure))).get(30, TimeUnit.SECONDS);
		assertEquals(1, symbols.size());
		DocumentSymbol root = symbols.get(0).getRight();
		assertEquals("chatwork Chatwork", root.getName());
		List<String> children = root.getChildren().stream().map(DocumentSymbol::getName).toList();
		assertEquals(15 + 433, children.size(), "15 statements and 433 answers, in the order written");
		assertTrue(children.contains("1.1-①-2 適合可能 記録のレビューについては定期確認は行っていないが、問題発生時に確認を行っている。"),
				() -> children.subList(0, 20).toString());
	}

	@Test
	void semanticTokensColourEachStatusByItsMeaning() throws Exception {
		Path disclosure = workspace.resolve("chatwork.tekigo");
		List<String> legend = client.tokenTypes();
		SemanticTokens tokens = client.server().getTextDocumentService()
				.semanticTokensFull(new SemanticTokensParams(id(disclosure))).get(30, TimeUnit.SECONDS);
		Map<String, Long> counts = new java.util.TreeMap<>();
		List<Integer> data = tokens.getData();
		for (int i = 0; i < data.size(); i += 5) {
			counts.merge(legend.get(data.get(i + 3)), 1L, Long::sum);
		}
		assertEquals(267L, counts.get("conformant"));
		assertEquals(72L, counts.get("nonconformant"));
		assertEquals(94L, counts.get("notApplicable"));
	}

	@Test
	void workspaceSymbolsFindItemsByIdAndByAWordOfTheirText() throws Exception {
		List<? extends WorkspaceSymbol> byId = workspaceSymbols("1.1-①-2");
		assertTrue(byId.stream().anyMatch(s -> s.getName().startsWith("provider/1.1-①-2 アクセス管理規定には")),
				byId.stream().map(WorkspaceSymbol::getName).toList().toString());
		List<? extends WorkspaceSymbol> byWord = workspaceSymbols("バックアップ");
		List<String> names = byWord.stream().map(WorkspaceSymbol::getName).toList();
		assertTrue(names.stream().anyMatch(n -> n.startsWith("provider/1.1-⑤-5 情報交換目的やバックアップ目的で")), names.toString());
		assertTrue(names.stream().anyMatch(n -> n.startsWith("mhlw51/7.2/D/hospital/1 バックアップサーバシステムが")), names.toString());
		assertTrue(names.stream().allMatch(n -> !n.startsWith("chatwork")), "answers are not symbols of their own: " + names);
	}

	private static List<? extends WorkspaceSymbol> workspaceSymbols(String query) throws Exception {
		return client.server().getWorkspaceService().symbol(new WorkspaceSymbolParams(query)).get(30, TimeUnit.SECONDS).getRight();
	}

	// ---- edits: each with a server of its own --------------------------------------------------

	@Test
	void aMistypedIdGetsTheStudiosFixesAsCodeActionsAndApplyingOneClearsTheError(@TempDir Path dir) throws Exception {
		Path ws = copyOfSample(dir.resolve("chatwork"));
		Path disclosure = ws.resolve("chatwork.tekigo");
		try (LspClient own = LspClient.start(ws)) {
			own.open(disclosure);
			String mistyped = Files.readString(disclosure).replace("\t1.1-①-2 適合可能", "\t1.1-①-22 適合可能");
			own.change(disclosure, mistyped);
			List<Diagnostic> errors = own.diagnostics(disclosure, d -> d.stream().anyMatch(x -> x.getSeverity() == DiagnosticSeverity.Error));
			Diagnostic error = errors.stream().filter(x -> x.getSeverity() == DiagnosticSeverity.Error).findFirst().orElseThrow();
			assertEquals("Cannot resolve reference to Item \"1.1-①-22\".", message(error));

			List<CodeAction> actions = own.server().getTextDocumentService()
					.codeAction(new CodeActionParams(id(disclosure), error.getRange(), new CodeActionContext(List.of(error))))
					.get(30, TimeUnit.SECONDS).stream().map(Either::getRight).toList();
			List<String> titles = actions.stream().map(CodeAction::getTitle).toList();
			assertTrue(titles.contains("Change to 1.1-①-2 (アクセス管理規定には以下の内容を…)"), titles.toString());
			assertTrue(titles.size() <= 3, titles.toString());
			CodeAction fix = actions.get(titles.indexOf("Change to 1.1-①-2 (アクセス管理規定には以下の内容を…)"));

			String fixed = apply(mistyped, fix.getEdit(), LspClient.uri(disclosure));
			assertEquals(Files.readString(disclosure), fixed, "the fix gives back the original text");
			own.change(disclosure, fixed);
			own.diagnostics(disclosure, d -> d.stream().noneMatch(x -> x.getSeverity() == DiagnosticSeverity.Error) && d.size() == 52);
		}
	}

	/** The tour's 6.0 edition: its stale answers as diagnostics, the texts then and now in the hover, confirmed by a code action. */
	@Test
	void aStaleAnswerShowsWhatChangedAndIsConfirmedByACodeAction(@TempDir Path dir) throws Exception {
		Path tour = Files.createDirectories(dir.resolve("tour"));
		try (var files = Files.list(Path.of("../../examples/tour"))) {
			for (Path file : files.toList()) {
				Files.copy(file, tour.resolve(file.getFileName()));
			}
		}
		Path disclosure = tour.resolve("chatwork60.tekigo");
		try (LspClient own = LspClient.start(tour)) {
			own.open(disclosure);
			List<Diagnostic> stale = own.diagnostics(disclosure, d -> d.size() == 3);
			assertTrue(stale.stream().allMatch(d -> "tekigo.staleAnswer".equals(d.getCode().getLeft())), stale.toString());
			Diagnostic itemChanged = stale.stream().filter(d -> message(d).contains("item 1.2-①-3")).findFirst().orElseThrow();

			Hover hover = own.server().getTextDocumentService()
					.hover(new HoverParams(id(disclosure), itemChanged.getRange().getStart())).get(30, TimeUnit.SECONDS);
			String markdown = hover.getContents().getRight().getValue();
			assertTrue(markdown.startsWith("**Stale: the text of item 1.2-①-3 changed since this answer was given**\n\n"
					+ "| | When answered: | Now: |\n| --- | --- | --- |\n"
					+ "| 1.2-①-3 | テストデータの利用状況を医療機関等に報告する。 | テストデータの利用状況を記録し、医療機関等の求めに応じて報告する。 |"),
					markdown);

			List<CodeAction> actions = own.server().getTextDocumentService()
					.codeAction(new CodeActionParams(id(disclosure), itemChanged.getRange(), new CodeActionContext(List.of(itemChanged))))
					.get(30, TimeUnit.SECONDS).stream().map(Either::getRight).toList();
			CodeAction confirm = actions.stream()
					.filter(a -> a.getTitle().equals("The answer still holds: confirm it (pin it to the texts as they are now)")).findFirst()
					.orElseThrow(() -> new AssertionError(actions.stream().map(CodeAction::getTitle).toList()));
			own.change(disclosure, apply(Files.readString(disclosure), confirm.getEdit(), LspClient.uri(disclosure)));
			List<Diagnostic> after = own.diagnostics(disclosure, d -> d.size() == 2);
			assertTrue(after.stream().noneMatch(d -> message(d).contains("item 1.2-①-3")), after.toString());
		}
	}

	@Test
	void formattingLaysOutAMessyAnswerAsTheFormatterDoes(@TempDir Path dir) throws Exception {
		Path ws = copyOfSample(dir.resolve("chatwork"));
		Path disclosure = ws.resolve("chatwork.tekigo");
		String text = Files.readString(disclosure);
		try (LspClient own = LspClient.start(ws)) {
			own.open(disclosure);
			String messy = text.replace("\t1.1-①-2 適合可能 \"記録", "      1.1-①-2    適合可能\n\t\t\"記録")
					.replace("\t1.1-③-2 適合可能 see shared-1", "1.1-③-2 適合可能   see   shared-1");
			own.change(disclosure, messy);
			List<? extends TextEdit> edits = own.server().getTextDocumentService()
					.formatting(new DocumentFormattingParams(id(disclosure), new FormattingOptions(4, false))).get(30, TimeUnit.SECONDS);
			assertFalse(edits.isEmpty());
			WorkspaceEdit edit = new WorkspaceEdit(Map.of(LspClient.uri(disclosure), new ArrayList<>(edits)));
			assertEquals(text, apply(messy, edit, LspClient.uri(disclosure)));
		}
	}

	@Test
	void renamingAStatementRenamesEveryAnswerThatSeesIt(@TempDir Path dir) throws Exception {
		Path ws = copyOfSample(dir.resolve("chatwork"));
		Path disclosure = ws.resolve("chatwork.tekigo");
		try (LspClient own = LspClient.start(ws)) {
			own.open(disclosure);
			own.diagnostics(disclosure, d -> !d.isEmpty());
			String text = Files.readString(disclosure);
			WorkspaceEdit edit = own.server().getTextDocumentService()
					.rename(new RenameParams(id(disclosure), at(disclosure, "statement shared-1 ", "statement ".length() + 1), "aws-disks"))
					.get(30, TimeUnit.SECONDS);
			String renamed = apply(text, edit, LspClient.uri(disclosure));
			assertTrue(renamed.contains("\tstatement aws-disks \"サービス運用サーバーのハードディスク"), renamed);
			assertEquals(5, count(renamed, "see aws-disks\n"));
			assertEquals(0, count(renamed, "see shared-1\n"));
			assertEquals(text.replace("statement shared-1 ", "statement aws-disks ").replace("see shared-1\n", "see aws-disks\n"), renamed);
		}
	}

	@Test
	void aCatalogChangedOnDiskRevalidatesTheDisclosure(@TempDir Path dir) throws Exception {
		Path ws = copyOfSample(dir.resolve("chatwork"));
		Path disclosure = ws.resolve("chatwork.tekigo");
		Path catalog = ws.resolve("provider.tekigo");
		try (LspClient own = LspClient.start(ws)) {
			own.diagnostics(disclosure, d -> d.size() == 52);
			// Edited elsewhere, not open in the editor: item 1.1-①-2 renumbered to 9.
			Files.writeString(catalog, Files.readString(catalog).replace("\t\t\t\titem 2 \"アクセス管理規定には", "\t\t\t\titem 9 \"アクセス管理規定には"));
			own.forget(disclosure);
			own.server().getWorkspaceService().didChangeWatchedFiles(
					new DidChangeWatchedFilesParams(List.of(new FileEvent(LspClient.uri(catalog), FileChangeType.Changed))));
			List<Diagnostic> after = own.diagnostics(disclosure, d -> d.stream().anyMatch(x -> x.getSeverity() == DiagnosticSeverity.Error));
			assertTrue(after.stream().anyMatch(x -> message(x).equals("Cannot resolve reference to Item \"1.1-①-2\".")), after.toString());
		}
	}

	// ---- helpers --------------------------------------------------------------------------------

	static String message(Diagnostic diagnostic) {
		return diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft() : diagnostic.getMessage().getRight().getValue();
	}

	static TextDocumentIdentifier id(Path file) {
		return new TextDocumentIdentifier(LspClient.uri(file));
	}

	static Document document(Path file) throws IOException {
		return new Document(1, Files.readString(file));
	}

	/** The position {@code into} characters into the first occurrence of {@code text}. */
	static Position at(Path file, String text, int into) throws IOException {
		Document document = document(file);
		int offset = document.getContents().indexOf(text);
		assertTrue(offset >= 0, text);
		return document.getPosition(offset + into);
	}

	/** The text with a workspace edit's changes to {@code uri} applied, last first. */
	static String apply(String text, WorkspaceEdit edit, String uri) {
		List<TextEdit> edits = new ArrayList<>();
		if (edit.getChanges() != null) {
			edit.getChanges().forEach((u, e) -> {
				if (u.replace("file:///", "file:/").equals(uri.replace("file:///", "file:/"))) {
					edits.addAll(e);
				}
			});
		}
		if (edit.getDocumentChanges() != null) {
			edit.getDocumentChanges().stream().filter(Either::isLeft).map(Either::getLeft)
					.filter(c -> c.getTextDocument().getUri().replace("file:///", "file:/").equals(uri.replace("file:///", "file:/")))
					.forEach(c -> c.getEdits().stream().filter(Either::isLeft).forEach(e -> edits.add(e.getLeft())));
		}
		Document document = new Document(1, text);
		edits.sort(Comparator.comparing((TextEdit e) -> document.getOffSet(e.getRange().getStart())).reversed());
		return document.applyChanges(edits).getContents();
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}
}
