package org.tekigo.importer.text;

import java.util.ArrayList;
import java.util.List;

/** The requirement columns (項番, 区分, 内容（5.1版）, 内容) of one printed answer line, as read. */
final class RowCells {

    List<SourceLine> sectionLines = List.of();
    List<SourceLine> classLines = List.of();
    final List<TextBlock> quoteBlocks = new ArrayList<>();
    /** The row prints "該当なし ー ー ー": it explicitly relates to no requirement. */
    boolean noRelation;

    /** True when the row prints no requirement column at all and so shares the row above's. */
    boolean isBlank() {
        return sectionLines.isEmpty() && classLines.isEmpty() && quoteBlocks.isEmpty() && !noRelation;
    }
}
