package org.tekigo.importer.text;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One printed answer: the related requirements in force for it, the vendor's status and comment.
 *
 * @param relations the related MHLW requirements: the row's own, or (when {@code inherited}) those
 *                  of the row above, because the printed table leaves the requirement columns of an
 *                  item blank when the item shares the requirement of the item above; empty when
 *                  the document says 該当なし (none) or nothing is in force
 * @param inherited whether the row printed no requirement column at all and took the relations of
 *                  the row above
 * @param status    exactly {@link #CONFORMANT}, {@link #NOT_CONFORMANT} or {@link #NOT_APPLICABLE}
 * @param comment   the vendor's comment (見解), wrapped lines joined; "" when there is none
 * @param line      the 1-based source line of the status word
 */
public record AnswerRow(List<Relation> relations, boolean inherited, String status, String comment, int line) {

    public static final String CONFORMANT = "適合可能";
    public static final String NOT_CONFORMANT = "不適合";
    public static final String NOT_APPLICABLE = "対象外";
    public static final Set<String> STATUSES = Set.of(CONFORMANT, NOT_CONFORMANT, NOT_APPLICABLE);

    public AnswerRow {
        relations = List.copyOf(Objects.requireNonNull(relations, "relations"));
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("not a conformity status: " + status);
        }
        Objects.requireNonNull(comment, "comment");
        if (line < 1) {
            throw new IllegalArgumentException("lines are 1-based: " + line);
        }
    }
}
