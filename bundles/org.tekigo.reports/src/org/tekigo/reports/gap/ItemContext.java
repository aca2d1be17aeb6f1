package org.tekigo.reports.gap;

/**
 * Where an item sits in the catalog, as printed: "1.人的・組織的対策", "1.1.規程・手順の策定",
 * "①アクセス管理規定の策定", and the item itself.
 */
public record ItemContext(String category, String group, String measure, String itemId, String itemText) {
}
