package org.tekigo.importer.text;

import java.util.List;
import java.util.Objects;

/**
 * A related requirement of the MHLW guideline (v5.1) as printed in the 項番 / 区分 / 内容 columns.
 * A field is null when the document leaves that cell blank for the row (a handful of rows print
 * the requirement text but no section, or a section but no class).
 *
 * @param section      the section number, e.g. "6.3" or "8.1.2"
 * @param sectionTitle the section title as printed, e.g. "組織的安全管理対策（体制、運用管理規程）"
 * @param classKind    "C" (最低限のガイドライン, minimum) or "D" (推奨されるガイドライン, recommended)
 * @param qualifier    e.g. "【医療機関等に保存する場合】"
 * @param heading      the sub-heading of the class, e.g. "（5）機器・ソフトウェアの品質管理"
 * @param requirements the numbered requirements quoted for this section and class; empty when the
 *                     row prints the section and class but no text
 */
public record Relation(String section, String sectionTitle, String classKind, String qualifier, String heading,
        List<RequirementText> requirements) {

    public Relation {
        if (classKind != null && !classKind.equals("C") && !classKind.equals("D")) {
            throw new IllegalArgumentException("class must be C or D: " + classKind);
        }
        requirements = List.copyOf(Objects.requireNonNull(requirements, "requirements"));
    }
}
