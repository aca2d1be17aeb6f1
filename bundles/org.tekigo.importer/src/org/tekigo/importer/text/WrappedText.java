package org.tekigo.importer.text;

import java.util.List;

/**
 * Joins the lines of one table cell that pdftotext wrapped at the column width.
 *
 * <p>The rule, read off the Chatwork sample: pdftotext keeps a line's trailing space exactly when
 * the PDF had a space at the wrap point ("ID・パスワード、Google " + "Authenticator",
 * "IaC（Infrastracture as " + "Code）", "平成30 年10 " + "月29 日"). A line that ends without a space
 * was cut inside a Japanese run, a word or a URL ("https://go.chatwork." + "com/ja/terms/",
 * "TLS1." + "2により", "WPA2-" + "AES"), so it joins with nothing in between. Indentation that
 * pdftotext puts in front of a block is not text and is dropped; spaces inside a line are kept as
 * printed.
 *
 * <p>Hard line breaks inside a cell cannot be told apart from wraps in the extracted text, so the
 * result is always a single line.
 */
public final class WrappedText {

    private WrappedText() {
    }

    /** Joins wrapped lines back into the cell's text. */
    public static String join(List<String> lines) {
        StringBuilder text = new StringBuilder();
        boolean spaceBeforeNext = false;
        for (String line : lines) {
            String content = line.strip();
            if (content.isEmpty()) {
                continue;
            }
            if (text.length() > 0 && spaceBeforeNext) {
                text.append(' ');
            }
            text.append(content);
            spaceBeforeNext = endsWithSpace(line);
        }
        return text.toString();
    }

    private static boolean endsWithSpace(String line) {
        return !line.isEmpty() && Character.isWhitespace(line.charAt(line.length() - 1));
    }
}
