package org.tekigo.importer.text;

import java.util.Objects;

/**
 * One numbered requirement quoted in the 内容（5.1版） column, with the earlier version's text.
 *
 * @param number       the requirement number ("3" for both "3." and "(3)"), null if the quote has none
 * @param label        the number as printed: "3.", "(3)", "（2）", "4．"; null if the quote has none
 * @param text51       the version 5.1 text without its label
 * @param previousText the earlier version's text as printed, label included (its numbering often
 *                     differs from 5.1: "3(ア)", "（2）"); "" when the document prints none for this
 *                     requirement. When the earlier cell cannot be split number for number, the
 *                     whole cell belongs to the first requirement of the relation.
 */
public record RequirementText(String number, String label, String text51, String previousText) {

    public RequirementText {
        Objects.requireNonNull(text51, "text51");
        Objects.requireNonNull(previousText, "previousText");
    }
}
