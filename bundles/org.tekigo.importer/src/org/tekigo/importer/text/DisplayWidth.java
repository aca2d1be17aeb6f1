package org.tekigo.importer.text;

/** Width of a line in half-width columns, the unit in which the printed columns wrap. */
final class DisplayWidth {

    private DisplayWidth() {
    }

    static int of(String text) {
        return text.strip().codePoints().map(DisplayWidth::columns).sum();
    }

    private static int columns(int codePoint) {
        boolean wide = codePoint >= 0x2E80 // CJK radicals, kana, ideographs, CJK symbols, full-width forms
                || (codePoint >= 0x2460 && codePoint <= 0x24FF) // circled numbers are set full width
                || (codePoint >= 0x2500 && codePoint <= 0x25FF); // box drawing and geometric shapes
        boolean halfWidthKana = codePoint >= 0xFF61 && codePoint <= 0xFF9F;
        return wide && !halfWidthKana ? 2 : 1;
    }
}
