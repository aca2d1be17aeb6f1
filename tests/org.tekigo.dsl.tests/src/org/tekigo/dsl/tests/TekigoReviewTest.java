package org.tekigo.dsl.tests;

import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.eclipse.xtext.diagnostics.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tekigo.dsl.tests.TekigoWorkspaceFixture.d;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tekigo.dsl.ide.TekigoIdeSetup;
import org.tekigo.dsl.ide.quickfix.IssueFixes;
import org.tekigo.dsl.review.ReviewTexts;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tests.TekigoWorkspaceFixture.D;
import org.tekigo.dsl.validation.IssueCodes;

import com.google.inject.Injector;

/**
 * A hospital's review of the sample disclosure: each rule of the review validator, and the quick
 * fixes that answer them, applied as an editor applies them and validated again.
 */
class TekigoReviewTest {

	private static final String G = "mhlw51.tekigo", C = "provider.tekigo", DISC = "chatwork.tekigo", REV = "review.tekigo";

	private static Injector injector;

	@BeforeAll
	static void setUp() {
		injector = new TekigoIdeSetup().createInjectorAndDoEMFRegistration();
	}

	private static TekigoWorkspaceFixture workspace(String disclosure, String review) {
		TekigoWorkspaceFixture workspace = new TekigoWorkspaceFixture(injector).file(G, Samples.GUIDELINE).file(C, Samples.CATALOG)
				.file(DISC, disclosure);
		return review == null ? workspace : workspace.file(REV, review);
	}

	/** The review the tooling writes for a disclosure: a pinned, empty verdict (未判定) per answer. */
	private static String newReview(String disclosure) {
		Disclosure loaded = (Disclosure) workspace(disclosure, null).root(DISC);
		return ReviewTexts.newReview(loaded, "kyoto", "Chatwork の審査", "京都中央病院");
	}

	/** The new review with every verdict judged 受入可 on a date. */
	private static String judged(String disclosure) {
		return newReview(disclosure).replace(" 未判定 ", " 受入可 on 2026-11-20 ");
	}

	private static List<D> reviewDiagnostics(String disclosure, String review) {
		return workspace(disclosure, review).diagnostics().stream().filter(d -> d.file().equals(REV)).toList();
	}

	private static void assertDiagnostics(List<D> actual, D... expected) {
		assertEquals(List.of(expected).stream().map(D::toString).sorted().toList(), actual.stream().map(D::toString).toList());
	}

	private static String fix(String disclosure, String review, String code, String label) {
		List<IssueFixes.Fix> fixes = fixes(disclosure, review, code);
		IssueFixes.Fix fix = fixes.stream().filter(f -> f.label().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no fix «" + label + "» among " + fixes.stream().map(IssueFixes.Fix::label).toList()));
		return IssueFixes.apply(review, fix.edits());
	}

	private static List<IssueFixes.Fix> fixes(String disclosure, String review, String code) {
		TekigoWorkspaceFixture workspace = workspace(disclosure, review);
		Issue issue = workspace.issues().stream().filter(e -> e.getKey().equals(REV)).map(Map.Entry::getValue)
				.filter(i -> code.equals(i.getCode())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + code + " in " + workspace.diagnostics()));
		return injector.getInstance(IssueFixes.class).fixes((XtextResource) workspace.root(REV).eResource(), review, issue);
	}

	@Test
	void aNewReviewHasOnePendingVerdictPerAnswerInTheDisclosuresOrder() {
		String review = newReview(Samples.DISCLOSURE);
		assertEquals("""
				review kyoto "Chatwork の審査" of chatwork by "京都中央病院" {
					1.1-①-1 未判定 pinned 適合可能 %s
					1.1-①-2 未判定 pinned 適合可能 %s
					1.7-①-1 [8.1.2/C/2/5] 未判定 pinned 適合可能 %s
					1.7-①-1 [8.1.2/D/2] 未判定 pinned 不適合 %s
				}
				""".formatted(pins(review).toArray()), review);
		assertEquals(4, pins(review).stream().distinct().count(), "four different answers, four different pins");
		assertDiagnostics(reviewDiagnostics(Samples.DISCLOSURE, review), d(REV, 2, WARNING, IssueCodes.PENDING_VERDICT),
				d(REV, 3, WARNING, IssueCodes.PENDING_VERDICT), d(REV, 4, WARNING, IssueCodes.PENDING_VERDICT),
				d(REV, 5, WARNING, IssueCodes.PENDING_VERDICT));
	}

	private static List<String> pins(String review) {
		return review.lines().filter(l -> l.contains(" pinned ")).map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList();
	}

	@Test
	void aJudgedReviewOfAnUnchangedDisclosureIsClean() {
		assertDiagnostics(reviewDiagnostics(Samples.DISCLOSURE, judged(Samples.DISCLOSURE)));
	}

	@Test
	void layoutCommentsAndAliasesDoNotMakeAVerdictSuspect() {
		String relaid = Samples.DISCLOSURE.replace("1.1-①-2 適合可能", "// reworded nothing\n\t1.1-①-2   conformant")
				.replace("\t1.7-①-1 [8.1.2/D/2] 不適合", "\t1.7-①-1 [8.1.2/D/2]\n\t\tnonconformant");
		assertDiagnostics(reviewDiagnostics(relaid, judged(Samples.DISCLOSURE)));
	}

	@Test
	void aChangedAnswerMakesItsVerdictSuspectAndRePinningClearsIt() {
		String review = judged(Samples.DISCLOSURE);
		String changed = Samples.DISCLOSURE.replace("記録の収集と保存を行っています。", "記録の収集のみ行っています。");
		assertDiagnostics(reviewDiagnostics(changed, review), d(REV, 3, WARNING, IssueCodes.SUSPECT_VERDICT));
		assertTrue(workspace(changed, review).messages().contains("suspect: the answer changed since it was reviewed on 2026-11-20"));

		String label = "Re-pin: the answer now says 適合可能 \"記録の収集のみ行っています。\" (was 適合可能, its text, evidence or plan since changed)";
		String repinned = fix(changed, review, IssueCodes.SUSPECT_VERDICT, label);
		assertDiagnostics(reviewDiagnostics(changed, repinned));
		assertEquals(review.lines().filter(l -> !l.contains("1.1-①-2")).toList(),
				repinned.lines().filter(l -> !l.contains("1.1-①-2")).toList(), "only the suspect verdict's pin changed");
	}

	@Test
	void aChangedStatusOrStatementTextOrPlanMakesAVerdictSuspect() {
		String review = judged(Samples.DISCLOSURE);
		assertDiagnostics(reviewDiagnostics(Samples.DISCLOSURE.replace("[8.1.2/D/2] 不適合", "[8.1.2/D/2] 対象外"), review),
				d(REV, 5, WARNING, IssueCodes.SUSPECT_VERDICT));
		assertDiagnostics(reviewDiagnostics(Samples.DISCLOSURE.replace("管理規定を定めています。", "管理規定を改定中です。"), review),
				d(REV, 2, WARNING, IssueCodes.SUSPECT_VERDICT));
		String planned = Samples.DISCLOSURE.replace("\"技術的な制限はありません。\"", "\"技術的な制限はありません。\" plan \"暗号化する\"");
		assertDiagnostics(reviewDiagnostics(planned, review), d(REV, 5, WARNING, IssueCodes.SUSPECT_VERDICT));
		assertTrue(fixes(Samples.DISCLOSURE.replace("[8.1.2/D/2] 不適合", "[8.1.2/D/2] 対象外"), review, IssueCodes.SUSPECT_VERDICT)
				.get(0).label().startsWith("Re-pin: the answer now says 対象外 \"技術的な制限はありません。\" (was 不適合)"));
	}

	@Test
	void answersWithoutVerdictAndTheFixThatAddsThem() {
		String review = judged(Samples.DISCLOSURE).lines().filter(l -> !l.contains("1.7-①-1")).reduce("", (a, b) -> a + b + "\n");
		assertDiagnostics(reviewDiagnostics(Samples.DISCLOSURE, review), d(REV, 1, WARNING, IssueCodes.ANSWER_WITHOUT_VERDICT),
				d(REV, 1, WARNING, IssueCodes.ANSWER_WITHOUT_VERDICT));
		assertTrue(workspace(Samples.DISCLOSURE, review).messages().contains("Answer 1.7-①-1[8.1.2/D/2] has no verdict"));
		String fixed = fix(Samples.DISCLOSURE, review, IssueCodes.ANSWER_WITHOUT_VERDICT,
				"Add an empty verdict (未判定) for every answer without one");
		assertDiagnostics(reviewDiagnostics(Samples.DISCLOSURE, fixed), d(REV, 4, WARNING, IssueCodes.PENDING_VERDICT),
				d(REV, 5, WARNING, IssueCodes.PENDING_VERDICT));
	}

	@Test
	void pendingVerdictsAreJudgedByAFixThatDatesThem() {
		String review = newReview(Samples.DISCLOSURE);
		assertEquals(List.of("Judge 受入可 (accepted), dated today", "Judge 要確認 (needsClarification), dated today",
				"Judge 受入不可 (notAccepted), dated today"),
				fixes(Samples.DISCLOSURE, review, IssueCodes.PENDING_VERDICT).stream().map(IssueFixes.Fix::label).toList());
		String fixed = fix(Samples.DISCLOSURE, review, IssueCodes.PENDING_VERDICT, "Judge 要確認 (needsClarification), dated today");
		assertTrue(fixed.lines().skip(1).findFirst().orElseThrow().matches("\t1\\.1-①-1 要確認 on \\d{4}-\\d\\d-\\d\\d pinned 適合可能 \\w{8}"),
				fixed);
		assertEquals(3, reviewDiagnostics(Samples.DISCLOSURE, fixed).size(), "three verdicts left to give");
	}

	@Test
	void anUnpinnedVerdictIsPinnedByAFix() {
		String review = judged(Samples.DISCLOSURE).replaceFirst(" on 2026-11-20 pinned 適合可能 \\w{8}", " \"確認済み\" on 2026-11-20");
		assertDiagnostics(reviewDiagnostics(Samples.DISCLOSURE, review), d(REV, 2, WARNING, IssueCodes.UNPINNED_VERDICT));
		String fixed = fix(Samples.DISCLOSURE, review, IssueCodes.UNPINNED_VERDICT, "Pin to the answer as it is now");
		assertEquals(judged(Samples.DISCLOSURE).replaceFirst(" on 2026-11-20", " \"確認済み\" on 2026-11-20"), fixed);
		assertDiagnostics(reviewDiagnostics(Samples.DISCLOSURE, fixed));
	}

	@Test
	void aVerdictOnNoAnswerIsAnErrorRemovedByAFix() {
		String disclosure = Samples.DISCLOSURE.replace("\t1.1-①-2 適合可能 \"記録の収集と保存を行っています。\"\n", "");
		String review = judged(Samples.DISCLOSURE);
		assertDiagnostics(reviewDiagnostics(disclosure, review), d(REV, 3, ERROR, IssueCodes.VERDICT_WITHOUT_ANSWER));
		assertTrue(workspace(disclosure, review).messages().contains("Disclosure chatwork has no answer 1.1-①-2"));
		String fixed = fix(disclosure, review, IssueCodes.VERDICT_WITHOUT_ANSWER, "Remove the verdict");
		assertDiagnostics(reviewDiagnostics(disclosure, fixed));
		assertEquals(review.lines().count() - 1, fixed.lines().count());
	}

	@Test
	void twoVerdictsOnOneAnswer() {
		String review = judged(Samples.DISCLOSURE);
		String twice = review.replace("}\n", review.lines().skip(2).findFirst().orElseThrow() + "\n}\n");
		assertDiagnostics(reviewDiagnostics(Samples.DISCLOSURE, twice), d(REV, 6, ERROR, IssueCodes.DUPLICATE_VERDICT));
	}

	@Test
	void aMinimumGapAcceptedNeedsANote() {
		String gap = Samples.DISCLOSURE.replace("[8.1.2/C/2/5] 適合可能", "[8.1.2/C/2/5] 不適合");
		String review = judged(gap);
		// line 4 answers the minimum requirement 8.1.2/C/2/5; line 5's gap is against a recommended (D) one
		assertDiagnostics(reviewDiagnostics(gap, review), d(REV, 4, WARNING, IssueCodes.MINIMUM_GAP_ACCEPTED_WITHOUT_NOTE));
		assertTrue(workspace(gap, review).messages()
				.contains("不適合 against minimum requirement 8.1.2/C/2/5 accepted without a note: say why the risk is acceptable"));
		String fixed = fix(gap, review, IssueCodes.MINIMUM_GAP_ACCEPTED_WITHOUT_NOTE, "Add a note saying why the risk is acceptable");
		assertTrue(fixed.contains("[8.1.2/C/2/5] 受入可 \"リスクを受容する理由を記入してください\" on 2026-11-20"), fixed);
		assertDiagnostics(reviewDiagnostics(gap, fixed));
		assertDiagnostics(reviewDiagnostics(gap, review.replace("[8.1.2/C/2/5] 受入可", "[8.1.2/C/2/5] 受入不可")));
	}

	@Test
	void followUpsAndDates() {
		String review = judged(Samples.DISCLOSURE);
		String past = review.replace("}\n", "").stripTrailing() + "\n\t\tfollow-up \"ベンダーへ照会\" owner \"情報システム課\" due 2020-01-31\n}\n";
		assertDiagnostics(reviewDiagnostics(Samples.DISCLOSURE, past), d(REV, 6, WARNING, IssueCodes.FOLLOW_UP_PAST_DUE));
		assertDiagnostics(reviewDiagnostics(Samples.DISCLOSURE, past.replace("2020-01-31", "2099-01-31")));
		assertDiagnostics(reviewDiagnostics(Samples.DISCLOSURE, past.replace("2020-01-31", "2099-13-31")),
				d(REV, 6, ERROR, IssueCodes.MALFORMED_DUE_DATE));
		assertDiagnostics(reviewDiagnostics(Samples.DISCLOSURE, review.replaceFirst("2026-11-20", "2026-11-31")),
				d(REV, 2, ERROR, IssueCodes.MALFORMED_REVIEW_DATE));
	}

	@Test
	void englishAliasesForVerdicts() {
		String review = judged(Samples.DISCLOSURE).replaceFirst("受入可", "accepted").replaceFirst("受入可", "needsClarification")
				.replaceFirst("受入可", "notAccepted").replaceFirst("受入可", "pending");
		assertDiagnostics(reviewDiagnostics(Samples.DISCLOSURE, review), d(REV, 5, WARNING, IssueCodes.PENDING_VERDICT));
	}
}
