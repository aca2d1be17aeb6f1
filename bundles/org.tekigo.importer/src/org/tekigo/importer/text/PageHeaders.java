package org.tekigo.importer.text;

import org.tekigo.importer.nls.ImporterMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes the column header that the published checklist repeats at the top of every page
 * ("対策項目 対策項目で対応できる" … "大項目 小項目 内容 項番 区分 内容（5.1版） 内容"). Its lines become
 * blank lines, so the header still separates the blocks before and after it as the page break did.
 */
final class PageHeaders {

    private static final String FIRST_LINE_START = "対策項目";
    private static final String LAST_LINE_START = "大項目";
    /** The header has eight lines; a little slack allows for a vendor column title wrapping once more. */
    private static final int MAXIMUM_HEADER_LINES = 12;

    private PageHeaders() {
    }

    /**
     * Returns the lines with every page header blanked.
     *
     * @throws ChecklistFormatException if the text does not begin with the page header, which every
     *         published checklist does: anything else is not such a checklist
     */
    static List<SourceLine> remove(List<SourceLine> lines) throws ChecklistFormatException {
        List<SourceLine> result = new ArrayList<>(lines);
        boolean sawHeader = false;
        for (int index = 0; index < result.size(); index++) {
            String text = result.get(index).text().strip();
            if (text.isEmpty()) {
                continue;
            }
            int end = headerEnd(result, index);
            if (end < 0) {
                if (!sawHeader) {
                    throw new ChecklistFormatException(result.get(index).number(),
                            bind(ImporterMessages.Format_notAChecklist, FIRST_LINE_START, LAST_LINE_START, abbreviate(text)));
                }
                continue;
            }
            for (int blanked = index; blanked <= end; blanked++) {
                result.set(blanked, new SourceLine(result.get(blanked).number(), ""));
            }
            sawHeader = true;
            index = end;
        }
        return result;
    }

    private static int headerEnd(List<SourceLine> lines, int start) {
        if (!lines.get(start).text().strip().startsWith(FIRST_LINE_START)) {
            return -1;
        }
        int limit = Math.min(lines.size(), start + MAXIMUM_HEADER_LINES);
        for (int index = start + 1; index < limit; index++) {
            if (lines.get(index).text().strip().startsWith(LAST_LINE_START)) {
                return index;
            }
        }
        return -1;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
