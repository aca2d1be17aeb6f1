package org.tekigo.importer.text.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tekigo.importer.text.AnswerRow;
import org.tekigo.importer.text.ChecklistFormatException;
import org.tekigo.importer.text.ChecklistTextParser;
import org.tekigo.importer.text.Measure;
import org.tekigo.importer.text.PublishedChecklist;
import org.tekigo.importer.text.Relation;
import org.tekigo.importer.text.RequirementText;

/** The layout rules on small hand-written extractions, independent of the sample's wording. */
class SmallChecklistTest {

    /** The page header as another vendor would print it. */
    private static final List<String> HEADER = List.of("", "対策項目 対策項目で対応できる", "シナリオ例", "",
            "関連する医療情報安全管理ガイドライン要求事項 ガイドラインへの", "適合性", "", "Example社の見解",
            "大項目 小項目 内容 項番 区分 内容（5.1版） 内容", "");

    /** The header followed by the body, whose first line is line 11. */
    private static List<String> page(String... body) {
        List<String> lines = new ArrayList<>(HEADER);
        lines.addAll(List.of(body));
        return lines;
    }

    private static PublishedChecklist parse(List<String> lines) throws ChecklistFormatException {
        return new ChecklistTextParser().parse(lines);
    }

    @Test
    void minimalChecklist() throws Exception {
        PublishedChecklist checklist = parse(page(
                "2.物理的対策",
                "2.1.入退管理",
                "",
                "①入退の管理",
                "",
                "入退を記録する。",
                "",
                "部外者が侵入する。",
                "",
                "6.4物理的安全対",
                "策",
                "",
                "D.推奨されるガイ",
                "ドライン",
                "",
                "1.防犯カメラ等を設置すること。",
                "",
                "1.防犯カメラを設置すること。",
                "",
                "不適合",
                "",
                "設置して",
                "いません",
                "",
                "記録を保存する。 適合可能",
                "",
                "保存しています"));
        Measure measure = checklist.categories().get(0).groups().get(0).measures().get(0);
        assertEquals("入退の管理", measure.title());
        assertEquals("部外者が侵入する。", measure.scenario());
        Relation camera = new Relation("6.4", "物理的安全対策", "D", null, null,
                List.of(new RequirementText("1", "1.", "防犯カメラ等を設置すること。", "1.防犯カメラを設置すること。")));
        assertEquals(List.of(new AnswerRow(List.of(camera), false, "不適合", "設置していません", 30)),
                measure.items().get(0).answers());
        assertEquals(List.of(new AnswerRow(List.of(camera), true, "適合可能", "保存しています", 35)),
                measure.items().get(1).answers());
    }

    @Test
    void emptyCommentBeforeTheNextHeading() throws Exception {
        PublishedChecklist checklist = parse(page(
                "1.人的・組織的対策",
                "1.1.規程",
                "",
                "①規程の策定",
                "",
                "規程を定める。",
                "",
                "該当なし ー ー ー",
                "",
                "対象外",
                "",
                "②教育",
                "",
                "教育を行う。",
                "",
                "適合可能",
                "",
                "実施しています"));
        List<Measure> measures = checklist.categories().get(0).groups().get(0).measures();
        assertEquals(List.of("", ""), measures.stream().map(Measure::scenario).toList());
        AnswerRow none = measures.get(0).items().get(0).answers().get(0);
        assertEquals(List.of(List.of(), false, "対象外", ""),
                List.of(none.relations(), none.inherited(), none.status(), none.comment()));
        assertEquals("実施しています", measures.get(1).items().get(0).answers().get(0).comment());
    }

    @Test
    void groupNumberOutsideItsCategory() {
        ChecklistFormatException error = assertThrows(ChecklistFormatException.class, () -> parse(page(
                "1.人的・組織的対策",
                "1.1.規程",
                "",
                "①規程の策定",
                "",
                "規程を定める。",
                "",
                "対象外",
                "",
                "なし",
                "",
                "2.1.入退管理",
                "",
                "①入退",
                "",
                "入退を記録する。",
                "",
                "対象外")));
        assertEquals(22, error.getLine()); // the header takes lines 1-10
        assertTrue(error.getMessage().contains("group 2.1 appears under category 1"), error.getMessage());
    }
}
