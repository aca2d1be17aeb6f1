package org.tekigo.importer.text;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** Reads blocks one by one; a block cut in two puts its second half back to be read next. */
final class BlockCursor {

    private final Deque<TextBlock> pending;

    BlockCursor(List<TextBlock> blocks) {
        pending = new ArrayDeque<>(blocks);
    }

    boolean hasNext() {
        return !pending.isEmpty();
    }

    TextBlock peek() {
        return pending.getFirst();
    }

    /** The block after the next one, if any. */
    Optional<TextBlock> peekSecond() {
        Iterator<TextBlock> blocks = pending.iterator();
        blocks.next();
        return blocks.hasNext() ? Optional.of(blocks.next()) : Optional.empty();
    }

    TextBlock next() {
        return pending.removeFirst();
    }

    void pushBack(TextBlock block) {
        pending.addFirst(block);
    }

    /** Takes the first line of the next block and leaves the rest of that block to be read. */
    SourceLine nextLine() {
        TextBlock block = next();
        block.withoutFirstLine().ifPresent(this::pushBack);
        return block.first();
    }
}
