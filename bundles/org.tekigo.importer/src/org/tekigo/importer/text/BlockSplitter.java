package org.tekigo.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Cuts the text into the blocks pdftotext printed. A block ends at a blank line, and also where
 * pdftotext started a new block without one: at an indented line (" ④安全なパスワー" right after a
 * comment) and around an answer word, which is a cell of its own even when it shares a line
 * ("…措置を含める。 適合可能", "適合可能 実施してます") or is followed directly by its comment.
 */
final class BlockSplitter {

    private final List<TextBlock> blocks = new ArrayList<>();
    private final List<SourceLine> current = new ArrayList<>();

    static List<TextBlock> split(List<SourceLine> lines) {
        BlockSplitter splitter = new BlockSplitter();
        for (SourceLine line : lines) {
            splitter.accept(line);
        }
        splitter.endBlock();
        return List.copyOf(splitter.blocks);
    }

    private void accept(SourceLine line) {
        String text = line.text();
        if (text.isBlank()) {
            endBlock();
            return;
        }
        if (Character.isWhitespace(text.charAt(0))) {
            endBlock();
        }
        addSplittingAtStatus(line.number(), text.stripLeading());
    }

    private void addSplittingAtStatus(int number, String text) {
        Matcher status = CellPatterns.STATUS.matcher(text);
        if (!status.find()) {
            current.add(new SourceLine(number, text));
            return;
        }
        String before = text.substring(0, status.start()).stripTrailing();
        if (!before.isEmpty()) {
            current.add(new SourceLine(number, before));
        }
        endBlock();
        blocks.add(new TextBlock(List.of(new SourceLine(number, status.group(1))), true));
        String after = text.substring(status.end()).strip();
        if (!after.isEmpty()) {
            addSplittingAtStatus(number, after);
        }
    }

    private void endBlock() {
        if (!current.isEmpty()) {
            blocks.add(TextBlock.of(current));
            current.clear();
        }
    }
}
