package org.tekigo.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run of lines that pdftotext printed as one block: normally one table cell, sometimes the
 * start of the next cell glued onto the last line with a space. A status block holds only the
 * answer word (適合可能 / 不適合 / 対象外).
 */
record TextBlock(List<SourceLine> lines, boolean status) {

    TextBlock {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a block has at least one line");
        }
    }

    static TextBlock of(List<SourceLine> lines) {
        return new TextBlock(lines, false);
    }

    /** The two halves of a block cut where a second cell starts. */
    record Split(TextBlock head, TextBlock tail) {
    }

    SourceLine first() {
        return lines.get(0);
    }

    int firstLineNumber() {
        return first().number();
    }

    /** The first line without pdftotext's indentation. */
    String firstText() {
        return first().text().strip();
    }

    List<String> texts() {
        return lines.stream().map(SourceLine::text).toList();
    }

    String joinedText() {
        return WrappedText.join(texts());
    }

    /** The block without its first line, if anything remains. */
    Optional<TextBlock> withoutFirstLine() {
        return lines.size() == 1 ? Optional.empty() : Optional.of(of(lines.subList(1, lines.size())));
    }

    /**
     * Cuts the block at the first match of {@code separator}: the head keeps what precedes the
     * match, the tail starts after it and keeps the following lines. Empty if nothing matches or
     * either half would be empty.
     */
    Optional<Split> splitAtFirst(Pattern separator) {
        for (int index = 0; index < lines.size(); index++) {
            SourceLine line = lines.get(index);
            Matcher matcher = separator.matcher(line.text());
            if (!matcher.find()) {
                continue;
            }
            String before = line.text().substring(0, matcher.start()).stripTrailing();
            String after = line.text().substring(matcher.end()).strip();
            List<SourceLine> head = new ArrayList<>(lines.subList(0, index));
            if (!before.isBlank()) {
                head.add(new SourceLine(line.number(), before));
            }
            List<SourceLine> tail = new ArrayList<>();
            if (!after.isEmpty()) {
                tail.add(new SourceLine(line.number(), after));
            }
            tail.addAll(lines.subList(index + 1, lines.size()));
            if (head.isEmpty() || tail.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Split(of(head), of(tail)));
        }
        return Optional.empty();
    }
}
