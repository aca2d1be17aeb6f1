package org.tekigo.dsl.tests;

/**
 * A small valid workspace cut from the sample checklist, and the variations the tests make
 * of it. Line numbers in tests refer to these texts.
 */
public final class Samples {

	private Samples() {
	}

	public static final String GUIDELINE = """
			guideline mhlw51 "医療情報システムの安全管理に関するガイドライン" version "5.1" {
				section 6.3 "組織的安全管理対策" {
					class C {
						requirement 3 "3.アクセス管理規程を作成すること。" previous "3.アクセス管理規程を作成すること"
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

	public static final String CATALOG = """
			catalog provider "提供事業者における安全管理ガイドライン" guideline mhlw51 {
				category 1 "人的・組織的対策" {
					group 1.1 "規程・手順の策定" {
						measure ① "アクセス管理規定の策定" scenario "不正な閲覧や操作が行われる。" {
							item 1 "アクセス管理規定を作成する。" relates 6.3/C/3
							item 2 "①-1の規定に含める内容。" relates 6.3/C/3
						}
					}
					group 1.7 "解析及び第三者提供の制限" {
						measure ① "受託した医療情報の解析の制限" {
							item 1 "閲覧は必要最小限とする。" relates 8.1.2/C/2/5, 8.1.2/D/2
						}
					}
				}
			}
			""";

	/** Answers every item; uses a statement; no rule fires. */
	public static final String DISCLOSURE = """
			disclosure chatwork "Chatwork" answers provider {
				statement rules "管理規定を定めています。"
				1.1-①-1 適合可能 see rules
				1.1-①-2 適合可能 "記録の収集と保存を行っています。"
				1.7-①-1 [8.1.2/C/2/5] 適合可能 "必要な範囲以外は閲覧しません。"
				1.7-①-1 [8.1.2/D/2] 不適合 "技術的な制限はありません。"
			}
			""";

	/** A disclosure of the sample catalog whose body is the given answers (line 2 onwards). */
	public static String disclosure(String body) {
		return "disclosure chatwork \"Chatwork\" answers provider {\n" + body + "\n}\n";
	}
}
