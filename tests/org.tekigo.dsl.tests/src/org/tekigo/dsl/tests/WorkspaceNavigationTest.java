package org.tekigo.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tekigo.dsl.ide.TekigoIdeSetup;
import org.tekigo.dsl.ide.navigation.IdAtOffset;
import org.tekigo.dsl.ide.navigation.WorkspaceReferences;
import org.tekigo.dsl.ide.navigation.WorkspaceReferences.Reference;
import org.tekigo.dsl.ide.refactoring.WorkspaceRename;
import org.tekigo.dsl.ide.refactoring.WorkspaceRename.Edit;

import com.google.inject.Injector;

/**
 * Find References and Rename as the studio runs them, on the sample and the hospital's review of
 * it: the language server's services over one resource set holding every file.
 */
class WorkspaceNavigationTest {

	private static final Map<String, Path> FILES = new LinkedHashMap<>();
	static {
		Path sample = Path.of("../../examples/chatwork");
		for (String name : List.of("mhlw50.tekigo", "mhlw51.tekigo", "provider-mhlw50.tekigo", "provider.tekigo", "chatwork.tekigo")) {
			FILES.put(name, sample.resolve(name));
		}
		FILES.put("kyoto-chatwork.tekigo", Path.of("../../examples/hospital/kyoto-chatwork.tekigo"));
	}
	private static Injector injector;
	private static final Map<String, String> texts = new LinkedHashMap<>();
	private TekigoWorkspaceFixture workspace;

	@BeforeAll
	static void readSample() throws IOException {
		injector = new TekigoIdeSetup().createInjectorAndDoEMFRegistration();
		for (Map.Entry<String, Path> file : FILES.entrySet()) {
			texts.put(file.getKey(), Files.readString(file.getValue()));
		}
	}

	@BeforeEach
	void load() {
		workspace = workspaceOf(texts);
	}

	private static TekigoWorkspaceFixture workspaceOf(Map<String, String> files) {
		TekigoWorkspaceFixture fixture = new TekigoWorkspaceFixture(injector);
		files.forEach(fixture::file);
		EcoreUtil.resolveAll(fixture.root("chatwork.tekigo").eResource().getResourceSet());
		return fixture;
	}

	@Test
	void referencesOfAnItemAreItsAnswerAndTheVerdictOnIt() {
		List<Reference> references = referencesAt("provider.tekigo", "item 2 \"アクセス管理規定には", "item ".length());
		assertEquals(List.of("chatwork.tekigo:19 1.1-①-2", "kyoto-chatwork.tekigo:9 1.1-①-2"), describe(references));
	}

	@Test
	void referencesOfARequirementAreTheItemsThatRelateToIt() {
		List<Reference> references = referencesAt("mhlw51.tekigo", "requirement 3 \"医療情報システムへのアクセス制限", "requirement ".length());
		assertEquals(List.of("provider.tekigo:5 6.3/C/3", "provider.tekigo:6 6.3/C/3"), describe(references));
	}

	@Test
	void referencesFromACitationAreThoseOfWhatItCites() {
		List<Reference> references = referencesAt("chatwork.tekigo", "1.1-③-2 適合可能 see shared-1", "1.1-③-2 適合可能 see sh".length());
		assertEquals(5, references.size());
		assertTrue(describe(references).stream().allMatch(r -> r.startsWith("chatwork.tekigo:") && r.endsWith(" shared-1")), describe(references)::toString);
	}

	@Test
	void renamingAStatementFromACitationRenamesItAndEveryCitation() throws Exception {
		Map<String, String> renamed = rename("chatwork.tekigo", "1.1-③-2 適合可能 see shared-1", "1.1-③-2 適合可能 see sh".length(), "aws-disks");
		assertEquals(Map.of("chatwork.tekigo", texts.get("chatwork.tekigo").replace("statement shared-1 ", "statement aws-disks ")
				.replace("see shared-1\n", "see aws-disks\n")), renamed);
	}

	@Test
	void renamingAnItemRenamesItsAnswerAndTheVerdictOnIt() throws Exception {
		Map<String, String> renamed = rename("chatwork.tekigo", "\t1.1-①-2 適合可能", 3, "7");
		assertEquals(Map.of(
				"provider.tekigo", texts.get("provider.tekigo").replace("item 2 \"アクセス管理規定には", "item 7 \"アクセス管理規定には"),
				"chatwork.tekigo", texts.get("chatwork.tekigo").replace("\t1.1-①-2 適合可能", "\t1.1-①-7 適合可能"),
				"kyoto-chatwork.tekigo", texts.get("kyoto-chatwork.tekigo").replace("\t1.1-①-2 受入可", "\t1.1-①-7 受入可")), renamed);
		assertSameDiagnosticsAfter(renamed);
	}

	@Test
	void renamingARequirementRenamesItsRelationsAndThePinsThatNameIt() throws Exception {
		Map<String, String> renamed = rename("mhlw51.tekigo", "requirement 3 \"医療情報システムへのアクセス制限", "requirement ".length(), "3a");
		assertEquals(List.of("chatwork.tekigo", "mhlw51.tekigo", "provider.tekigo"), renamed.keySet().stream().sorted().toList());
		assertTrue(renamed.get("mhlw51.tekigo").contains("requirement 3a \"医療情報システムへのアクセス制限"));
		assertEquals(texts.get("provider.tekigo").replace("relates 6.3/C/3\n", "relates 6.3/C/3a\n"), renamed.get("provider.tekigo"));
		assertEquals(texts.get("chatwork.tekigo").replace(", 6.3/C/3 ", ", 6.3/C/3a "), renamed.get("chatwork.tekigo"));
		assertSameDiagnosticsAfter(renamed);
	}

	@Test
	void aNameTheLanguageCannotReadOrOneTakenIsRefused() {
		assertThrows(WorkspaceRename.Refused.class, () -> rename("chatwork.tekigo", "statement shared-1 ", "statement ".length(), "aws disks"));
		WorkspaceRename.Refused taken = assertThrows(WorkspaceRename.Refused.class,
				() -> rename("chatwork.tekigo", "statement shared-1 ", "statement ".length(), "shared-2"));
		assertTrue(taken.getMessage().contains("shared-2"), taken.getMessage());
		assertThrows(WorkspaceRename.Refused.class, () -> rename("chatwork.tekigo", "\t1.1-①-2 適合可能", 3, "1"));
		assertThrows(WorkspaceRename.Refused.class, () -> rename("chatwork.tekigo", "disclosure chatwork", 2, "x"),
				"a keyword is no id");
	}

	// ---- helpers ------------------------------------------------------------------------------

	private List<Reference> referencesAt(String file, String context, int within) {
		XtextResource resource = resource(file);
		int offset = texts.get(file).indexOf(context) + within;
		return injector.getInstance(WorkspaceReferences.class).of(injector.getInstance(IdAtOffset.class).elementAt(resource, offset),
				resource.getResourceSet());
	}

	/** "file:line text" of each reference, line from 1. */
	private static List<String> describe(List<Reference> references) {
		return references.stream().map(r -> {
			String file = r.uri().lastSegment();
			String text = texts.get(file);
			int line = (int) text.substring(0, r.offset()).chars().filter(c -> c == '\n').count() + 1;
			return file + ":" + line + " " + text.substring(r.offset(), r.offset() + r.length());
		}).toList();
	}

	/** The renamed texts of the files the rename changed. */
	private Map<String, String> rename(String file, String context, int within, String newName) throws WorkspaceRename.Refused {
		int offset = texts.get(file).indexOf(context) + within;
		assertTrue(offset >= within, context);
		Map<URI, List<Edit>> edits = injector.getInstance(WorkspaceRename.class).rename(resource(file), offset, newName);
		Map<String, String> renamed = new LinkedHashMap<>();
		edits.forEach((uri, inFile) -> renamed.put(uri.lastSegment(), WorkspaceRename.applyTo(texts.get(uri.lastSegment()), inFile)));
		return renamed;
	}

	private XtextResource resource(String file) {
		return (XtextResource) workspace.root(file).eResource();
	}

	private void assertSameDiagnosticsAfter(Map<String, String> renamed) {
		Map<String, String> after = new LinkedHashMap<>(texts);
		after.putAll(renamed);
		// A rename moves no line: the same file, line, severity and code for every diagnostic.
		assertEquals(workspaceOf(texts).allDiagnostics(), workspaceOf(after).allDiagnostics());
	}
}
