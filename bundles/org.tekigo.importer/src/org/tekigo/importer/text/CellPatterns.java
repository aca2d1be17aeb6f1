package org.tekigo.importer.text;

import java.util.regex.Pattern;

/**
 * How the cells of the published layout begin. The grammar only tests a pattern where the layout
 * allows that cell, so e.g. a requirement quote "1.6.1 章C.2 で…" is never taken for a section.
 */
final class CellPatterns {

    private CellPatterns() {
    }

    private static final String CIRCLED_NUMBER = "[\\u2460-\\u2473\\u3251-\\u325F\\u32B1-\\u32BF]";
    /** Item texts cite items as "①-4" or "①-1～①-3"; a measure heading never has a dash after its mark. */
    private static final String NOT_A_CITATION = "(?![\\-－‐―～~])";
    private static final String SECTION_NUMBER = "\\d+(?:\\.\\d+)+";
    private static final String CLASS_WORD = "[CD][.．](?:最低限|推奨)";

    /** An answer word standing as a cell of its own: alone on a line or set off by spaces. */
    static final Pattern STATUS = Pattern.compile("(?<!\\S)(適合可能|不適合|対象外)(?!\\S)");

    /** 大項目: "1.人的・組織的対策". */
    static final Pattern CATEGORY = Pattern.compile("(\\d+)\\.([^\\d\\s.]\\S*)");

    /** 小項目: "1.1.規程・手順の" (the number ends with a dot, unlike a section number). */
    static final Pattern GROUP = Pattern.compile("(\\d+\\.\\d+)\\.(?!\\d)(.*)");

    /** A measure heading: "①アクセス管理規". */
    static final Pattern MEASURE = Pattern.compile("(" + CIRCLED_NUMBER + ")" + NOT_A_CITATION + "(\\S.*)");

    /** A measure heading printed on the group heading's line: "2.1.入退管理 ①機器や媒体の". */
    static final Pattern MEASURE_AFTER_SPACE = Pattern.compile(
            "(?<=\\S)\\s+(?=" + CIRCLED_NUMBER + NOT_A_CITATION + "\\S)");

    /** 項番: "6.3組織的安全管", "8.1.2外部保存を受"; the title follows the number directly. */
    static final Pattern SECTION = Pattern.compile("(" + SECTION_NUMBER + ")(?=[^\\s\\d.])(.*)");

    /** A section printed on the last line of the item text or scenario: "…行う。 6.9情報及び情報". */
    static final Pattern SECTION_AFTER_SPACE = Pattern.compile(
            "(?<=\\S)\\s+(?=" + SECTION_NUMBER + "[^\\s\\d.])");

    /** 区分: "C.最低限のガイド" / "D.推奨されるガイ". */
    static final Pattern CLASS = Pattern.compile("([CD])[.．](?:最低限|推奨)");

    /** A class printed on the section's line: "6.7情報の破棄 C.最低限のガイド". */
    static final Pattern CLASS_AFTER_SPACE = Pattern.compile("(?<=\\S)\\s+(?=" + CLASS_WORD + ")");

    /** Inside a quote that spans both classes: "(C.最低限のガイドライン )". */
    static final Pattern CLASS_MARKER = Pattern.compile("[(（]([CD])[.．](?:最低限|推奨)[^)）]*[)）]");

    /** The class cell's qualifier "【医療機関等に保存する場合】" and sub-heading "（5）機器・ソフト". */
    static final Pattern QUALIFIER_START = Pattern.compile("【");
    static final Pattern HEADING_START = Pattern.compile("[(（]\\d+[)）]");

    /** All four requirement columns filled with "none": "該当なし ー ー ー". */
    static final Pattern NO_RELATION = Pattern.compile("該当なし(?:\\s.*)?");

    /** Separates the parts of a cell that relates an item to several sections: "-----". */
    static final Pattern PART_SEPARATOR = Pattern.compile("-{3,}");

    /** A one-line item text printed on the same line as the scenario's first line: "…定める。 情報の…". */
    static final Pattern SENTENCE_THEN_NEXT_CELL = Pattern.compile("(?<=。)\\s+(?=\\S)");

    /** A requirement number at the start of a quote: "3.", "13. ", "4．", "(3) ", "（2）", "3(ア)". */
    static final Pattern REQUIREMENT_LABEL = Pattern.compile(
            "\\d+[(（][\\u30A0-\\u30FF][)）]|\\d+\\s?[.．]|[(（]\\d+[)）]");

    static boolean startsCategory(String text) {
        return CATEGORY.matcher(text).matches();
    }

    static boolean startsGroup(String text) {
        return GROUP.matcher(text).matches();
    }

    static boolean startsMeasure(String text) {
        return MEASURE.matcher(text).matches();
    }

    static boolean startsSection(String text) {
        return SECTION.matcher(text).matches();
    }

    static boolean startsClass(String text) {
        return CLASS.matcher(text).lookingAt();
    }

    static boolean isNoRelation(String text) {
        return NO_RELATION.matcher(text).matches();
    }

    static boolean isPartSeparator(String text) {
        return PART_SEPARATOR.matcher(text.strip()).matches();
    }

    static boolean startsRequirementQuote(String text) {
        return REQUIREMENT_LABEL.matcher(text).lookingAt() || CLASS_MARKER.matcher(text).matches();
    }
}
