package org.tekigo.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tekigo.dsl.ide.TekigoIdeSetup;
import org.tekigo.dsl.ide.edit.AnswerEdits;
import org.tekigo.dsl.ide.edit.AnswerEdits.Replacement;
import org.tekigo.dsl.edition.AnswerPins;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.workspace.Ids;

import com.google.inject.Injector;

/**
 * The Answers page's edits on the real sample: each changes one answer of the model and writes
 * it back over that answer's region; every other byte of the disclosure stays as it was, and the
 * text parses back to the model as changed.
 */
class AnswerEditsTest {

	private static final Path SAMPLE = Path.of("../../examples/chatwork");
	private static Injector injector;
	private static String catalog, guideline, earlier, original;
	private TekigoWorkspaceFixture workspace;
	private Disclosure disclosure;
	private AnswerEdits edits;

	@BeforeAll
	static void readSample() throws IOException {
		injector = new TekigoIdeSetup().createInjectorAndDoEMFRegistration();
		catalog = Files.readString(SAMPLE.resolve("provider.tekigo"));
		guideline = Files.readString(SAMPLE.resolve("mhlw51.tekigo"));
		earlier = Files.readString(SAMPLE.resolve("mhlw50.tekigo"));
		original = Files.readString(SAMPLE.resolve("chatwork.tekigo"));
	}

	@BeforeEach
	void load() {
		workspace = new TekigoWorkspaceFixture(injector).file("mhlw50.tekigo", earlier).file("mhlw51.tekigo", guideline).file("provider.tekigo", catalog)
				.file("chatwork.tekigo", original);
		disclosure = (Disclosure) workspace.root("chatwork.tekigo");
		org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(disclosure.eResource().getResourceSet());
		edits = injector.getInstance(AnswerEdits.class);
	}

	@Test
	void aStatusChangesOnlyTheStatusWord() {
		String changed = edits.setStatus(answer("1.1-①-1"), "不適合").applyTo(original);
		assertText(original.replace("\t1.1-①-1 適合可能 \"管理規定を", "\t1.1-①-1 不適合 \"管理規定を"), changed);
		assertEquals("不適合", reparsed(changed, "1.1-①-1").getStatus());
	}

	@Test
	void aCommentReplacesTheCommentOrTheStatementItRefersTo() {
		String changed = edits.setComment(answer("1.1-③-2"), "AWSの管理に準じます。\n（2026年改訂）").applyTo(original);
		assertText(original.replace("\t1.1-③-2 適合可能 see shared-1\n", "\t1.1-③-2 適合可能 \"AWSの管理に準じます。\\n（2026年改訂）\"\n"), changed);
		Answer reparsed = reparsed(changed, "1.1-③-2");
		assertEquals("AWSの管理に準じます。\n（2026年改訂）", reparsed.getComment());
		assertEquals(null, reparsed.getStatement());
	}

	@Test
	void aStatementReferenceReplacesTheComment() {
		Answer answer = answer("1.1-①-1");
		String changed = edits.setStatement(answer, disclosure.getStatements().get(2)).applyTo(original);
		assertText(original.replaceFirst("\t1\\.1-①-1 適合可能 \"[^\"]*\"", "\t1.1-①-1 適合可能 see shared-3"), changed);
	}

	@Test
	void aRemediationIsWrittenOnTheAnswersLines() {
		String changed = edits.setRemediation(answer("1.1-③-10"), "定期確認の手順を定める", "情報システム部", "2027-03-31")
				.applyTo(original);
		Answer reparsed = reparsed(changed, "1.1-③-10");
		assertEquals("定期確認の手順を定める", reparsed.getRemediation().getPlan());
		assertEquals("情報システム部", reparsed.getRemediation().getOwner());
		assertEquals("2027-03-31", reparsed.getRemediation().getDue());
		assertOnlyChanged(original, changed, "1.1-③-10");
		assertTrue(changed.contains("行っていません。\"\n\t\tplan \"定期確認の手順を定める\" owner \"情報システム部\" due 2027-03-31\n\t\tpinned "),
				"the plan on a line of its own, indented one step deeper than its answer, before its pin, as the tour writes it");
	}

	@Test
	void anAnswerWithAPlanWrittenAgainKeepsItsLayout() {
		String once = edits.setRemediation(answer("1.1-③-10"), "定期確認の手順を定める", null, null).applyTo(original);
		String twice = edits.setRemediation(reparsed(once, "1.1-③-10"), "定期確認の手順を定める", "情報システム部", "2027-03-31")
				.applyTo(once);
		assertText(once.replace("\n\t\tplan \"定期確認の手順を定める\"\n",
				"\n\t\tplan \"定期確認の手順を定める\" owner \"情報システム部\" due 2027-03-31\n"), twice);
	}

	@Test
	void anUnansweredItemGetsAnAnswerWhereTheCatalogPutsIt() {
		String without = original.replaceFirst("\n\t1\\.1-①-2 [^\n]*\n\t\tpinned [^\n]*", "");
		workspace = new TekigoWorkspaceFixture(injector).file("mhlw50.tekigo", earlier).file("mhlw51.tekigo", guideline).file("provider.tekigo", catalog)
				.file("chatwork.tekigo", without);
		disclosure = (Disclosure) workspace.root("chatwork.tekigo");
		org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(disclosure.eResource().getResourceSet());
		Item item = item("1.1-①-2");
		String answered = edits.answer(disclosure, item, "対象外").applyTo(without);
		String pinOfTheAnswerBefore = "\t\tpinned fcad9766, 6.3/C/3 918cb76c\n";
		assertText(without.replace("確認の上提供について検討させていただきます。\"\n" + pinOfTheAnswerBefore,
				"確認の上提供について検討させていただきます。\"\n" + pinOfTheAnswerBefore + "\t1.1-①-2 対象外\n\t\tpinned "
						+ AnswerPins.current(reparsed(answered, "1.1-①-2")).text().substring("pinned ".length()) + "\n"),
				answered);
		assertEquals(List.of(), AnswerPins.changes(reparsed(answered, "1.1-①-2")), "the new answer is pinned to the texts as they are now");
	}

	@Test
	void removingAnAnswerRemovesItsLine() {
		String removed = edits.remove(answer("1.1-①-2")).applyTo(original);
		assertText(original.replaceFirst("\n\t1\\.1-①-2 [^\n]*\n\t\tpinned [^\n]*", ""), removed);
	}

	// ---- helpers --------------------------------------------------------------------------------

	/** Equal texts; on failure the message shows where they first differ, not 47 KB of each. */
	private static void assertText(String expected, String actual) {
		if (expected.equals(actual)) {
			return;
		}
		int at = 0;
		while (at < Math.min(expected.length(), actual.length()) && expected.charAt(at) == actual.charAt(at)) {
			at++;
		}
		int from = Math.max(0, at - 60);
		throw new AssertionError("texts differ at " + at + ":\nexpected …" + expected.substring(from, Math.min(expected.length(), at + 80))
				+ "\nactual   …" + actual.substring(from, Math.min(actual.length(), at + 80)));
	}

	private Answer answer(String id) {
		return disclosure.getAnswers().stream().filter(a -> Ids.of(a.getItem()).equals(id)).findFirst().orElseThrow();
	}

	private Item item(String id) {
		for (var it = disclosure.getCatalog().eAllContents(); it.hasNext();) {
			EObject e = it.next();
			if (e instanceof Item item && Ids.of(item).equals(id)) {
				return item;
			}
		}
		throw new AssertionError(id);
	}

	private static Answer reparsed(String text, String id) {
		TekigoWorkspaceFixture again = new TekigoWorkspaceFixture(injector).file("mhlw50.tekigo", earlier).file("mhlw51.tekigo", guideline)
				.file("provider.tekigo", catalog).file("chatwork.tekigo", text);
		assertEquals(List.of(), again.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList(), "the changed text has no error");
		Disclosure parsed = (Disclosure) again.root("chatwork.tekigo");
		return parsed.getAnswers().stream().filter(a -> Ids.of(a.getItem()).equals(id)).findFirst().orElseThrow();
	}

	/** Everything before and after the lines of that answer is byte for byte the original. */
	private static void assertOnlyChanged(String before, String after, String id) {
		int start = before.indexOf("\t" + id + " ");
		int end = before.indexOf("\n\t", start + 1);
		assertTrue(after.startsWith(before.substring(0, start)), "the text before the answer is unchanged");
		assertTrue(after.endsWith(before.substring(end)), "the text after the answer is unchanged");
	}
}
