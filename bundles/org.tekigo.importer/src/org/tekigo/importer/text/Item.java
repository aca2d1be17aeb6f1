package org.tekigo.importer.text;

import java.util.List;
import java.util.Objects;

/**
 * A measure item, cited elsewhere as ①-{@code number}. Usually one answer; an item the vendor
 * answered per related requirement has one answer row per printed line.
 */
public record Item(int number, String text, List<AnswerRow> answers) {

    public Item {
        if (number < 1) {
            throw new IllegalArgumentException("item numbers start at 1: " + number);
        }
        Objects.requireNonNull(text, "text");
        answers = List.copyOf(Objects.requireNonNull(answers, "answers"));
    }
}
