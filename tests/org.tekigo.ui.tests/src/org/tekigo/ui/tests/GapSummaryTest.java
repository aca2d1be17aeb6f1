package org.tekigo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tekigo.dsl.TekigoStandaloneSetup;
import org.tekigo.dsl.tekigo.ClassKind;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.ui.views.GapSummary;
import org.tekigo.ui.views.GapSummary.Counts;
import org.tekigo.ui.views.GapSummary.Gap;

import com.google.inject.Injector;

/** The gap dashboard's numbers, on a small workspace whose every count is different. */
class GapSummaryTest {

	private static final String GUIDELINE = """
			guideline mhlw51 "医療情報システムの安全管理に関するガイドライン" version "5.1" {
				section 6.3 "組織的安全管理対策" {
					class C {
						requirement 3 "3.アクセス管理規程を作成すること。"
					}
					class D {
						requirement 1 "1.情報セキュリティ方針を定めること。"
					}
				}
				section 8.1.2 "外部保存を受託する機関の選定基準" {
					class C {
						heading 2 "2. 外部の事業者との契約に基づいて保存する場合" {
							requirement 5 "(5) 保守作業に必要な情報以外の情報を閲覧させないこと。"
						}
					}
					class D {
						requirement 2 "2. 委託する医療機関等のみがデータ内容を閲覧できることを担保するよう求めること。"
					}
				}
			}
			""";

	private static final String CATALOG = """
			catalog provider "提供事業者における安全管理ガイドライン" guideline mhlw51 {
				category 1 "人的・組織的対策" {
					group 1.1 "規程・手順の策定" {
						measure ① "アクセス管理規定の策定" {
							item 1 "アクセス管理規定を作成する。" relates 6.3/C/3
							item 2 "情報セキュリティ方針を定める。" relates 6.3/D/1
							item 3 "規定を見直す。"
							item 4 "規定を周知する。" relates 6.3/C/3
						}
					}
					group 1.7 "解析及び第三者提供の制限" {
						measure ① "受託した医療情報の解析の制限" {
							item 1 "閲覧は必要最小限とする。" relates 8.1.2/C/2/5, 8.1.2/D/2
						}
					}
				}
				category 2 "物理的対策" {
					group 2.1 "物理的安全対策" {
						measure ① "入退室管理" {
							item 1 "入退室を記録する。"
							item 2 "施錠する。"
						}
					}
				}
				category 3 "技術的対策" {
				}
			}
			""";

	// Lines are written in an order where document order and class order differ.
	private static final String DISCLOSURE = """
			disclosure chatwork "Chatwork" answers provider {
				statement cloud "クラウド事業者の施設を利用しています。"
				1.1-①-2 不適合 "方針は策定中です。"
				1.1-①-3 不適合 see cloud
				1.1-①-1 適合可能 "規定を作成しています。"
				1.7-①-1 [8.1.2/D/2] 不適合 "技術的な制限はありません。"
				1.7-①-1 [8.1.2/C/2/5] 不適合 "保守作業者も閲覧できます。"
					plan "閲覧制御機構の導入" owner "情報システム部" due 2027-03-31
				1.1-①-4 不適合
				2.1-①-1 対象外 see cloud
			}
			""";

	private static Injector injector;
	private static GapSummary summary;

	@BeforeAll
	static void load() throws IOException {
		injector = new TekigoStandaloneSetup().createInjectorAndDoEMFRegistration();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		load(resourceSet, "mhlw51.tekigo", GUIDELINE);
		load(resourceSet, "provider.tekigo", CATALOG);
		XtextResource disclosure = load(resourceSet, "chatwork.tekigo", DISCLOSURE);
		EcoreUtil.resolveAll(resourceSet);
		assertTrue(disclosure.getErrors().isEmpty(), () -> disclosure.getErrors().toString());
		summary = new GapSummary((Disclosure) disclosure.getContents().get(0));
	}

	private static XtextResource load(XtextResourceSet resourceSet, String name, String text) throws IOException {
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("memory:/" + name));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		return resource;
	}

	@Test
	void countsAnswersByCategoryOfTheCatalogAndItemsWithoutAnswer() {
		assertEquals(List.of(
				new Counts("1.人的・組織的対策", 1, 5, 0, 0),
				new Counts("2.物理的対策", 0, 0, 1, 1),
				new Counts("3.技術的対策", 0, 0, 0, 0)), summary.categories());
	}

	@Test
	void totalIsTheSumOfTheCategories() {
		assertEquals(new Counts(GapSummary.TOTAL, 1, 5, 1, 1), summary.total());
	}

	@Test
	void listsMinimumGapsFirstThenRecommendedThenUnrelatedEachInDocumentOrder() {
		assertEquals(List.of("1.7-①-1 [8.1.2/C/2/5] C", "1.1-①-4 [6.3/C/3] C", "1.1-①-2 [6.3/D/1] D",
				"1.7-①-1 [8.1.2/D/2] D", "1.1-①-3 [] null"),
				summary.gaps().stream().map(gap -> gap.itemId() + " " + gap.requirementIds() + " " + gap.requirementClass())
						.toList());
	}

	@Test
	void aGapCarriesItsCommentAndRemediation() {
		Gap planned = summary.gaps().get(0);
		assertEquals("保守作業者も閲覧できます。", planned.comment());
		assertEquals("閲覧制御機構の導入", planned.plan());
		assertEquals("情報システム部", planned.owner());
		assertEquals("2027-03-31", planned.due());
		assertTrue(planned.minimum());
		assertEquals(ClassKind.C, planned.requirementClass());
	}

	@Test
	void aGapWithoutCommentShowsTheStatementItRefersTo() {
		Gap seeStatement = summary.gaps().get(4);
		assertEquals("クラウド事業者の施設を利用しています。", seeStatement.comment());
		assertEquals("", seeStatement.plan());
	}

	@Test
	void aGapWithNeitherCommentNorPlanHasEmptyTexts() {
		Gap bare = summary.gaps().get(1);
		assertEquals(List.of("", "", "", ""), List.of(bare.comment(), bare.plan(), bare.owner(), bare.due()));
	}

	@Test
	void anItemRelatedToSeveralRequirementsTakesTheWeightOfItsMinimumOne() {
		GapSummary whole = new GapSummary(disclosureAnswering("1.7-①-1 不適合 \"閲覧できます。\""));
		Gap gap = whole.gaps().get(0);
		assertEquals(List.of("8.1.2/C/2/5", "8.1.2/D/2"), gap.requirementIds());
		assertEquals(ClassKind.C, gap.requirementClass());
		assertEquals(new Counts(GapSummary.TOTAL, 0, 1, 0, 6), whole.total());
	}

	@Test
	void aDisclosureOfAnUnknownCatalogHasNoRowsButStillItsGaps() throws IOException {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = load(resourceSet, "other.tekigo",
				"disclosure other \"Other\" answers nowhere {\n\t9.9-①-1 不適合 \"未対応\"\n}\n");
		EcoreUtil.resolveAll(resourceSet);
		GapSummary orphan = new GapSummary((Disclosure) resource.getContents().get(0));
		assertEquals(List.of(), orphan.categories());
		assertEquals(new Counts(GapSummary.TOTAL, 0, 0, 0, 0), orphan.total());
		assertEquals("9.9-①-1", orphan.gaps().get(0).itemId());
		assertEquals(null, orphan.gaps().get(0).requirementClass());
	}

	private static Disclosure disclosureAnswering(String answers) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		try {
			load(resourceSet, "mhlw51.tekigo", GUIDELINE);
			load(resourceSet, "provider.tekigo", CATALOG);
			XtextResource resource = load(resourceSet, "chatwork.tekigo",
					"disclosure chatwork \"Chatwork\" answers provider {\n\t" + answers + "\n}\n");
			EcoreUtil.resolveAll(resourceSet);
			return (Disclosure) resource.getContents().get(0);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
