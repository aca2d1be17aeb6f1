package org.tekigo.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The 区分 cell (one part of it, when the row relates to several sections): the class or classes
 * ("C.最低限のガイド" + "ライン", possibly followed by "D.推奨されるガイ" + "ドライン"), then
 * optionally a qualifier "【…】" and a sub-heading "（5）…", each wrapped over several lines.
 */
record ClassCell(List<String> kinds, String qualifier, String heading) {

    static final ClassCell BLANK = new ClassCell(List.of(), null, null);

    ClassCell {
        kinds = List.copyOf(kinds);
    }

    private enum Element { CLASS, QUALIFIER, HEADING }

    static ClassCell parse(List<SourceLine> lines) {
        List<String> kinds = new ArrayList<>();
        List<String> qualifier = new ArrayList<>();
        List<String> heading = new ArrayList<>();
        Element element = Element.CLASS;
        for (SourceLine line : lines) {
            String text = line.text().strip();
            Matcher classWord = CellPatterns.CLASS.matcher(text);
            if (classWord.lookingAt()) {
                kinds.add(classWord.group(1));
                element = Element.CLASS;
            } else if (CellPatterns.QUALIFIER_START.matcher(text).lookingAt()) {
                element = Element.QUALIFIER;
                qualifier.add(line.text());
            } else if (CellPatterns.HEADING_START.matcher(text).lookingAt()) {
                element = Element.HEADING;
                heading.add(line.text());
            } else if (element == Element.QUALIFIER && String.join("", qualifier).contains("】")) {
                // Text after a closed qualifier can only be a sub-heading printed without its number.
                element = Element.HEADING;
                heading.add(line.text());
            } else if (element == Element.QUALIFIER) {
                qualifier.add(line.text());
            } else if (element == Element.HEADING) {
                heading.add(line.text());
            }
            // Otherwise the line is the wrapped end of a class word ("ライン", "ドライン").
        }
        return new ClassCell(kinds, joinedOrNull(qualifier), joinedOrNull(heading));
    }

    /** The class when the cell names exactly one, else null. */
    String singleKind() {
        return kinds.size() == 1 ? kinds.get(0) : null;
    }

    private static String joinedOrNull(List<String> lines) {
        return lines.isEmpty() ? null : WrappedText.join(lines);
    }
}
