package org.tekigo.importer.text;

import java.util.List;
import java.util.Objects;

/** A 大項目 such as "1" / "人的・組織的対策". */
public record Category(String number, String title, List<Group> groups) {

    public Category {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        groups = List.copyOf(Objects.requireNonNull(groups, "groups"));
    }
}
