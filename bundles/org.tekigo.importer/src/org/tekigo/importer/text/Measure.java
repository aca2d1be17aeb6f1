package org.tekigo.importer.text;

import java.util.List;
import java.util.Objects;

/**
 * A measure (対策項目) such as "①" / "アクセス管理規定の策定", with its threat scenario
 * (シナリオ例, "" when the document prints none) and its items.
 */
public record Measure(String mark, String title, String scenario, List<Item> items) {

    public Measure {
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scenario, "scenario");
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }
}
