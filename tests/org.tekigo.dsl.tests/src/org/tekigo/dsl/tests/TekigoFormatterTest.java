package org.tekigo.dsl.tests;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The formatter lays out a hand-typed file the way the tour is written, and is idempotent. */
@ExtendWith(InjectionExtension.class)
@InjectWith(TekigoInjectorProvider.class)
class TekigoFormatterTest {

	@Inject
	private FormatterTestHelper formatter;

	@Test
	void disclosureLayout() {
		formatter.assertFormatted(request -> {
			request.setToBeFormatted("""
					disclosure   chatwork "Chatwork"   answers provider { statement rules "管理規定を定めています。"
					1.1-①-1 適合可能   see rules pinned 3f2a91c0 1.7-①-1 [ 8.1.2/D/2 ] 不適合 "制限はありません。" evidence url "https://go.chatwork.com/ja/terms/" , document "利用規約"
					plan "閲覧制御機構の導入" owner "情報システム部"  due 2099-03-31 pinned 0a1b2c3d, 8.1.2/D/2 4e5f6a7b }
					""");
			request.setExpectation("""
					disclosure chatwork "Chatwork" answers provider {
						statement rules "管理規定を定めています。"
						1.1-①-1 適合可能 see rules
							pinned 3f2a91c0
						1.7-①-1 [8.1.2/D/2] 不適合 "制限はありません。"
							evidence url "https://go.chatwork.com/ja/terms/", document "利用規約"
							plan "閲覧制御機構の導入" owner "情報システム部" due 2099-03-31
							pinned 0a1b2c3d, 8.1.2/D/2 4e5f6a7b
					}
					""");
		});
	}

	@Test
	void guidelineAndCatalogLayout() {
		formatter.assertFormatted(request -> {
			request.setToBeFormatted("""
					guideline mhlw51 "MHLW" version "5.1" { section 7.1 "真正性の確保" { class C { qualifier hospital "【医療機関等に保存する場合】" {
					heading 5 "（5）品質管理" { requirement 3 "(3) 教育を実施すること。" previous "3.教育" } } } } }
					""");
			request.setExpectation("""
					guideline mhlw51 "MHLW" version "5.1" {
						section 7.1 "真正性の確保" {
							class C {
								qualifier hospital "【医療機関等に保存する場合】" {
									heading 5 "（5）品質管理" {
										requirement 3 "(3) 教育を実施すること。" previous "3.教育"
									}
								}
							}
						}
					}
					""");
		});
		formatter.assertFormatted(request -> {
			request.setToBeFormatted("""
					catalog provider "P" guideline mhlw51 { category 1 "人的" { group 1.1 "規程" {

					measure ① "アクセス管理" scenario "不正な閲覧" { item 1 "規定を作成する。" relates 6.3/C/3 , 6.5/C/10 item 2 "内容" } } } }
					""");
			request.setExpectation("""
					catalog provider "P" guideline mhlw51 {
						category 1 "人的" {
							group 1.1 "規程" {

								measure ① "アクセス管理" scenario "不正な閲覧" {
									item 1 "規定を作成する。" relates 6.3/C/3, 6.5/C/10
									item 2 "内容"
								}
							}
						}
					}
					""");
		});
	}

	@Test
	void aScaleHasAWordPerLineAndAnAnswerItsTargetDateBelowIt() {
		formatter.assertFormatted(request -> {
			request.setToBeFormatted("""
					catalog cyber "確認表" { scale { word はい alias yes fulfilled word いいえ alias no gap requires due , comment }
					category 1 "体制" { group 1.1 "連絡" { measure ① "責任者" { item 1 "責任者を置いている。" } } } }
					""");
			request.setExpectation("""
					catalog cyber "確認表" {
						scale {
							word はい alias yes fulfilled
							word いいえ alias no gap requires due, comment
						}
						category 1 "体制" {
							group 1.1 "連絡" {
								measure ① "責任者" {
									item 1 "責任者を置いている。"
								}
							}
						}
					}
					""");
		});
		formatter.assertFormatted(request -> {
			request.setToBeFormatted("""
					disclosure vendor "V" answers cyber { 1.1-①-1 いいえ "まだです。" due 2099-03-31 pinned 0a1b2c3d }
					""");
			request.setExpectation("""
					disclosure vendor "V" answers cyber {
						1.1-①-1 いいえ "まだです。"
							due 2099-03-31
							pinned 0a1b2c3d
					}
					""");
		});
	}
}
