package org.tekigo.importer.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a quoted requirement cell into its numbered requirements and pairs each with the earlier
 * version's text.
 *
 * <p>The first line's label fixes the numbering style of the cell ("10." or "(3)"); only lines that
 * start with a label of that style and a higher number begin a new requirement, so sub-items of
 * another style ("(1)" under "13.", "a." under "(4)") stay inside their requirement, and a wrapped
 * line that happens to start with a number cannot start one unless it continues the numbering.
 */
final class RequirementSplitter {

    private enum Style { DOT, PARENTHESES, SUB_LETTER }

    private static final Pattern DOT = Pattern.compile("(\\d{1,3})\\s?([.．])\\s*");
    private static final Pattern PARENTHESES = Pattern.compile("([(（])(\\d{1,3})([)）])\\s*");
    private static final Pattern SUB_LETTER = Pattern.compile("(\\d{1,3})([(（][\\u30A0-\\u30FF][)）])\\s*");

    private record Label(Style style, int number, String printed, int end) {
    }

    /** One requirement while its earlier text is being looked for. */
    static final class Draft {
        private final Label label;
        private final List<String> lines = new ArrayList<>();
        private String previousText = "";

        private Draft(Label label) {
            this.label = label;
        }

        RequirementText toRequirementText() {
            List<String> text = new ArrayList<>(lines);
            if (label != null) {
                text.set(0, text.get(0).strip().substring(label.end()));
            }
            return new RequirementText(label == null ? null : Integer.toString(label.number()),
                    label == null ? null : label.printed(), WrappedText.join(text), previousText);
        }
    }

    /** The requirements of a quote in the 内容（5.1版） column. */
    static List<Draft> split(List<String> lines) {
        List<Draft> drafts = new ArrayList<>();
        for (List<String> piece : pieces(lines)) {
            Draft draft = new Draft(labelOf(piece.get(0)));
            draft.lines.addAll(piece);
            drafts.add(draft);
        }
        return drafts;
    }

    /**
     * Gives each requirement its earlier text. The earlier cell is split the same way; when every
     * numbered piece of it matches exactly one requirement by number, the pieces go to those
     * requirements. Otherwise (the old numbering differs, e.g. "3(ア)" for 5.1's "2.") the cell
     * cannot be split faithfully and goes whole to the first requirement.
     */
    static void attachPrevious(List<Draft> drafts, List<String> previousLines) {
        if (drafts.isEmpty() || previousLines.isEmpty()) {
            return;
        }
        Map<Integer, Draft> byNumber = new HashMap<>();
        Set<Integer> ambiguous = new HashSet<>();
        for (Draft draft : drafts) {
            if (draft.label != null && byNumber.putIfAbsent(draft.label.number(), draft) != null) {
                ambiguous.add(draft.label.number());
            }
        }
        List<List<String>> pieces = pieces(previousLines);
        Map<Draft, String> matched = new HashMap<>();
        for (List<String> piece : pieces) {
            Label label = labelOf(piece.get(0));
            Draft draft = label == null || ambiguous.contains(label.number()) ? null : byNumber.get(label.number());
            if (draft == null || matched.containsKey(draft)) {
                drafts.get(0).previousText = WrappedText.join(previousLines);
                return;
            }
            matched.put(draft, WrappedText.join(piece));
        }
        matched.forEach((draft, text) -> draft.previousText = text);
    }

    private static List<List<String>> pieces(List<String> lines) {
        List<List<String>> pieces = new ArrayList<>();
        Label first = null;
        Label last = null;
        for (String line : lines) {
            Label label = labelOf(line);
            boolean startsPiece = pieces.isEmpty()
                    || (first != null && label != null && label.style() == first.style()
                            && label.number() > last.number());
            if (startsPiece) {
                pieces.add(new ArrayList<>());
                if (first == null) {
                    first = label;
                }
                last = label;
            }
            pieces.get(pieces.size() - 1).add(line);
        }
        return pieces;
    }

    private static Label labelOf(String line) {
        String text = line.strip();
        Matcher matcher = SUB_LETTER.matcher(text);
        if (matcher.lookingAt()) {
            return new Label(Style.SUB_LETTER, number(matcher.group(1)), matcher.group(1) + matcher.group(2),
                    matcher.end());
        }
        matcher = DOT.matcher(text);
        if (matcher.lookingAt()) {
            return new Label(Style.DOT, number(matcher.group(1)), matcher.group(1) + matcher.group(2), matcher.end());
        }
        matcher = PARENTHESES.matcher(text);
        if (matcher.lookingAt()) {
            return new Label(Style.PARENTHESES, number(matcher.group(2)),
                    matcher.group(1) + matcher.group(2) + matcher.group(3), matcher.end());
        }
        return null;
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }
}
