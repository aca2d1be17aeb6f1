package org.tekigo.importer.text;

/** The order of the published table's numbers: categories and groups (1, 1.2, 1.10) and measure marks (①, ⑳, ㉑). */
final class Numbering {

    private Numbering() {
    }

    /** Compares dotted numbers part by part: 1.2 before 1.10; any number of digits. */
    static int compare(String a, String b) {
        String[] left = a.split("\\."), right = b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = compareDigits(left[i], right[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static int compareDigits(String a, String b) {
        String x = a.replaceFirst("^0+(?=.)", ""), y = b.replaceFirst("^0+(?=.)", "");
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }

    /** ① is 1, ⑳ 20, ㉑ 21, ㊿ 50 (the circled numbers Unicode has). */
    static int circled(String mark) {
        int c = mark.codePointAt(0);
        if (c >= 0x2460 && c <= 0x2473) {
            return c - 0x2460 + 1;
        }
        if (c >= 0x3251 && c <= 0x325F) {
            return c - 0x3251 + 21;
        }
        if (c >= 0x32B1 && c <= 0x32BF) {
            return c - 0x32B1 + 36;
        }
        throw new IllegalArgumentException("not a circled number: " + mark);
    }
}
