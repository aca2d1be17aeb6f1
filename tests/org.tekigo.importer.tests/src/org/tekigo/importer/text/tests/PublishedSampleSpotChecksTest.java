package org.tekigo.importer.text.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tekigo.importer.text.AnswerRow;
import org.tekigo.importer.text.Category;
import org.tekigo.importer.text.ChecklistTextParser;
import org.tekigo.importer.text.Group;
import org.tekigo.importer.text.Item;
import org.tekigo.importer.text.Measure;
import org.tekigo.importer.text.PublishedChecklist;
import org.tekigo.importer.text.Relation;
import org.tekigo.importer.text.RequirementText;

/**
 * Values read by eye from the sample (line numbers of the source in the comments), spread over
 * the whole document and over each quirk of the extraction.
 */
class PublishedSampleSpotChecksTest {

    private static final String CONFORMANT = "適合可能";
    private static final String NOT_CONFORMANT = "不適合";
    private static final String NOT_APPLICABLE = "対象外";

    private static PublishedChecklist checklist;

    @BeforeAll
    static void parseSample() throws Exception {
        checklist = new ChecklistTextParser().parse(SampleChecklist.path());
    }

    // ---- navigation ------------------------------------------------------------------------------

    private static Group group(String number) {
        return checklist.categories().stream().flatMap(category -> category.groups().stream())
                .filter(group -> group.number().equals(number)).findFirst().orElseThrow();
    }

    private static Measure measure(String group, String mark) {
        return group(group).measures().stream().filter(measure -> measure.mark().equals(mark)).findFirst()
                .orElseThrow();
    }

    private static Item item(String group, String mark, int number) {
        return measure(group, mark).items().get(number - 1);
    }

    private static AnswerRow answerAt(int line) {
        return checklist.answers().filter(answer -> answer.line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no answer row at line " + line));
    }

    private static Relation relation(String section, String sectionTitle, String classKind,
            RequirementText... requirements) {
        return new Relation(section, sectionTitle, classKind, null, null, List.of(requirements));
    }

    // ---- first and last rows ---------------------------------------------------------------------

    @Test
    void firstRow() {
        // lines 11-43
        Category category = checklist.categories().get(0);
        assertEquals("1", category.number());
        assertEquals("人的・組織的対策", category.title());
        Group group = category.groups().get(0);
        assertEquals("1.1", group.number());
        assertEquals("規程・手順の策定", group.title());
        Measure measure = group.measures().get(0);
        assertEquals("①", measure.mark());
        assertEquals("アクセス管理規定の策定", measure.title());
        assertEquals("権限のない第三者や内部不正による不正な閲覧や操作が行われる。", measure.scenario());
        Item item = measure.items().get(0);
        assertEquals(1, item.number());
        assertEquals("医療情報システム等へのアクセス制限、記録、点検等を定めたアクセス管理規定を作成し、"
                + "医療機関等の求めに応じて提出できる状態にしておく。", item.text());
        Relation accessPolicy = relation("6.3", "組織的安全管理対策（体制、運用管理規程）", "C",
                new RequirementText("3", "3.", "医療情報システムへのアクセス制限、記録、点検等を定めたアクセス管理規程を作成すること。",
                        "3.情報システムへのアクセス制限、記録、点検等を定めたアクセス管理規程を作成すること"));
        assertEquals(List.of(new AnswerRow(List.of(accessPolicy), false, CONFORMANT,
                "管理規定を定めています。資料提供は通常行なっていないため要求内容を確認の上提供について検討させていただきます。", 38)),
                item.answers());
        assertEquals(item.answers().get(0), checklist.answers().findFirst().orElseThrow());
    }

    @Test
    void lastRowInheritsTheRelationOfItemTen() {
        // lines 8581-8644: ①-10 prints its requirement columns, ①-11 and ①-12 print none
        Measure measure = measure("3.22", "①");
        assertEquals("データ形式・プロトコルの互換性の確保", measure.title());
        assertEquals(12, measure.items().size());
        Item last = measure.items().get(11);
        assertEquals("医療情報システム等に係る機器若しくはソフトウェア等の更新を行う場合、又は利用する他の事業者の"
                + "サービスの変更を行う場合には、①-10、①-11を考慮して行う。", last.text());
        AnswerRow answer = last.answers().get(0);
        assertEquals(answer, checklist.answers().reduce((first, second) -> second).orElseThrow());
        assertEquals(8642, answer.line());
        assertEquals(CONFORMANT, answer.status());
        assertEquals("考慮して実施しております", answer.comment());
        assertTrue(answer.inherited());
        Relation ownOfItemTen = new Relation("7.3", "保存性の確保について", "D", "【ネットワークを通じて医療機関等の外部に保存する場合】",
                "（1）ネットワークや外部保存を受託する機関の設備の互換性を確保すること",
                List.of(new RequirementText("5", "5.", "データ形式及び転送プロトコルのバージョン管理と継続性の確保を行うこと"
                        + "保存義務のある期間中に、データ形式や転送プロトコルがバージョンアップ又は変更されることが考えられる。"
                        + "その場合、外部保存を受託する事業者は、以前のデータ形式や転送プロトコルを使用している医療機関等が"
                        + "存在する間は対応を維持しなくてはならない。",
                        "1.回線や設備を新たなものに更新した場合、旧来のシステムに対応した機器が入手困難となり、記録された情報を"
                                + "読み出すことに支障が生じるおそれがある。従って、外部保存を受託する機関は、回線や設備の選定の際は"
                                + "将来の互換性を確保するとともに、システム更新の際には旧来のシステムに対応し、安全なデータ保存を"
                                + "保証できるような互換性のある回線や設備に移行すること。")));
        assertEquals(List.of(ownOfItemTen), measure.items().get(9).answers().get(0).relations());
        assertFalse(measure.items().get(9).answers().get(0).inherited());
        assertEquals(List.of(ownOfItemTen), answer.relations());
        assertEquals(NOT_APPLICABLE, measure.items().get(10).answers().get(0).status()); // line 8631
    }

    // ---- requirement columns ---------------------------------------------------------------------

    @Test
    void itemRelatedToTwoSectionsNearLine1360() {
        // lines 1349-1485: 6.6 C ----- 8.1.2 C and D
        Item item = item("1.7", "①", 1);
        assertEquals("受託した医療情報を保守･運用を行うために閲覧するのは必要最小限とする。", item.text());
        AnswerRow answer = item.answers().get(0);
        assertEquals(1480, answer.line());
        assertEquals(CONFORMANT, answer.status());
        assertEquals("情報を重要度に応じて分類し、秘匿性の高い情報へのアクセスは必要最小限となるよう運用を行なっております",
                answer.comment());
        List<Relation> relations = answer.relations();
        assertEquals(3, relations.size());

        Relation personnel = relations.get(0);
        assertEquals("6.6", personnel.section());
        assertEquals("人的安全対策（2）事務取扱委託業者の監督及び守秘義務契約", personnel.sectionTitle());
        assertEquals("C", personnel.classKind());
        RequirementText outsourcing = personnel.requirements().get(0);
        assertEquals(List.of("1", "(1)"), List.of(outsourcing.number(), outsourcing.label()));
        assertTrue(outsourcing.text51().startsWith("医療機関等の事務、運用等を外部の事業者に委託する場合は、個人情報保護のため、"
                + "次に掲げる対策を実施すること。a 受託する事業者に対する罰則を定めた就業規則等で裏付けられた包括的な守秘契約を締結すること。"));
        assertTrue(outsourcing.text51().endsWith("契約がなされることを条件とすること。"));
        assertTrue(outsourcing.previousText().startsWith("1.医療機関等の事務、運用等を外部の事業者に委託する場合は、"));

        Relation minimum = relations.get(1);
        assertEquals(List.of("8.1.2", "外部保存を受託する機関の選定基準及び情報の取扱いに関する基準", "C"),
                List.of(minimum.section(), minimum.sectionTitle(), minimum.classKind()));
        assertEquals(1, minimum.requirements().size());
        assertEquals("2", minimum.requirements().get(0).number());
        assertTrue(minimum.requirements().get(0).text51().startsWith(
                "医療機関等が外部の事業者との契約に基づいて確保した安全な場所に保存する場合(5) 外部保存を受託する事業者に、"));
        assertTrue(minimum.requirements().get(0).text51().contains("(7) 保存した情報を、外部保存を受託する事業者が独自に提供しないように"));
        assertTrue(minimum.requirements().get(0).previousText().startsWith("③医療機関等が民間事業者等との契約に基づいて"));

        Relation recommended = relations.get(2);
        assertEquals(List.of("8.1.2", "D"), List.of(recommended.section(), recommended.classKind()));
        assertEquals(List.of("2", "3"), recommended.requirements().stream().map(RequirementText::number).toList());
        assertTrue(recommended.requirements().get(1).text51().startsWith("外部保存を受託する事業者に保存される個人識別に係る情報の暗号化"));
        assertTrue(recommended.requirements().get(0).previousText().startsWith("(ウ)「②行政機関等が開設したデータセンター等に保存する場合」"));
        assertEquals("", recommended.requirements().get(1).previousText());
        // ①-2 … ①-12 print no requirement columns and share them
        assertTrue(item("1.7", "①", 12).answers().get(0).inherited());
        assertEquals(relations, item("1.7", "①", 12).answers().get(0).relations());
    }

    @Test
    void itemRelatedToTwoSectionsNearLine4344() {
        // lines 4332-4434
        AnswerRow answer = item("3.2", "①", 1).answers().get(0);
        assertEquals(4431, answer.line());
        assertEquals("アクセス制限の機能を設けております", answer.comment());
        assertEquals(List.of("6.5 C [6]", "8.1.2 C [2]", "8.1.2 D [2, 3]"), answer.relations().stream()
                .map(relation -> relation.section() + " " + relation.classKind() + " "
                        + relation.requirements().stream().map(RequirementText::number).toList())
                .toList());
        assertTrue(answer.relations().get(1).requirements().get(0).text51()
                .endsWith("(5) 外部保存を受託する事業者に、契約書等で合意した保守作業に必要な情報以外の情報を閲覧させないこと。"
                        + "なお保守に関しては、 6.8 章を遵守すること。"));
    }

    @Test
    void quoteSpanningBothClassesOfOneSection() {
        // lines 4229-4267: the class cell names C and D, the quote marks "(C.最低限のガイドライン)" and "(D.…)"
        AnswerRow answer = item("3.1", "⑤", 1).answers().get(0);
        assertEquals(4267, answer.line());
        List<Relation> relations = answer.relations();
        assertEquals(List.of("C", "D"), relations.stream().map(Relation::classKind).toList());
        assertEquals(List.of("6.5", "6.5"), relations.stream().map(Relation::section).toList());
        RequirementText twelve = relations.get(0).requirements().get(0);
        assertEquals(new RequirementText("12", "12.", "令和９年度時点で稼働していることが想定される医療情報システムを、今後、"
                + "新規導入又は更新に際しては、二要素認証を採用するシステムの導入、又はこれに相当する対応を行うこと。", ""), twelve);
        RequirementText five = relations.get(1).requirements().get(0);
        assertEquals("5", five.number());
        assertTrue(five.text51().startsWith("利用者認証には、ID・パスワード＋バイオメトリクス又はIC カード等のセキュリティ・デバイス＋"));
        // the earlier version only has 5., so it belongs to D's requirement 5
        assertTrue(five.previousText().startsWith("5.認証に用いられる手段としては、ID・パスワード＋バイオメトリクス"));
    }

    @Test
    void qualifierAndHeadingOfTheClassAroundLine593() {
        // lines 576-611
        Measure measure = measure("1.1", "⑥");
        assertEquals("機器・ソフトウェアの品質管理に係る手順の策定", measure.title());
        AnswerRow answer = measure.items().get(0).answers().get(0);
        assertEquals(606, answer.line());
        assertEquals(List.of(new Relation("7.1", "真正性の確保について", "C", "【医療機関等に保存する場合】", "（5）機器・ソフトウェアの品質管理",
                List.of(new RequirementText("3", "(3)", "機器、ソフトウェアの品質管理に関する作業内容を運用管理規程で定めるとともに、"
                        + "従業者等への教育を実施すること。",
                        "3.機器、ソフトウェアの品質管理に関する作業内容を運用管理規程に盛り込み、従業等への教育を実施すること。")))),
                answer.relations());
        assertEquals("利用規約 第15条（本サービス内容の変更）をご確認ください。https://go.chatwork.com/ja/terms/", answer.comment());
    }

    @Test
    void qualifierWrappedOverFourLines() {
        // lines 8506-8540: "【ネットワークを通" / "じて医" / "療機関等の外部" / "に保存する場合】", no sub-heading
        Item item = item("3.22", "①", 5);
        assertTrue(item.text().startsWith("医療情報を保存・交換するためのデータ形式、プロトコルが変更される場合、"));
        Relation relation = item.answers().get(0).relations().get(0);
        assertEquals("【ネットワークを通じて医療機関等の外部に保存する場合】", relation.qualifier());
        assertNull(relation.heading());
        assertEquals("C", relation.classKind());
        assertEquals("（1）データ形式及び転送プロトコルのバージョン管理と継続性の確保を行うこと保存義務のある期間中に、"
                + "データ形式や転送プロトコルがバージョンアップ又は変更されることが考えられる。その場合、外部保存を受託する機関は、"
                + "以前のデータ形式や転送プロトコルを使用している医療機関等が存在する間は対応を維持しなくてはならない。",
                relation.requirements().get(0).previousText());
    }

    @Test
    void quoteWithABlankLineAfterEveryLine() {
        // lines 6343-6392: the 5.1 quote of 6.5 C.12 is spaced out, the earlier text is one block
        RequirementText wirelessLan = item("3.8", "④", 1).answers().get(0).relations().get(0).requirements().get(0);
        assertEquals("12", wirelessLan.number());
        assertTrue(wirelessLan.text51().startsWith("無線LAN を利用する場合、次に掲げる対策を実施すること。(1) 適切な利用者以外に"
                + "無線LAN を利用されないようにすること。例えば、ANY 接続拒否等の対策を実施すること。"));
        assertTrue(wirelessLan.text51().endsWith("(4) 電波を発する機器（携帯ゲーム機等）による電波干渉に留意すること。"));
        assertTrue(wirelessLan.text51().contains("WPA2-AES、WPA2-TKIP 等により通信を暗号化すること。"));
        assertTrue(wirelessLan.previousText().startsWith("12.無線LANを利用する場合システム管理者は以下の事項に留意すること。"));
    }

    @Test
    void explicitlyNoRelation() {
        // lines 2903-2917: "該当なし ー ー ー"; ②-2 (2919) prints nothing and shares "none"
        AnswerRow none = item("1.14", "②", 1).answers().get(0);
        assertEquals(2913, none.line());
        assertEquals(List.of(), none.relations());
        assertFalse(none.inherited());
        AnswerRow next = item("1.14", "②", 2).answers().get(0);
        assertEquals(List.of(List.of(), true, NOT_CONFORMANT, 2924),
                List.of(next.relations(), next.inherited(), next.status(), next.line()));
    }

    @Test
    void rowsThatLeaveSomeRequirementColumnsBlank() {
        // lines 2139-2146: section and class, no quote; lines 2153-2204: quote, no section or class
        Relation sectionOnly = item("1.11", "①", 1).answers().get(0).relations().get(0);
        assertEquals(relation("6.10", "災害、サイバー攻撃等の非常時の対応", "C"), sectionOnly);
        Relation quoteOnly = item("1.11", "①", 2).answers().get(0).relations().get(0);
        assertNull(quoteOnly.section());
        assertNull(quoteOnly.classKind());
        assertEquals("5", quoteOnly.requirements().get(0).number());
        assertTrue(quoteOnly.requirements().get(0).text51().contains("厚生労働省連絡先https://www.mhlw.go.jp/stf/seisakunitsuite/"
                + "bunya/kenkou_iryou/iryou/johoka/cyber-security.html※ 独立行政法人等においては"));
        // lines 6945-6966: section (with the quote on an indented line) but no class
        Relation noClass = item("3.13", "①", 5).answers().get(0).relations().get(0);
        assertEquals(List.of("6.11", "5"), List.of(noClass.section(), noClass.requirements().get(0).number()));
        assertNull(noClass.classKind());
    }

    // ---- cells sharing a line --------------------------------------------------------------------

    @Test
    void statusSharingItsLineWithTheEarlierText() {
        // lines 347-374: "…医療機関等の監査に応じることを求めること。 対象外", then "同上"
        Item item = item("1.1", "④", 6);
        assertTrue(item.text().startsWith("持ち出し手順に含まれる事項には次のようなものが考えられる。・装置の持ち出し申請書"));
        assertEquals(List.of(new AnswerRow(List.of(relation("6.8", "情報システムの改造と保守", "D",
                new RequirementText("4", "4.", "保守会社がやむを得ず個人情報を含むデータを医療機関等外に持ち出さなければならない場合には、"
                        + "詳細な作業記録を残すよう求めること。また、必要に応じて、医療機関等の監査に応じるよう求めること。",
                        "4.保守会社が個人情報を含むデータを組織外に持ち出すことは避けるべきであるが、やむを得ない状況で組織外に"
                                + "持ち出さなければならない場合には、詳細な作業記録を残すことを求めること。また必要に応じて"
                                + "医療機関等の監査に応じることを求めること。"))),
                false, NOT_APPLICABLE, "同上", 372)), item.answers());
    }

    @Test
    void statusSharingItsLineWithTheItemText() {
        // lines 141-146: no requirement columns, so the relation of ③-1 (line 117) is in force
        Item item = item("1.1", "③", 3);
        assertEquals("破棄手順に、不可逆的な破壊･抹消等により元のデータを復元できなくする措置を含める。", item.text());
        AnswerRow answer = item.answers().get(0);
        assertEquals(List.of(142, CONFORMANT, "サービス運用サーバーのハードディスクはAWSにより安全に管理されています", true),
                List.of(answer.line(), answer.status(), answer.comment(), answer.inherited()));
        assertEquals(item("1.1", "③", 1).answers().get(0).relations(), answer.relations());
    }

    @Test
    void itemStatusAndCommentOnOneLine() {
        // line 1977: "事業継続計画について定期的に見直しを行う。 適合可能 実施してます"
        Item item = item("1.10", "②", 3);
        assertEquals("事業継続計画について定期的に見直しを行う。", item.text());
        assertEquals(List.of(1977, CONFORMANT, "実施してます"),
                List.of(item.answers().get(0).line(), item.answers().get(0).status(), item.answers().get(0).comment()));
    }

    @Test
    void itemTextAndScenarioOnOneLineSectionAndClassOnOne() {
        // lines 110-132: "CD-R等の廃棄手順について定める。 情報の廃棄が不十分なまま、再利用" and
        // "6.7情報の破棄 C.最低限のガイド"
        Measure measure = measure("1.1", "③");
        assertEquals("情報の廃棄対応", measure.title());
        assertEquals("情報の廃棄が不十分なまま、再利用が行われることで、情報漏洩が生じる。", measure.scenario());
        assertEquals(11, measure.items().size());
        assertEquals("CD-R等の廃棄手順について定める。", measure.items().get(0).text());
        assertEquals(List.of(relation("6.7", "情報の破棄", "C", new RequirementText("1", "1.",
                "6.1 章C.2 で把握した情報種別ごとに破棄の手順を定めること。手順には破棄を行う条件、破棄を行うことができる従業者、"
                        + "具体的な破棄方法を含めること。",
                "1.「6.1方針の制定と公表」で把握した情報種別ごとに破棄の手順を定めること。手順には破棄を行う条件、"
                        + "破棄を行うことができる従業者の特定、具体的な破棄の方法を含めること。"))),
                measure.items().get(0).answers().get(0).relations());
    }

    @Test
    void itemTextAndSectionOnOneLine() {
        // lines 530-544: "⑤-7の内容に関する教育を従業員等に対して行う。 6.9情報及び情報"
        Item item = item("1.1", "⑤", 8);
        assertEquals("⑤-7の内容に関する教育を従業員等に対して行う。", item.text());
        AnswerRow answer = item.answers().get(0);
        assertEquals(List.of(relation("6.9", "情報及び情報機器の持ち出しについて", "C", new RequirementText("4", "4.",
                "運用管理規程で定めた盗難、紛失時の対応を従業者等に周知徹底するとともに、教育を実施すること。",
                "4.運用管理規程で定めた盗難、紛失時の対応を従業者等に周知徹底し、教育を行うこと。"))), answer.relations());
        assertEquals(List.of(541, "定期的な社内教育を行っています。"), List.of(answer.line(), answer.comment()));
    }

    @Test
    void statusFollowedDirectlyByItsComment() {
        // lines 173-174: "対象外" / "AWSを使用しているため" without a blank line
        AnswerRow answer = answerAt(173);
        assertEquals(List.of(NOT_APPLICABLE, "AWSを使用しているため"), List.of(answer.status(), answer.comment()));
        // line 324: the comment ends with the word 対象外, which is not a status cell
        assertEquals("AWSを利用しているため対象外", answerAt(323).comment());
    }

    // ---- items answered on several printed lines -------------------------------------------------

    @Test
    void itemAnsweredPerRequirementWithDifferentStatuses() {
        // lines 873-975: 1.3 ②-1, four printed lines
        Item item = item("1.3", "②", 1);
        assertTrue(item.text().startsWith("医療情報システム等に係る情報及び受託した情報に関する守秘義務について、"));
        assertEquals(List.of(904, 924, 943, 970), item.answers().stream().map(AnswerRow::line).toList());
        assertEquals(List.of(NOT_CONFORMANT, CONFORMANT, CONFORMANT, CONFORMANT),
                item.answers().stream().map(AnswerRow::status).toList());
        assertEquals(List.of("6.6 C (2)", "6.8 C 6.", "6.8 D 3.", "8.1.2 C 2."), item.answers().stream()
                .map(answer -> answer.relations().get(0))
                .map(relation -> relation.section() + " " + relation.classKind() + " "
                        + relation.requirements().get(0).label())
                .toList());
        assertEquals("自社にて保守を行っているため、従業員の守秘義務に基づきます", item.answers().get(2).comment());
        assertEquals("3(ア)医療機関等が、外部保存を受託する事業者と、その管理者や電子保存作業従事者等に対する守秘に関連した事項や"
                + "違反した場合のペナルティも含めた委託契約を取り交わし、保存した情報の取扱いに対して監督を行えること。",
                item.answers().get(3).relations().get(0).requirements().get(0).previousText());
        assertEquals(2, measure("1.3", "②").items().get(1).number());
    }

    @Test
    void otherItemsAnsweredOnSeveralLines() {
        // lines 4833-4876 (3.3 ③-1) and 6334-6416 (3.8 ④-1)
        Item password = item("3.3", "③", 1);
        assertEquals(List.of(4853, 4872), password.answers().stream().map(AnswerRow::line).toList());
        assertEquals(List.of("6.5", "6.8"), password.answers().stream()
                .map(answer -> answer.relations().get(0).section()).toList());
        assertEquals("SSOで認証を行なっており、二要素認証での認証を行なっており、IPアドレス制限も実施しております",
                password.answers().get(1).comment());
        Item wireless = item("3.8", "④", 1);
        assertEquals(List.of(6392, 6413), wireless.answers().stream().map(AnswerRow::line).toList());
        assertEquals(List.of("C", "D"), wireless.answers().stream()
                .map(answer -> answer.relations().get(0).classKind()).toList());
    }

    // ---- inheritance -----------------------------------------------------------------------------

    @Test
    void itemInheritsTheRelationOfTheItemAbove() {
        // lines 45-59: ①-2 prints no requirement columns
        Item item = item("1.1", "①", 2);
        assertTrue(item.text().startsWith("アクセス管理規定には以下の内容を含める。・アクセス権限、アカウント管理における登録申請、"));
        AnswerRow answer = item.answers().get(0);
        assertTrue(answer.inherited());
        assertEquals(55, answer.line());
        assertEquals("記録のレビューについては定期確認は行っていないが、問題発生時に確認を行っている。", answer.comment());
        assertEquals(item("1.1", "①", 1).answers().get(0).relations(), answer.relations());
    }

    // ---- comments with URLs ----------------------------------------------------------------------

    @Test
    void commentsWithUrlsAreJoinedWhole() {
        // line 2888-2896
        assertEquals("利用規約（https://go.chatwork.com/ja/terms/）の第18条（本サービスの廃止）および第24条"
                + "（データの閲覧・利用・開示・削除に関する合意事項）をご確認ください", item("1.14", "①", 7).answers().get(0).comment());
        // lines 2468-2473
        assertEquals("当社サービス品質保証の稼働実績をご確認くださいhttps://go.chatwork.com/ja/price/enterprise/sla.html",
                answerAt(2468).comment());
        // lines 4160-4169
        assertEquals("IDを忘れてしまった場合は、ログインページより下記ページへと誘導し、IDの探し方についてアドバイスを行なっております。"
                + "https://help.chatwork.com/hc/ja/articles/900001833583パスワードに関しては再設定することが可能です。",
                answerAt(4160).comment());
        // lines 4281-4285: "Google " wrapped with a trailing space
        assertEquals("ID・パスワード、Google Authenticator（認証アプリ）を利用した2要素認証が設定可能です。", answerAt(4281).comment());
    }

    @Test
    void everyUrlInTheCommentsIsWhole() {
        Pattern url = Pattern.compile("https?://[\\x21-\\x7E&&[^()]]+");
        Set<String> urls = new TreeSet<>();
        checklist.answers().forEach(answer -> {
            Matcher matcher = url.matcher(answer.comment());
            while (matcher.find()) {
                urls.add(matcher.group());
            }
        });
        assertEquals(new TreeSet<>(List.of("https://go.chatwork.com/ja/terms/",
                "https://go.chatwork.com/ja/price/enterprise/sla.html",
                "https://help.chatwork.com/hc/ja/articles/203126534",
                "https://help.chatwork.com/hc/ja/articles/203863960",
                "https://help.chatwork.com/hc/ja/articles/900001833583")), urls);
    }

    // ---- headings --------------------------------------------------------------------------------

    @Test
    void headingsThatPdftotextPrintedOddly() {
        // lines 3031-3035: category, group and measure on two lines, the title continued after a blank line
        Group entry = checklist.categories().get(1).groups().get(0);
        assertEquals(List.of("2.1", "入退管理"), List.of(entry.number(), entry.title()));
        assertEquals("機器や媒体の設置場所への認証や入退管理", entry.measures().get(0).title());
        assertEquals("許可された者以外が機器や媒体に直接アクセスする。", entry.measures().get(0).scenario());
        // lines 3945-3952: an indented measure heading right after a comment
        assertEquals("社内ルールで明文化およびMDMで一定時間利用されていないときにスクリーンセーバーを有効にする設定を導入しています",
                answerAt(3945).comment());
        assertEquals("安全なパスワード要件の定義", measure("3.1", "④").title());
        // lines 6693-6697: a group title wrapped over five lines
        assertEquals("仮想デスクトップやMDM・MAMによる情報漏洩への対策", group("3.11").title());
        // lines 8560-8563: an indented item text right after a comment
        assertEquals(8566, item("3.22", "①", 8).answers().get(0).line());
        assertTrue(item("3.22", "①", 8).text().startsWith("①-7は、他の医療情報システム等とのデータ連携等を考慮して行う。"));
    }
}
