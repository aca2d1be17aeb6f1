package org.tekigo.importer.text;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a vendor's published checklist says, as read from its text extraction: the provider
 * guideline's categories (大項目) with every measure item and the vendor's answers to it.
 */
public record PublishedChecklist(List<Category> categories) {

    public PublishedChecklist {
        categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
    }

    /** Every answer row of the document, in the order the document prints them. */
    public Stream<AnswerRow> answers() {
        return categories.stream()
                .flatMap(category -> category.groups().stream())
                .flatMap(group -> group.measures().stream())
                .flatMap(measure -> measure.items().stream())
                .flatMap(item -> item.answers().stream());
    }

    /** How many items the checklist prints, over all its measures. */
    public int itemCount() {
        return categories.stream().flatMap(c -> c.groups().stream()).flatMap(g -> g.measures().stream())
                .mapToInt(m -> m.items().size()).sum();
    }
}
