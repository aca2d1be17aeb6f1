package org.tekigo.importer.text.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tekigo.importer.text.AnswerRow;
import org.tekigo.importer.text.Category;
import org.tekigo.importer.text.ChecklistTextParser;
import org.tekigo.importer.text.Group;
import org.tekigo.importer.text.PublishedChecklist;

/**
 * Every answer printed in Chatwork's published checklist becomes exactly one answer row.
 *
 * <p>The expected numbers were counted without the parser: a small script assigned every status
 * word standing as a cell of its own (a whitespace-separated token 適合可能 / 不適合 / 対象外, so the
 * comment "AWSを利用しているため対象外" does not count) to the nearest 大項目 / 小項目 heading line
 * above it (lines "N.人的・組織的対策" and "N.M.…"). The small groups were then checked by reading
 * the file: 1.2 (line 700), 1.4 (1041, 1052, 1061, 1081), 1.6 (1325), 1.8 (1640, 1655, 1663, 1672,
 * 1685), 1.11 (2146, 2204, 2216, 2225, 2243), 2.3 (3378, 3396, 3406, 3412, 3458, 3467, 3476), 2.4
 * (3508), 2.5 (3554, 3561), 2.6 (3590), 2.7 (3620, 3642), 3.11 (6739, 6781, 6819), 3.12 (6856,
 * 6864), 3.14 (7258, 7267), 3.16 (7705, 7715), 3.17 (7750), 3.18 (7787).
 */
class PublishedSampleCountsTest {

    private static List<String> sourceLines;
    private static PublishedChecklist checklist;

    @BeforeAll
    static void parseSample() throws Exception {
        Path sample = SampleChecklist.path();
        sourceLines = Files.readAllLines(sample, StandardCharsets.UTF_8);
        checklist = new ChecklistTextParser().parse(sample);
    }

    /** Counts the status words in the raw text: tokens between spaces, so "…含める。 適合可能" counts. */
    private static Map<String, Long> statusWordsInSource() {
        Set<String> statuses = Set.of("適合可能", "不適合", "対象外");
        return sourceLines.stream()
                .flatMap(line -> List.of(line.strip().split("\\s+")).stream())
                .filter(statuses::contains)
                .collect(Collectors.groupingBy(word -> word, TreeMap::new, Collectors.counting()));
    }

    @Test
    void sourceHoldsTheExpectedStatusWords() {
        // 392 lines are exactly a status word; 41 more share their line with text (e.g. line 142
        // "…措置を含める。 適合可能", line 1977 "…行う。 適合可能 実施してます").
        long alone = sourceLines.stream().filter(line -> Set.of("適合可能", "不適合", "対象外").contains(line)).count();
        assertEquals(392, alone);
        assertEquals(Map.of("適合可能", 267L, "不適合", 72L, "対象外", 94L), statusWordsInSource());
    }

    @Test
    void everyStatusWordBecomesExactlyOneAnswerRow() {
        Map<String, Long> parsed = checklist.answers()
                .collect(Collectors.groupingBy(AnswerRow::status, TreeMap::new, Collectors.counting()));
        assertEquals(statusWordsInSource(), parsed);
        assertEquals(433, checklist.answers().count());
    }

    @Test
    void answerRowsPointAtTheirStatusWords() {
        List<Integer> lines = checklist.answers().map(AnswerRow::line).toList();
        assertEquals(lines.stream().distinct().sorted().toList(), lines, "one row per line, in document order");
        for (AnswerRow answer : checklist.answers().toList()) {
            List<String> tokens = List.of(sourceLines.get(answer.line() - 1).strip().split("\\s+"));
            assertEquals(true, tokens.contains(answer.status()), "line " + answer.line());
        }
    }

    @Test
    void answersPerCategory() {
        Map<String, Map<String, Long>> expected = new LinkedHashMap<>();
        expected.put("1", Map.of("適合可能", 109L, "不適合", 29L, "対象外", 19L)); // 157
        expected.put("2", Map.of("適合可能", 15L, "対象外", 29L)); // 44
        expected.put("3", Map.of("適合可能", 143L, "不適合", 43L, "対象外", 46L)); // 232
        Map<String, Map<String, Long>> actual = new LinkedHashMap<>();
        for (Category category : checklist.categories()) {
            actual.put(category.number(), category.groups().stream()
                    .flatMap(group -> group.measures().stream())
                    .flatMap(measure -> measure.items().stream())
                    .flatMap(item -> item.answers().stream())
                    .collect(Collectors.groupingBy(AnswerRow::status, Collectors.counting())));
        }
        assertEquals(expected, actual);
        assertEquals(List.of("人的・組織的対策", "物理的対策", "技術的対策"),
                checklist.categories().stream().map(Category::title).toList());
    }

    @Test
    void answersPerGroup() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("1.1", 36);
        expected.put("1.2", 1);
        expected.put("1.3", 12);
        expected.put("1.4", 4);
        expected.put("1.5", 8);
        expected.put("1.6", 1);
        expected.put("1.7", 12);
        expected.put("1.8", 5);
        expected.put("1.9", 16);
        expected.put("1.10", 14);
        expected.put("1.11", 5);
        expected.put("1.12", 10);
        expected.put("1.13", 15);
        expected.put("1.14", 18);
        expected.put("2.1", 8);
        expected.put("2.2", 14);
        expected.put("2.3", 7);
        expected.put("2.4", 1);
        expected.put("2.5", 2);
        expected.put("2.6", 1);
        expected.put("2.7", 2);
        expected.put("2.8", 9);
        expected.put("3.1", 32);
        expected.put("3.2", 12);
        expected.put("3.3", 26);
        expected.put("3.4", 23);
        expected.put("3.5", 8);
        expected.put("3.6", 9);
        expected.put("3.7", 13);
        expected.put("3.8", 16);
        expected.put("3.9", 8);
        expected.put("3.10", 5);
        expected.put("3.11", 3);
        expected.put("3.12", 2);
        expected.put("3.13", 23);
        expected.put("3.14", 2);
        expected.put("3.15", 5);
        expected.put("3.16", 2);
        expected.put("3.17", 1);
        expected.put("3.18", 1);
        expected.put("3.19", 5);
        expected.put("3.20", 6);
        expected.put("3.21", 18);
        expected.put("3.22", 12);
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (Category category : checklist.categories()) {
            for (Group group : category.groups()) {
                actual.put(group.number(), (int) group.measures().stream()
                        .flatMap(measure -> measure.items().stream())
                        .mapToLong(item -> item.answers().size()).sum());
            }
        }
        assertEquals(expected, actual);
    }

    @Test
    void measuresAndItems() {
        // 86 measure headings (①… at the start of a block, not an item citation such as "①-4");
        // 428 items, since three items are answered on several printed lines (4 + 2 + 2 rows).
        assertEquals(86, checklist.categories().stream().flatMap(c -> c.groups().stream())
                .mapToInt(g -> g.measures().size()).sum());
        assertEquals(428, checklist.categories().stream().flatMap(c -> c.groups().stream())
                .flatMap(g -> g.measures().stream()).mapToInt(m -> m.items().size()).sum());
    }
}
