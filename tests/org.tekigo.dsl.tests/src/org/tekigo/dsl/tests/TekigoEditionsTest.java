package org.tekigo.dsl.tests;

import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.eclipse.xtext.diagnostics.Severity.INFO;
import static org.eclipse.xtext.diagnostics.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tekigo.dsl.tests.TekigoWorkspaceFixture.d;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.tekigo.dsl.edition.AnswerPins;
import org.tekigo.dsl.edition.Migration;
import org.tekigo.dsl.edition.PinEdits;
import org.tekigo.dsl.edition.TextEdits;
import org.tekigo.dsl.ide.TekigoIdeSetup;
import org.tekigo.dsl.ide.quickfix.IssueFixes;
import org.tekigo.dsl.tekigo.Catalog;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Guideline;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.tests.TekigoWorkspaceFixture.D;
import org.tekigo.dsl.validation.IssueCodes;
import org.tekigo.dsl.workspace.Ids;
import org.tekigo.dsl.workspace.Requirements;
import org.tekigo.dsl.workspace.Weights;
import org.tekigo.dsl.workspace.Weights.RequirementWeight;

import com.google.inject.Injector;

/**
 * Editions: guidelines of any shape with the weights they declare, one edition succeeding another,
 * answers pinned to the texts they answer and stale when one of those changes, and a disclosure
 * migrated to the catalog of another edition.
 */
class TekigoEditionsTest {

	private static final String G = "mhlw51.tekigo", C = "provider.tekigo", DISC = "chatwork.tekigo", G60 = "g60.tekigo",
			C60 = "provider60.tekigo";

	/** A guideline of the 6.0 edition's shape in the test's own words: volumes, chapters, obligations. */
	static final String GUIDELINE_60 = """
			guideline g60 "ガイドライン" version "6.0" succeeds mhlw51 {
				weight obligation "遵守事項" minimum default
				weight advice "推奨事項" recommended
				section planning "企画管理編" {
					section 11 "アクセスの管理" {
						requirement ① "利用者ごとに権限を定め、記録と点検の方法を規程にすること。" was 6.3/C/3
					}
					section 13 "外部保存の委託" {
						requirement ① "保守に要る範囲を超えて見せないこと。" was 8.1.2/C/2/5
						requirement ② "委託元だけが見られることを担保させること。" weight advice was 8.1.2/D/2
					}
				}
			}
			""";

	/** The sample catalog's items related to the 6.0-shaped guideline. */
	static final String CATALOG_60 = Samples.CATALOG.replace("catalog provider ", "catalog provider60 ")
			.replace("guideline mhlw51 {", "guideline g60 {").replace("relates 6.3/C/3", "relates planning/11/①")
			.replace("relates 8.1.2/C/2/5, 8.1.2/D/2", "relates planning/13/①, planning/13/②");

	/** The IDE's injector: the language and its quick fixes, as the studio and the language server have them. */
	private static final Injector injector = new TekigoIdeSetup().createInjectorAndDoEMFRegistration();

	private TekigoWorkspaceFixture workspace(String guideline, String disclosure) {
		return new TekigoWorkspaceFixture(injector).file(G, guideline).file(C, Samples.CATALOG).file(DISC, disclosure);
	}

	/** The sample disclosure with every answer pinned to the sample's texts, as {@code tekigo pin} writes it. */
	private String pinnedDisclosure() {
		TekigoWorkspaceFixture workspace = workspace(Samples.GUIDELINE, Samples.DISCLOSURE);
		workspace.diagnostics();
		Disclosure disclosure = (Disclosure) workspace.root(DISC);
		return TextEdits.apply(Samples.DISCLOSURE, PinEdits.pin(PinEdits.unpinned(disclosure), Samples.DISCLOSURE));
	}

	private static void assertDiagnostics(List<D> actual, D... expected) {
		assertEquals(List.of(expected).stream().map(D::toString).sorted().toList(), actual.stream().map(D::toString).toList());
	}

	// ---- weights and shapes -------------------------------------------------------------------

	@Test
	void aGuidelineWithoutDeclaredWeightsWeighsAsTheFiveOneEdition() {
		TekigoWorkspaceFixture workspace = workspace(Samples.GUIDELINE, Samples.DISCLOSURE);
		assertDiagnostics(workspace.diagnostics());
		Guideline guideline = (Guideline) workspace.root(G);
		assertEquals(new RequirementWeight("C", "C.最低限のガイドライン", org.tekigo.dsl.tekigo.WeightLevel.MINIMUM),
				Weights.of(requirement(guideline, "6.3/C/3")).orElseThrow());
		assertEquals("D", Weights.of(requirement(guideline, "8.1.2/D/2")).orElseThrow().name());
		assertTrue(Requirements.isMinimum(requirement(guideline, "8.1.2/C/2/5")));
		assertTrue(!Requirements.isMinimum(requirement(guideline, "8.1.2/D/2")));
	}

	@Test
	void aSixShapedGuidelineNestsSectionsAndWeighsByItsDeclarations() {
		TekigoWorkspaceFixture workspace = workspace(Samples.GUIDELINE, Samples.DISCLOSURE).file(G60, GUIDELINE_60).file(C60, CATALOG_60);
		assertDiagnostics(workspace.diagnostics());
		Guideline g60 = (Guideline) workspace.root(G60);
		Requirement obligation = requirement(g60, "planning/11/①");
		assertEquals("obligation", Weights.of(obligation).orElseThrow().name(), "outside any class: the default weight");
		assertTrue(Requirements.isMinimum(obligation));
		Requirement advice = requirement(g60, "planning/13/②");
		assertEquals("推奨事項", Weights.of(advice).orElseThrow().title(), "its own weight");
		assertTrue(!Requirements.isMinimum(advice));
		assertEquals(requirement((Guideline) workspace.root(G), "6.3/C/3"), obligation.getCounterpart());
		Catalog catalog = (Catalog) workspace.root(C60);
		assertEquals(List.of("planning/13/①", "planning/13/②"), catalog.getCategories().get(0).getGroups().get(1).getMeasures().get(0)
				.getItems().get(0).getRelations().stream().map(Ids::of).toList(), "the catalog relates items to the nested ids");
	}

	@Test
	void weightsAndEditionsThatDoNotHold() {
		String legacy = Samples.GUIDELINE.replace("class D {", "class E {");
		assertDiagnostics(workspace(legacy, Samples.DISCLOSURE).diagnostics(), d(G, 13, ERROR, IssueCodes.UNDECLARED_WEIGHT),
				d(C, 11, ERROR, IssueCodes.UNRESOLVED_REFERENCE), d(DISC, 6, ERROR, IssueCodes.UNRESOLVED_REFERENCE));
		assertTrue(workspace(legacy, Samples.DISCLOSURE).messages()
				.contains("Weight E is not declared by guideline mhlw51: declare it, or use C, D"));

		TekigoWorkspaceFixture sixty = workspace(Samples.GUIDELINE, Samples.DISCLOSURE).file(G60, GUIDELINE_60
				.replace("weight advice was", "weight must was")
				.replace("weight advice \"推奨事項\" recommended", "weight advice \"推奨事項\" recommended default\n\tweight advice \"推奨\" recommended"));
		assertDiagnostics(sixty.diagnostics(), d(G60, 3, ERROR, IssueCodes.TWO_DEFAULT_WEIGHTS), d(G60, 4, ERROR, IssueCodes.DUPLICATE_ID),
				d(G60, 11, ERROR, IssueCodes.UNDECLARED_WEIGHT));

		TekigoWorkspaceFixture itself = new TekigoWorkspaceFixture(injector).file(G60, GUIDELINE_60.replace("succeeds mhlw51", "succeeds g60"));
		assertTrue(itself.diagnostics().contains(d(G60, 1, ERROR, IssueCodes.SUCCESSION_CYCLE)), itself.diagnostics().toString());
		TekigoWorkspaceFixture unknown = new TekigoWorkspaceFixture(injector).file(G60, GUIDELINE_60.replace("was 6.3/C/3", "").replace(
				"was 8.1.2/C/2/5", "").replace("was 8.1.2/D/2", "").replace("succeeds mhlw51", "succeeds mhlw49"));
		assertDiagnostics(unknown.diagnostics(), d(G60, 1, ERROR, IssueCodes.UNRESOLVED_REFERENCE));

		String other = "guideline other \"別のガイドライン\" {\n\tsection 6.3 \"x\" {\n\t\tclass C {\n\t\t\trequirement 3 \"x\"\n\t\t}\n\t}\n}\n";
		TekigoWorkspaceFixture outside = workspace(Samples.GUIDELINE, Samples.DISCLOSURE).file("other.tekigo", other)
				.file(G60, GUIDELINE_60.replace("was 6.3/C/3", "was other/6.3/C/3"));
		assertDiagnostics(outside.diagnostics(), d(G60, 6, ERROR, IssueCodes.COUNTERPART_OUTSIDE_PREDECESSOR));
		TekigoWorkspaceFixture noPredecessor = workspace(Samples.GUIDELINE, Samples.DISCLOSURE).file(G60,
				GUIDELINE_60.replace(" succeeds mhlw51", "").replace("was 6.3/C/3", "was mhlw51/6.3/C/3").replace("was 8.1.2/C/2/5", "")
						.replace("was 8.1.2/D/2", ""));
		assertDiagnostics(noPredecessor.diagnostics(), d(G60, 6, ERROR, IssueCodes.COUNTERPART_OUTSIDE_PREDECESSOR));
	}

	// ---- pins and stale answers -----------------------------------------------------------------

	@Test
	void unpinnedAnswersAreNotStaleButSaidOnce() {
		assertDiagnostics(workspace(Samples.GUIDELINE, Samples.DISCLOSURE).allDiagnostics(), d(DISC, 1, INFO, IssueCodes.UNPINNED_ANSWERS));
		assertTrue(workspace(Samples.GUIDELINE, Samples.DISCLOSURE).messages().contains(
				"4 answers are not pinned to the texts they answer: pin them (tekigo pin, or the quick fix) so that a changed text is noticed"));
		String pinned = pinnedDisclosure();
		assertTrue(pinned.contains("\t1.1-①-1 適合可能 see rules\n\t\tpinned "), pinned);
		assertDiagnostics(workspace(Samples.GUIDELINE, pinned).allDiagnostics());
	}

	@Test
	void anAnswerIsStaleWhenATextItWasGivenAgainstChanges() {
		String pinned = pinnedDisclosure();
		String changedRequirement = Samples.GUIDELINE.replace("3.アクセス管理規程を作成すること。\"", "3.アクセス管理規程を作成し、見直すこと。\"");
		assertDiagnostics(workspace(changedRequirement, pinned).diagnostics(), d(DISC, 3, WARNING, IssueCodes.STALE_ANSWER),
				d(DISC, 5, WARNING, IssueCodes.STALE_ANSWER));
		assertTrue(workspace(changedRequirement, pinned).messages()
				.contains("Stale answer: requirement 6.3/C/3 changed since this answer was given"));

		TekigoWorkspaceFixture changedItem = new TekigoWorkspaceFixture(injector).file(G, Samples.GUIDELINE)
				.file(C, Samples.CATALOG.replace("①-1の規定に含める内容。", "①-1の規定に含め、毎年見直す内容。")).file(DISC, pinned);
		assertDiagnostics(changedItem.diagnostics(), d(DISC, 5, WARNING, IssueCodes.STALE_ANSWER));
		assertTrue(changedItem.messages().contains("Stale answer: the text of item 1.1-①-2 changed since this answer was given"));

		TekigoWorkspaceFixture relations = new TekigoWorkspaceFixture(injector).file(G, Samples.GUIDELINE)
				.file(C, Samples.CATALOG.replace("item 1 \"アクセス管理規定を作成する。\" relates 6.3/C/3", "item 1 \"アクセス管理規定を作成する。\" relates 8.1.2/D/2"))
				.file(DISC, pinned);
		assertEquals(List.of("Stale answer: requirement 8.1.2/D/2 was not among the texts this answer was given against; "
				+ "requirement 6.3/C/3, which this answer was given against, no longer concerns it"),
				relations.messages().stream().filter(m -> m.startsWith("Stale")).toList());
	}

	@Test
	void aPinNotWrittenAsTheToolingWritesItIsAnError() {
		String pinned = pinnedDisclosure();
		String badHash = pinned.replaceFirst("pinned [0-9a-f]{8}", "pinned zz");
		assertDiagnostics(workspace(Samples.GUIDELINE, badHash).diagnostics(), d(DISC, 4, ERROR, IssueCodes.MALFORMED_PIN));
		String twice = pinned.replaceFirst("(pinned [0-9a-f]{8}, 6\\.3/C/3 [0-9a-f]{8})", "$1, 6.3/C/3 00000000");
		assertDiagnostics(workspace(Samples.GUIDELINE, twice).diagnostics(), d(DISC, 4, ERROR, IssueCodes.MALFORMED_PIN));
	}

	@Test
	void aVerdictOnAStaleAnswerIsSuspect() {
		String pinned = pinnedDisclosure();
		TekigoWorkspaceFixture before = workspace(Samples.GUIDELINE, pinned);
		before.diagnostics();
		String review = org.tekigo.dsl.review.ReviewTexts.newReview((Disclosure) before.root(DISC), "kyoto", "審査", "病院");
		String changedRequirement = Samples.GUIDELINE.replace("3.アクセス管理規程を作成すること。\"", "3.アクセス管理規程を作成し、見直すこと。\"");
		List<String> suspect = workspace(changedRequirement, pinned).file("review.tekigo", review).messages().stream()
				.filter(m -> m.startsWith("suspect")).toList();
		assertEquals(List.of("suspect: the answer is stale (requirement 6.3/C/3 changed since this answer was given)",
				"suspect: the answer is stale (requirement 6.3/C/3 changed since this answer was given)"), suspect);
	}

	// ---- quick fixes --------------------------------------------------------------------------

	@Test
	void aStaleAnswerIsConfirmedByPinningItAgain() {
		String changedRequirement = Samples.GUIDELINE.replace("3.アクセス管理規程を作成すること。\"", "3.アクセス管理規程を作成し、見直すこと。\"");
		String confirmed = fix(changedRequirement, pinnedDisclosure(), IssueCodes.STALE_ANSWER,
				"The answer still holds: confirm it (pin it to the texts as they are now)");
		assertDiagnostics(workspace(changedRequirement, confirmed).diagnostics(), d(DISC, 5, WARNING, IssueCodes.STALE_ANSWER));
	}

	@Test
	void aPlanAddedToAPinnedAnswerGoesAboveItsPin() {
		String gap = pinnedDisclosure().replace("1.1-①-1 適合可能 see rules", "1.1-①-1 不適合 see rules");
		String fixed = fix(Samples.GUIDELINE, gap, IssueCodes.MINIMUM_GAP_WITHOUT_PLAN, "Add a remediation plan");
		assertTrue(fixed.matches("(?s).*\t1\\.1-①-1 不適合 see rules\n\t\tplan \"対応計画を記入してください\" owner \"担当部署\" due \\d{4}-\\d{2}-\\d{2}\n"
				+ "\t\tpinned [0-9a-f]{8}, 6\\.3/C/3 [0-9a-f]{8}\n.*"), fixed);
		assertDiagnostics(workspace(Samples.GUIDELINE, fixed).diagnostics());
	}

	@Test
	void aFileIsPinnedByOneFix() {
		String pinned = fix(Samples.GUIDELINE, Samples.DISCLOSURE, IssueCodes.UNPINNED_ANSWERS,
				"Pin every answer of this file to the texts it answers");
		assertEquals(pinnedDisclosure(), pinned);
	}

	@Test
	void anUndeclaredWeightIsDeclaredKeepingTheDefaultOnes() {
		String legacy = Samples.GUIDELINE.replace("class D {", "class E {");
		String fixed = fixGuideline(legacy, IssueCodes.UNDECLARED_WEIGHT,
				"Declare this weight in the guideline (as recommended; change it if it is a minimum)");
		assertTrue(fixed.startsWith("guideline mhlw51 \"医療情報システムの安全管理に関するガイドライン\" version \"5.1\" {\n"
				+ "\tweight C \"C.最低限のガイドライン\" minimum\n\tweight D \"D.推奨されるガイドライン\" recommended\n\tweight E \"E\" recommended\n"), fixed);
		assertDiagnostics(new TekigoWorkspaceFixture(injector).file(G, fixed).diagnostics());
	}

	@Test
	void anAnswerToARequirementThatIsGoneMovesToItsCounterpart() {
		// The vendor's catalog file now relates the items to the 6.0-shaped guideline.
		String pinned = pinnedDisclosure();
		TekigoWorkspaceFixture workspace = new TekigoWorkspaceFixture(injector).file(G, Samples.GUIDELINE).file(G60, GUIDELINE_60)
				.file(C, CATALOG_60.replace("catalog provider60 ", "catalog provider ")).file(DISC, pinned);
		Issue gone = workspace.issues().stream().filter(e -> e.getKey().equals(DISC)).map(Map.Entry::getValue)
				.filter(i -> IssueCodes.UNRESOLVED_REFERENCE.equals(i.getCode())).findFirst().orElseThrow();
		List<IssueFixes.Fix> fixes = injector.getInstance(IssueFixes.class).fixes((XtextResource) workspace.root(DISC).eResource(), pinned, gone);
		IssueFixes.Fix move = fixes.stream().filter(f -> f.label().equals("Move to planning/13/① (保守に要る範囲を超えて見せないこ…)"))
				.findFirst().orElseThrow(() -> new AssertionError(fixes.stream().map(IssueFixes.Fix::label).toList().toString()));
		String moved = IssueFixes.apply(pinned, move.edits());
		assertTrue(moved.contains("\t1.7-①-1 [planning/13/①] 適合可能 \"必要な範囲以外は閲覧しません。\"\n\t\tpinned "), moved);
		assertTrue(moved.matches("(?s).*\\[planning/13/①\\][^\\n]*\\n\\t\\tpinned [0-9a-f]{8}, planning/13/① [0-9a-f]{8}\\n.*"),
				"the pin follows the answer to the counterpart, keeping the fingerprint of the text it was given against: " + moved);
	}

	// ---- migration ------------------------------------------------------------------------------

	@Test
	void aDisclosureMigratesToTheCatalogOfTheNextEdition() throws Migration.RefusedException {
		String pinned = pinnedDisclosure();
		TekigoWorkspaceFixture workspace = workspace(Samples.GUIDELINE, pinned).file(G60, GUIDELINE_60).file(C60, CATALOG_60);
		workspace.diagnostics();
		Migration migration = Migration.of((Disclosure) workspace.root(DISC), pinned, (Catalog) workspace.root(C60), "chatwork60");
		assertEquals(List.of(), migration.unplaced());
		assertEquals(4, migration.carried());
		assertEquals(4, migration.stale(), "every requirement's text differs between the editions");
		assertTrue(migration.text().startsWith("disclosure chatwork60 \"Chatwork\" answers provider60 {\n\tstatement rules \"管理規定を定めています。\"\n"
				+ "\t1.1-①-1 適合可能 see rules\n\t\tpinned "), migration.text());
		assertTrue(migration.text().contains("\t1.7-①-1 [planning/13/②] 不適合 \"技術的な制限はありません。\"\n"), migration.text());
		TekigoWorkspaceFixture after = workspace(Samples.GUIDELINE, Samples.DISCLOSURE).file(G60, GUIDELINE_60).file(C60, CATALOG_60)
				.file("chatwork60.tekigo", migration.text());
		assertEquals(4, after.diagnostics().stream().filter(x -> x.file().equals("chatwork60.tekigo")).count());
		assertTrue(after.diagnostics().stream().filter(x -> x.file().equals("chatwork60.tekigo"))
				.allMatch(x -> x.code().equals(IssueCodes.STALE_ANSWER)), after.diagnostics().toString());
	}

	/** The pins hold the fingerprints under the new ids: the earlier edition can leave the workspace. */
	@Test
	void aMigratedDisclosureStaysStaleWhenTheEarlierEditionIsGone() throws Migration.RefusedException {
		String pinned = pinnedDisclosure();
		TekigoWorkspaceFixture workspace = workspace(Samples.GUIDELINE, pinned).file(G60, GUIDELINE_60).file(C60, CATALOG_60);
		workspace.diagnostics();
		String migrated = Migration.of((Disclosure) workspace.root(DISC), pinned, (Catalog) workspace.root(C60), "chatwork60").text();
		String alone = GUIDELINE_60.replace(" succeeds mhlw51", "").replace(" was 6.3/C/3", "").replace(" was 8.1.2/C/2/5", "")
				.replace(" was 8.1.2/D/2", "");
		TekigoWorkspaceFixture without = new TekigoWorkspaceFixture(injector).file(G60, alone).file(C60, CATALOG_60)
				.file("chatwork60.tekigo", migrated);
		assertEquals(4, without.diagnostics().stream().filter(x -> x.code().equals(IssueCodes.STALE_ANSWER)).count(), without.diagnostics().toString());
		assertEquals(4, without.diagnostics().size(), "nothing but the stale answers: " + without.diagnostics());
		assertTrue(without.messages().contains("Stale answer: requirement planning/11/① changed since this answer was given"));
	}

	@Test
	void migrationIsRefusedToItsOwnCatalogOrOneWithNoItemInCommon() {
		TekigoWorkspaceFixture workspace = workspace(Samples.GUIDELINE, Samples.DISCLOSURE).file(G60, GUIDELINE_60).file(C60,
				CATALOG_60.replace("group 1.1 ", "group 9.1 ").replace("group 1.7 ", "group 9.7 "));
		workspace.diagnostics();
		Disclosure disclosure = (Disclosure) workspace.root(DISC);
		assertEquals("Disclosure chatwork answers catalog provider already: migrate it to another catalog",
				refusal(disclosure, (Catalog) workspace.root(C)));
		assertEquals("Catalogs provider and provider60 have no measure item in common: nothing of the disclosure would carry over",
				refusal(disclosure, (Catalog) workspace.root(C60)));
	}

	private static String refusal(Disclosure disclosure, Catalog target) {
		try {
			Migration.of(disclosure, Samples.DISCLOSURE, target, null);
		} catch (Migration.RefusedException e) {
			return e.getMessage();
		}
		throw new AssertionError("migration to " + target.getName() + " was not refused");
	}

	// ---- helpers --------------------------------------------------------------------------------

	private String fix(String guideline, String disclosure, String code, String label) {
		TekigoWorkspaceFixture workspace = workspace(guideline, disclosure);
		return applyFix(workspace, DISC, disclosure, code, label);
	}

	private String fixGuideline(String guideline, String code, String label) {
		return applyFix(new TekigoWorkspaceFixture(injector).file(G, guideline), G, guideline, code, label);
	}

	private String applyFix(TekigoWorkspaceFixture workspace, String file, String text, String code, String label) {
		Issue issue = workspace.issues().stream().filter(e -> e.getKey().equals(file)).map(Map.Entry::getValue)
				.filter(i -> code.equals(i.getCode())).findFirst().orElseThrow(() -> new AssertionError("no " + code));
		List<IssueFixes.Fix> fixes = injector.getInstance(IssueFixes.class).fixes((XtextResource) workspace.root(file).eResource(), text, issue);
		IssueFixes.Fix fix = fixes.stream().filter(f -> f.label().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no fix «" + label + "» among " + fixes.stream().map(IssueFixes.Fix::label).toList()));
		return IssueFixes.apply(text, fix.edits());
	}

	private static Requirement requirement(Guideline guideline, String id) {
		for (var it = guideline.eAllContents(); it.hasNext();) {
			EObject e = it.next();
			if (e instanceof Requirement r && Ids.of(r).equals(id)) {
				return r;
			}
		}
		throw new AssertionError("no requirement " + id);
	}
}
