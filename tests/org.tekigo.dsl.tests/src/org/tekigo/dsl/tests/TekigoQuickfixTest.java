package org.tekigo.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tekigo.dsl.ide.TekigoIdeSetup;
import org.tekigo.dsl.ide.quickfix.IssueFixes;
import org.tekigo.dsl.validation.IssueCodes;

import com.google.inject.Injector;

/**
 * The quick fixes the studio and a language server offer: each is applied as the editor
 * applies it, and the fixed text is validated again: the diagnostic it fixes is gone.
 */
class TekigoQuickfixTest {

	private static Injector injector;

	@BeforeAll
	static void setUp() {
		injector = new TekigoIdeSetup().createInjectorAndDoEMFRegistration();
	}

	private static final String ANSWERS = """
				1.1-①-1 適合可能 "管理規定を定めています。"
				1.1-①-2 適合可能 "記録の収集と保存を行っています。"
				1.7-①-1 適合可能 "必要な範囲以外は閲覧しません。"
			""".stripTrailing();

	/** The labels of the fixes for the first diagnostic with this code, in the order offered. */
	private static List<String> labels(String disclosure, String code) {
		return fixes(disclosure, code).stream().map(IssueFixes.Fix::label).toList();
	}

	private static List<IssueFixes.Fix> fixes(String disclosure, String code) {
		TekigoWorkspaceFixture workspace = new TekigoWorkspaceFixture(injector).file("g.tekigo", Samples.GUIDELINE)
				.file("c.tekigo", Samples.CATALOG).file("d.tekigo", disclosure);
		Issue issue = workspace.issues().stream().filter(e -> e.getKey().equals("d.tekigo"))
				.map(Map.Entry::getValue).filter(i -> code.equals(i.getCode())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + code + " in " + workspace.diagnostics()));
		XtextResource resource = (XtextResource) workspace.root("d.tekigo").eResource();
		return injector.getInstance(IssueFixes.class).fixes(resource, disclosure, issue);
	}

	/** The disclosure after applying the fix with this label to the first diagnostic with this code. */
	private static String fix(String disclosure, String code, String label) {
		List<IssueFixes.Fix> fixes = fixes(disclosure, code);
		IssueFixes.Fix fix = fixes.stream().filter(f -> f.label().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no fix «" + label + "» among " + fixes.stream().map(IssueFixes.Fix::label).toList()));
		return IssueFixes.apply(disclosure, fix.edits());
	}

	/** The codes of the errors and warnings of the disclosure (the samples' answers are not pinned: that is information). */
	private static List<String> codesAfter(String disclosure) {
		return new TekigoWorkspaceFixture(injector).file("g.tekigo", Samples.GUIDELINE).file("c.tekigo", Samples.CATALOG)
				.file("d.tekigo", disclosure).issues().stream().filter(e -> e.getKey().equals("d.tekigo"))
				.filter(e -> e.getValue().getSeverity() != Severity.INFO).map(e -> e.getValue().getCode()).toList();
	}

	@Test
	void stubAnswersForEveryUnansweredItem() {
		String fixed = fix(Samples.disclosure(ANSWERS.lines().limit(1).reduce("", (a, b) -> a + b + "\n")),
				IssueCodes.UNANSWERED_ITEM, "Add stub answers (不適合) for every unanswered item");
		assertTrue(fixed.contains("\t1.1-①-2 不適合 \"未回答: 回答を記入してください\"\n"), fixed);
		assertTrue(fixed.contains("\t1.7-①-1 不適合 \"未回答: 回答を記入してください\"\n"), fixed);
		assertTrue(!codesAfter(fixed).contains(IssueCodes.UNANSWERED_ITEM), fixed);
	}

	@Test
	void commentAndReasonTemplates() {
		String fixed = fix(Samples.disclosure(ANSWERS.replace("1.1-①-2 適合可能 \"記録の収集と保存を行っています。\"", "1.1-①-2 対象外")),
				IssueCodes.NOT_APPLICABLE_WITHOUT_REASON, "Add the reason it does not apply");
		assertTrue(fixed.contains("1.1-①-2 対象外 \"理由を記入してください\""), fixed);
		assertEquals(List.of(), codesAfter(fixed));
		String body = ANSWERS.replace("1.7-①-1 適合可能 \"必要な範囲以外は閲覧しません。\"", "1.7-①-1 [8.1.2/C/2/5] 適合可能 \"x\"\n1.7-①-1 [8.1.2/D/2] 不適合");
		assertEquals(List.of(), codesAfter(fix(Samples.disclosure(body), IssueCodes.NONCONFORMANT_WITHOUT_COMMENT,
				"Add a comment saying what is missing")));
	}

	@Test
	void remediationBlockForAMinimumGap() {
		String fixed = fix(Samples.disclosure(ANSWERS.replace("1.1-①-2 適合可能", "1.1-①-2 不適合")),
				IssueCodes.MINIMUM_GAP_WITHOUT_PLAN, "Add a remediation plan");
		assertTrue(fixed.contains("行っています。\"\n\t\tplan \"対応計画を記入してください\" owner \"担当部署\" due "), fixed);
		assertEquals(List.of(), codesAfter(fixed));
	}

	@Test
	void referenceToTheClosestExistingId() {
		String mistyped = Samples.disclosure(ANSWERS.replace("1.1-①-2 適合可能", "1.1-①-22 適合可能"));
		String fixed = fix(mistyped, IssueCodes.UNRESOLVED_REFERENCE, "Change to 1.1-①-2 (①-1の規定に含める内容。)");
		assertTrue(fixed.contains("\t1.1-①-2 適合可能"), fixed);
		assertEquals(List.of(), codesAfter(fixed));
		// Up to three candidates, nearest first, each named with its text (cut at 16 characters).
		assertEquals(List.of("Change to 1.1-①-2 (①-1の規定に含める内容。)", "Change to 1.1-①-1 (アクセス管理規定を作成する。)",
				"Change to 1.7-①-1 (閲覧は必要最小限とする。)"), labels(mistyped, IssueCodes.UNRESOLVED_REFERENCE));
	}

	@Test
	void aMistypedStatementIsOfferedWithItsText() {
		String mistyped = Samples.disclosure("\tstatement shared-1 \"利用規約に基づき対応しています。\"\n"
				+ ANSWERS.replace("1.1-①-2 適合可能 \"記録の収集と保存を行っています。\"", "1.1-①-2 適合可能 see shared-2"));
		assertEquals(List.of("Change to shared-1 (利用規約に基づき対応しています。)"), labels(mistyped, IssueCodes.UNRESOLVED_REFERENCE));
		assertEquals(List.of(), codesAfter(fix(mistyped, IssueCodes.UNRESOLVED_REFERENCE, "Change to shared-1 (利用規約に基づき対応しています。)")));
	}

	@Test
	void aWordOutsideTheScaleIsReplacedByItsClosestWords() {
		String broken = Samples.disclosure(ANSWERS.replace("1.1-①-2 適合可能", "1.1-①-2 適合"));
		// Nearest first: 不適合 is one edit away, 適合可能 two; 対象外 (three, as long as the word) is too far to be meant.
		assertEquals(List.of("Replace with 不適合", "Replace with 適合可能"), labels(broken, IssueCodes.UNKNOWN_WORD));
		for (String status : List.of("適合可能", "不適合")) {
			String fixed = fix(broken, IssueCodes.UNKNOWN_WORD, "Replace with " + status);
			assertTrue(fixed.contains("1.1-①-2 " + status + " \"記録"), fixed);
			assertTrue(!codesAfter(fixed).contains(IssueCodes.UNKNOWN_WORD), fixed);
		}
	}

	@Test
	void httpsAndUnusedStatement() {
		String http = fix(Samples.disclosure(ANSWERS.replace("行っています。\"", "行っています。\" evidence url \"http://go.chatwork.com/ja/terms/\"")),
				IssueCodes.URL_NOT_HTTPS, "Use https");
		assertTrue(http.contains("url \"https://go.chatwork.com/ja/terms/\""), http);
		String unused = fix(Samples.disclosure("statement unused \"x\"\n" + ANSWERS), IssueCodes.UNUSED_STATEMENT,
				"Remove the unused statement");
		assertEquals(Samples.disclosure(ANSWERS), unused);
	}
}
