package org.tekigo.dsl.tests;

import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.eclipse.xtext.diagnostics.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tekigo.dsl.tests.TekigoWorkspaceFixture.d;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.tekigo.dsl.ide.TekigoIdeSetup;
import org.tekigo.dsl.ide.quickfix.IssueFixes;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Meaning;
import org.tekigo.dsl.tests.TekigoWorkspaceFixture.D;
import org.tekigo.dsl.validation.IssueCodes;
import org.tekigo.dsl.workspace.Scales;

import com.google.inject.Injector;

/**
 * Answer scales: a catalog says which words its answers use, what each means and what an answer
 * with it must carry; the rules read the scale, never the provider checklist's three words. A
 * third scale (対応済 / 一部対応 / 未対応 / 該当なし) and the cybersecurity checklist's (はい /
 * いいえ, a target date for いいえ), on catalogs of the tests' own words.
 */
class TekigoScalesTest {

	private static final String C = "c.tekigo", DISC = "d.tekigo";

	/** A questionnaire of a hospital group, with a scale of four words, relating to no guideline; and answers to it. */
	static final Path FIXTURE = Path.of("../fixtures/questionnaire");
	static final String QUESTIONNAIRE = read("questionnaire.tekigo"), ANSWERS = read("vendor.tekigo");

	private static String read(String file) {
		try {
			return Files.readString(FIXTURE.resolve(file));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static final Injector injector = new TekigoIdeSetup().createInjectorAndDoEMFRegistration();

	private static TekigoWorkspaceFixture workspace(String catalog, String disclosure) {
		return new TekigoWorkspaceFixture(injector).file(C, catalog).file(DISC, disclosure);
	}

	private static void assertDiagnostics(List<D> actual, D... expected) {
		assertEquals(List.of(expected).stream().map(D::toString).sorted().toList(), actual.stream().map(D::toString).toList());
	}

	@Test
	void aCatalogOfItsOwnAnswersWithTheWordsItDeclares() {
		TekigoWorkspaceFixture workspace = workspace(QUESTIONNAIRE, ANSWERS);
		assertDiagnostics(workspace.diagnostics());
		Disclosure disclosure = (Disclosure) workspace.root(DISC);
		assertEquals(List.of(Meaning.FULFILLED, Meaning.PARTLY_FULFILLED, Meaning.GAP),
				disclosure.getAnswers().stream().map(Scales::meaning).toList());
		// The aliases are the same words.
		TekigoWorkspaceFixture aliases = workspace(QUESTIONNAIRE, ANSWERS.replace(" 対応済\n", " done\n").replace(" 未対応 ", " notYet "));
		assertDiagnostics(aliases.diagnostics());
		assertEquals(List.of(Meaning.FULFILLED, Meaning.PARTLY_FULFILLED, Meaning.GAP),
				((Disclosure) aliases.root(DISC)).getAnswers().stream().map(Scales::meaning).toList());
	}

	@Test
	void aCatalogWithoutAScaleAnswersWithTheProviderChecklistsWords() {
		TekigoWorkspaceFixture workspace = new TekigoWorkspaceFixture(injector).file("g.tekigo", Samples.GUIDELINE)
				.file(C, Samples.CATALOG).file(DISC, Samples.DISCLOSURE);
		assertDiagnostics(workspace.diagnostics());
		assertEquals(Scales.PROVIDER, Scales.around(workspace.root(DISC)));
		// The provider's words are no keywords any more: in another catalog's scale they are unknown.
		assertDiagnostics(workspace(QUESTIONNAIRE, ANSWERS.replace(" 対応済\n", " 適合可能\n")).diagnostics(),
				d(DISC, 2, ERROR, IssueCodes.UNKNOWN_WORD));
	}

	@Test
	void whatAWordRequiresIsWhatTheRulesAskFor() {
		String bare = """
				disclosure vendor "ベンダー" answers questionnaire {
					1.1-①-1 一部対応
					1.1-①-2 該当なし
					1.2-①-1 未対応 "教育の計画がありません。"
				}
				""";
		TekigoWorkspaceFixture workspace = workspace(QUESTIONNAIRE, bare);
		assertDiagnostics(workspace.diagnostics(), d(DISC, 2, WARNING, IssueCodes.NONCONFORMANT_WITHOUT_COMMENT),
				d(DISC, 3, WARNING, IssueCodes.NOT_APPLICABLE_WITHOUT_REASON), d(DISC, 4, WARNING, IssueCodes.MISSING_DUE),
				d(DISC, 4, WARNING, IssueCodes.MISSING_PLAN));
		// Each message names the word the vendor wrote, not the provider's.
		assertEquals(List.of("一部対応 without a comment: say what is missing", "未対応 without a remediation plan: say how it will be done and by when",
				"未対応 without a target date: write due YYYY-MM-DD", "該当なし without a reason: give a comment or a statement"),
				warnings(workspace));
	}

	@Test
	void badScalesAreErrorsAtTheirPlace() {
		String noGap = QUESTIONNAIRE.replace("\t\tword 未対応 alias notYet gap requires comment, plan, due\n", "");
		assertDiagnostics(workspace(noGap, ANSWERS).diagnostics(), d(C, 2, ERROR, IssueCodes.NO_GAP_WORD),
				d(DISC, 4, ERROR, IssueCodes.UNKNOWN_WORD));
		String twoGaps = QUESTIONNAIRE.replace("word 一部対応 alias partly partlyFulfilled", "word 一部対応 alias partly gap");
		assertDiagnostics(workspace(twoGaps, ANSWERS).diagnostics(), d(C, 5, ERROR, IssueCodes.SAME_MEANING));
		String twice = QUESTIONNAIRE.replace("word 該当なし alias none", "word 該当なし alias done");
		assertDiagnostics(workspace(twice, ANSWERS).diagnostics(), d(C, 6, ERROR, IssueCodes.DUPLICATE_WORD));
		TekigoWorkspaceFixture outside = workspace(QUESTIONNAIRE, ANSWERS.replace(" 対応済\n", " はい\n"));
		assertDiagnostics(outside.diagnostics(), d(DISC, 2, ERROR, IssueCodes.UNKNOWN_WORD));
		assertEquals(List.of("はい is not a word of catalog questionnaire: write one of 対応済 / 一部対応 / 未対応 / 該当なし"),
				warnings(outside));
	}

	@Test
	void aWordTheScaleNoLongerHasIsFixedToItsClosestWord() {
		// The catalog's scale changed under existing answers: 一部対応 became 一部対応済.
		String changed = QUESTIONNAIRE.replace("word 一部対応 alias partly", "word 一部対応済 alias partly");
		TekigoWorkspaceFixture workspace = workspace(changed, ANSWERS);
		assertDiagnostics(workspace.diagnostics(), d(DISC, 3, ERROR, IssueCodes.UNKNOWN_WORD));
		List<IssueFixes.Fix> fixes = fixes(workspace, ANSWERS, IssueCodes.UNKNOWN_WORD);
		assertEquals("Replace with 一部対応済", fixes.get(0).label());
		String fixed = IssueFixes.apply(ANSWERS, fixes.get(0).edits());
		assertTrue(fixed.contains("1.1-①-2 一部対応済 \"同じ建物"), fixed);
		assertDiagnostics(workspace(changed, fixed).diagnostics());
	}

	@Test
	void theCybersecurityChecklistsShapeAsksANoForATargetDate() {
		String checklist = """
				catalog cyber "サイバーセキュリティ対策の確認表（事業者用）" {
					scale {
						word はい alias yes fulfilled
						word いいえ alias no gap requires due
					}
					category 1 "体制" {
						group 1.1 "連絡体制" {
							measure ① "責任者" {
								item 1 "セキュリティの責任者を決めている。"
							}
						}
					}
				}
				""";
		String answers = """
				disclosure vendor-sakura "ベンダー（さくら病院向け）" answers cyber {
					1.1-①-1 いいえ
				}
				""";
		assertDiagnostics(workspace(checklist, answers).diagnostics(), d(DISC, 2, WARNING, IssueCodes.MISSING_DUE));
		assertDiagnostics(workspace(checklist, answers.replace("いいえ\n", "いいえ due 2099-03-31\n")).diagnostics());
		assertDiagnostics(workspace(checklist, answers.replace("いいえ\n", "yes\n")).diagnostics());
	}

	@Test
	void theMinimumGapRuleReadsTheScalesGapWord() {
		String catalog = Samples.CATALOG.replace("guideline mhlw51 {", """
				guideline mhlw51 {
					scale {
						word ○ fulfilled
						word △ partlyFulfilled requires comment
						word × gap requires comment
					}""");
		String answers = Samples.disclosure("""
					1.1-①-1 × "規定はまだありません。"
					1.1-①-2 △ "一部のみ行っています。"
					1.7-①-1 ○
				""".stripTrailing());
		TekigoWorkspaceFixture workspace = new TekigoWorkspaceFixture(injector).file("g.tekigo", Samples.GUIDELINE)
				.file(C, catalog).file(DISC, answers);
		assertDiagnostics(workspace.diagnostics(), d(DISC, 2, WARNING, IssueCodes.MINIMUM_GAP_WITHOUT_PLAN));
		assertTrue(workspace.messages().contains("× against minimum requirement 6.3/C/3 has no remediation plan"), workspace.messages().toString());
		Answer partly = ((Disclosure) workspace.root(DISC)).getAnswers().get(1);
		assertEquals(Meaning.PARTLY_FULFILLED, Scales.meaning(partly));
	}

	/** The messages of the errors and warnings (not the information that the answers are not pinned). */
	private static List<String> warnings(TekigoWorkspaceFixture workspace) {
		return workspace.issues().stream().map(Map.Entry::getValue).filter(i -> i.getSeverity() != org.eclipse.xtext.diagnostics.Severity.INFO)
				.map(Issue::getMessage).sorted().toList();
	}

	private static List<IssueFixes.Fix> fixes(TekigoWorkspaceFixture workspace, String text, String code) {
		Issue issue = workspace.issues().stream().filter(e -> e.getKey().equals(DISC)).map(Map.Entry::getValue)
				.filter(i -> code.equals(i.getCode())).findFirst().orElseThrow();
		XtextResource resource = (XtextResource) workspace.root(DISC).eResource();
		return injector.getInstance(IssueFixes.class).fixes(resource, text, issue);
	}
}
