package org.tekigo.dsl.tests;

import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.eclipse.xtext.diagnostics.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tekigo.dsl.tests.TekigoWorkspaceFixture.d;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tekigo.dsl.tests.TekigoWorkspaceFixture.D;
import org.tekigo.dsl.validation.IssueCodes;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Each rule of the validator: what it flags, and the neighbouring cases it must leave alone.
 * Diagnostics are compared as a whole table, so a rule that fires where it should not fails the test.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TekigoInjectorProvider.class)
class TekigoValidationTest {

	private static final String G = "mhlw51.tekigo", C = "provider.tekigo", DISC = "chatwork.tekigo";

	/** Answers every item of the sample catalog, on lines 2 to 4 of the disclosure. */
	private static final String ANSWERS = """
				1.1-①-1 適合可能 "管理規定を定めています。"
				1.1-①-2 適合可能 "記録の収集と保存を行っています。"
				1.7-①-1 適合可能 "必要な範囲以外は閲覧しません。"
			""".stripTrailing();

	@Inject
	private Injector injector;

	private TekigoWorkspaceFixture workspace(String disclosure) {
		return new TekigoWorkspaceFixture(injector).file(G, Samples.GUIDELINE).file(C, Samples.CATALOG).file(DISC, disclosure);
	}

	private List<D> diagnostics(String disclosureBody) {
		return workspace(Samples.disclosure(disclosureBody)).diagnostics();
	}

	private static void assertDiagnostics(List<D> actual, D... expected) {
		assertEquals(List.of(expected).stream().map(D::toString).sorted().toList(),
				actual.stream().map(D::toString).toList());
	}

	private void assertMessage(String disclosureBody, String expected) {
		List<String> messages = workspace(Samples.disclosure(disclosureBody)).messages();
		assertTrue(messages.contains(expected), () -> "expected «" + expected + "» in " + messages);
	}

	@Test
	void sampleWorkspaceIsClean() {
		assertDiagnostics(workspace(Samples.DISCLOSURE).diagnostics());
		assertDiagnostics(diagnostics(ANSWERS));
	}

	@Test
	void unresolvedReferences() {
		assertDiagnostics(diagnostics(ANSWERS + "\n1.1-①-9 適合可能 \"x\"\n1.1-①-1 [6.3/C/99] 適合可能 \"y\""),
				d(DISC, 5, ERROR, IssueCodes.UNRESOLVED_REFERENCE), d(DISC, 6, ERROR, IssueCodes.UNRESOLVED_REFERENCE));
		String catalog = Samples.CATALOG.replace("relates 6.3/C/3\n", "relates 6.3/C/99\n");
		assertDiagnostics(new TekigoWorkspaceFixture(injector).file(G, Samples.GUIDELINE).file(C, catalog).diagnostics(),
				d(C, 5, ERROR, IssueCodes.UNRESOLVED_REFERENCE), d(C, 6, ERROR, IssueCodes.UNRESOLVED_REFERENCE));
	}

	@Test
	void duplicateIds() {
		String guideline = Samples.GUIDELINE.replace("previous \"3.アクセス管理規程を作成すること\"",
				"\nrequirement 3 \"again\"\nrequirement 5 \"a different number is fine\"");
		String catalog = Samples.CATALOG.replace("item 2 ", "item 1 ");
		assertDiagnostics(new TekigoWorkspaceFixture(injector).file(G, guideline).file(C, catalog).diagnostics(),
				d(G, 5, ERROR, IssueCodes.DUPLICATE_ID), d(C, 6, ERROR, IssueCodes.DUPLICATE_ID));
		assertDiagnostics(diagnostics("statement s \"x\"\nstatement s \"y\"\n" + ANSWERS.replace("\"記録の収集と保存を行っています。\"", "see s")),
				d(DISC, 3, ERROR, IssueCodes.DUPLICATE_ID));
		assertTrue(new TekigoWorkspaceFixture(injector).file(G, guideline).messages().contains("Duplicate id 6.3/C/3 in mhlw51"));
	}

	@Test
	void documentDeclaredInTwoFiles() {
		List<D> actual = new TekigoWorkspaceFixture(injector).file(G, Samples.GUIDELINE).file(C, Samples.CATALOG)
				.file("copy.tekigo", Samples.GUIDELINE).file(DISC, Samples.disclosure(ANSWERS)).diagnostics();
		assertTrue(actual.contains(d(G, 1, ERROR, IssueCodes.DUPLICATE_ID)), actual::toString);
		assertTrue(actual.contains(d("copy.tekigo", 1, ERROR, IssueCodes.DUPLICATE_ID)), actual::toString);
		assertTrue(new TekigoWorkspaceFixture(injector).file(G, Samples.GUIDELINE).file("copy.tekigo", Samples.GUIDELINE)
				.messages().contains("Duplicate id mhlw51: also declared in copy.tekigo"));
	}

	@Test
	void unansweredItem() {
		assertDiagnostics(diagnostics(ANSWERS.replace("1.1-①-2 適合可能 \"記録の収集と保存を行っています。\"", "")),
				d(DISC, 1, WARNING, IssueCodes.UNANSWERED_ITEM));
		assertMessage(ANSWERS.replace("1.1-①-2 適合可能", "// 1.1-①-2 適合可能"), "Item 1.1-①-2 has no answer");
	}

	@Test
	void requirementNotRelatedToItem() {
		String body = ANSWERS.replace("1.1-①-1 適合可能", "1.1-①-1 [8.1.2/D/2] 適合可能");
		assertDiagnostics(diagnostics(body), d(DISC, 2, ERROR, IssueCodes.REQUIREMENT_NOT_RELATED));
		assertMessage(body, "Requirement 8.1.2/D/2 is not related to item 1.1-①-1");
		assertDiagnostics(diagnostics(ANSWERS.replace("1.1-①-1 適合可能", "1.1-①-1 [6.3/C/3] 適合可能")));
	}

	@Test
	void itemOfAnotherCatalog() {
		String other = Samples.CATALOG.replace("catalog provider", "catalog other");
		List<D> actual = new TekigoWorkspaceFixture(injector).file(G, Samples.GUIDELINE).file(C, Samples.CATALOG)
				.file("other.tekigo", other).file(DISC, Samples.disclosure(ANSWERS + "\nother/1.1-①-1 適合可能 \"x\""))
				.diagnostics();
		assertDiagnostics(actual, d(DISC, 5, ERROR, IssueCodes.ITEM_OF_OTHER_CATALOG));
	}

	@Test
	void duplicateAnswers() {
		assertDiagnostics(diagnostics(ANSWERS + "\n1.1-①-1 適合可能 \"again\""), d(DISC, 5, ERROR, IssueCodes.DUPLICATE_ANSWER));
		String perRequirement = ANSWERS.replace("1.7-①-1 適合可能", "1.7-①-1 [8.1.2/D/2] 適合可能");
		assertDiagnostics(diagnostics(perRequirement + "\n1.7-①-1 [8.1.2/C/2/5] 適合可能 \"x\"\n1.7-①-1 [8.1.2/D/2] 適合可能 \"y\""),
				d(DISC, 6, ERROR, IssueCodes.DUPLICATE_ANSWER));
		assertMessage(ANSWERS + "\n1.1-①-1 適合可能 \"again\"", "Item 1.1-①-1 is answered twice");
	}

	@Test
	void itemAnsweredAsAWholeAndPerRequirement() {
		assertDiagnostics(diagnostics(ANSWERS + "\n1.7-①-1 [8.1.2/D/2] 適合可能 \"x\""),
				d(DISC, 5, ERROR, IssueCodes.MIXED_ANSWER));
	}

	@Test
	void nonconformantWithoutComment() {
		assertDiagnostics(diagnostics(ANSWERS.replace("1.7-①-1 適合可能 \"必要な範囲以外は閲覧しません。\"", "1.7-①-1 [8.1.2/C/2/5] 適合可能 \"x\"\n1.7-①-1 [8.1.2/D/2] 不適合")),
				d(DISC, 5, WARNING, IssueCodes.NONCONFORMANT_WITHOUT_COMMENT));
		assertDiagnostics(diagnostics("statement s \"理由\"\n" + ANSWERS.replace("1.7-①-1 適合可能 \"必要な範囲以外は閲覧しません。\"", "1.7-①-1 [8.1.2/C/2/5] 適合可能 \"x\"\n1.7-①-1 [8.1.2/D/2] nonconformant see s")));
	}

	@Test
	void notApplicableWithoutReason() {
		assertDiagnostics(diagnostics(ANSWERS.replace("1.1-①-2 適合可能 \"記録の収集と保存を行っています。\"", "1.1-①-2 対象外")),
				d(DISC, 3, WARNING, IssueCodes.NOT_APPLICABLE_WITHOUT_REASON));
		assertDiagnostics(diagnostics(ANSWERS.replace("1.1-①-2 適合可能", "1.1-①-2 対象外")));
		assertDiagnostics(diagnostics(ANSWERS.replace("1.1-①-2 適合可能 \"記録の収集と保存を行っています。\"", "1.1-①-2 notApplicable \"   \"")),
				d(DISC, 3, WARNING, IssueCodes.NOT_APPLICABLE_WITHOUT_REASON));
	}

	@Test
	void minimumGapWithoutPlan() {
		String gap = ANSWERS.replace("1.1-①-2 適合可能", "1.1-①-2 不適合");
		assertDiagnostics(diagnostics(gap), d(DISC, 3, WARNING, IssueCodes.MINIMUM_GAP_WITHOUT_PLAN));
		assertMessage(gap, "不適合 against minimum requirement 6.3/C/3 has no remediation plan");
		assertDiagnostics(diagnostics(gap.replace("行っています。\"", "行っています。\" plan \"手順を定める\" owner \"情報システム部\" due 2999-12-31")));
		// A gap against a recommended requirement only is not a gap against the minimum.
		assertDiagnostics(diagnostics(ANSWERS.replace("1.7-①-1 適合可能 \"必要な範囲以外は閲覧しません。\"", "1.7-①-1 [8.1.2/C/2/5] 適合可能 \"x\"\n1.7-①-1 [8.1.2/D/2] 不適合 \"y\"")));
	}

	@Test
	void dueDates() {
		String past = ANSWERS.replace("行っています。\"", "行っています。\" plan \"p\" due 2020-01-31");
		assertDiagnostics(diagnostics(past), d(DISC, 3, WARNING, IssueCodes.DUE_DATE_PAST));
		assertMessage(past, "Due date 2020-01-31 is in the past");
		assertDiagnostics(diagnostics(ANSWERS.replace("行っています。\"", "行っています。\" plan \"p\" due 2027-13-45")),
				d(DISC, 3, ERROR, IssueCodes.MALFORMED_DUE_DATE));
		assertDiagnostics(diagnostics(ANSWERS.replace("行っています。\"", "行っています。\" plan \"p\" due 2999-01-31")));
	}

	@Test
	void evidenceUrls() {
		String http = ANSWERS.replace("行っています。\"", "行っています。\" evidence url \"http://go.chatwork.com/ja/terms/\"");
		assertDiagnostics(diagnostics(http), d(DISC, 3, WARNING, IssueCodes.URL_NOT_HTTPS));
		assertMessage(http, "Evidence URL http://go.chatwork.com/ja/terms/ is not https");
		assertDiagnostics(diagnostics(ANSWERS.replace("行っています。\"", "行っています。\" evidence url \"https://go.chatwork. com/ja/terms/\"")),
				d(DISC, 3, ERROR, IssueCodes.MALFORMED_URL));
		assertDiagnostics(diagnostics(ANSWERS.replace("行っています。\"", "行っています。\" evidence url \"go.chatwork.com\"")),
				d(DISC, 3, ERROR, IssueCodes.MALFORMED_URL));
		assertDiagnostics(diagnostics(ANSWERS.replace("行っています。\"",
				"行っています。\" evidence url \"https://go.chatwork.com/ja/terms/\", document \"利用規約 第15条\"")));
	}

	@Test
	void siblingCitations() {
		String catalog = Samples.CATALOG.replace("①-1の規定に含める内容。", "⑤-7で定める手順と①-２の規定。");
		TekigoWorkspaceFixture fixture = new TekigoWorkspaceFixture(injector).file(G, Samples.GUIDELINE).file(C, catalog);
		assertDiagnostics(fixture.diagnostics(), d(C, 6, WARNING, IssueCodes.UNKNOWN_SIBLING_CITATION));
		assertTrue(fixture.messages().contains("⑤-7 cites no item of group 1.1"), fixture.messages()::toString);
		assertDiagnostics(new TekigoWorkspaceFixture(injector).file(G, Samples.GUIDELINE).file(C,
				Samples.CATALOG.replace("①-1の規定", "①-2の規定")).diagnostics());
	}

	@Test
	void unusedStatement() {
		assertDiagnostics(diagnostics("statement unused \"x\"\n" + ANSWERS), d(DISC, 2, WARNING, IssueCodes.UNUSED_STATEMENT));
		assertMessage("statement unused \"x\"\n" + ANSWERS, "Statement unused is never used");
	}

	@Test
	void disclosureWhoseGuidelineIsMissing() {
		List<D> actual = new TekigoWorkspaceFixture(injector).file(C, Samples.CATALOG)
				.file(DISC, Samples.disclosure(ANSWERS)).diagnostics();
		assertTrue(actual.contains(d(DISC, 1, ERROR, IssueCodes.MISSING_GUIDELINE)), actual::toString);
		List<String> messages = new TekigoWorkspaceFixture(injector).file(C, Samples.CATALOG)
				.file(DISC, Samples.disclosure(ANSWERS)).messages();
		assertTrue(messages.contains("Catalog provider stands on guideline mhlw51, which is not in the workspace"));
		assertDiagnostics(diagnostics(ANSWERS));
	}
}
