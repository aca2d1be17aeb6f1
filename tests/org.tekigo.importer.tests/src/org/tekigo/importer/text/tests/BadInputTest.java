package org.tekigo.importer.text.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.importer.text.ChecklistFormatException;
import org.tekigo.importer.text.ChecklistTextParser;

/** Input that is not a complete published checklist is refused with the line at fault. */
class BadInputTest {

    private static List<String> sample;

    @TempDir
    Path folder;

    @BeforeAll
    static void readSample() throws Exception {
        sample = Files.readAllLines(SampleChecklist.path(), StandardCharsets.UTF_8);
    }

    private static ChecklistFormatException refused(List<String> lines) {
        return assertThrows(ChecklistFormatException.class, () -> new ChecklistTextParser().parse(lines));
    }

    private ChecklistFormatException refused(byte[] content) throws Exception {
        Path file = Files.write(folder.resolve("checklist.txt"), content);
        return assertThrows(ChecklistFormatException.class, () -> new ChecklistTextParser().parse(file));
    }

    private static void assertNamesLine(int line, ChecklistFormatException error, String words) {
        assertEquals(line, error.getLine());
        assertTrue(error.getMessage().startsWith("line " + line + ": "), error.getMessage());
        assertTrue(error.getMessage().contains(words), error.getMessage());
    }

    @Test
    void emptyFile() throws Exception {
        assertNamesLine(1, refused(new byte[0]), "empty");
        assertNamesLine(1, refused(List.of("", "   ", "")), "empty");
    }

    @Test
    void textThatIsNotAChecklist() throws Exception {
        byte[] readme = "\n# Tekigo\n\nA tool for guideline checklists.\n".getBytes(StandardCharsets.UTF_8);
        assertNamesLine(2, refused(readme), "not a published checklist");
    }

    @Test
    void pageHeaderFollowedByOtherText() {
        List<String> lines = List.of(sample.get(0), sample.get(1), sample.get(2), sample.get(3), sample.get(4),
                sample.get(5), sample.get(6), sample.get(7), sample.get(8), "", "お知らせ", "本文");
        assertNamesLine(11, refused(lines), "expected a category heading");
    }

    @Test
    void sampleTruncatedInTheMiddleOfAMeasure() {
        // The first 4000 lines end inside the 5.1 quote of 3.1 ④-1, whose text starts on line 3954.
        assertNamesLine(3954, refused(sample.subList(0, 4000)), "has no answer");
    }

    @Test
    void sampleTruncatedBeforeTheAnswerOfTheLastItem() {
        // Line 8637 starts 3.22 ①-12; its answer is on line 8642.
        assertNamesLine(8637, refused(sample.subList(0, 8641)), "has no answer");
    }

    @Test
    void sampleTruncatedAfterACategoryHeading() {
        // Line 3743 is "3.技術的対策"; nothing follows it.
        assertNamesLine(3743, refused(sample.subList(0, 3743)), "category 3 (技術的対策) has no groups");
    }

    @Test
    void sampleTruncatedAfterAMeasureHeading() {
        // Lines 3748-3750 are the heading of 3.1 ①; nothing follows it.
        assertNamesLine(3748, refused(sample.subList(0, 3751)), "has no items");
    }

    @Test
    void answerMissingInTheMiddle() {
        // Drop the answer word of 1.1 ①-2 (line 55): the next measure heading (line 61) arrives first.
        List<String> lines = new java.util.ArrayList<>(sample);
        lines.set(54, "");
        assertNamesLine(61, refused(lines), "before the measure item at line 45 has its answer");
    }

    @Test
    void aGroupPrintedTwice() {
        // Lines 669-705 are group 1.2 (one measure, one item); printed again right after itself.
        assertNamesLine(706, refused(withRepeated(669, 705)),
                "group 1.2 (個人情報を含まないテストデータの利用) is printed a second time (first at line 669)");
    }

    @Test
    void groupsOutOfOrder() {
        // Group 1.3 (lines 706-1009) moved before group 1.2 (lines 669-705).
        List<String> lines = new java.util.ArrayList<>(sample.subList(0, 668));
        lines.addAll(sample.subList(705, 1009));
        lines.addAll(sample.subList(668, 705));
        lines.addAll(sample.subList(1009, sample.size()));
        assertNamesLine(973, refused(lines), "group 1.2 (個人情報を含まないテストデータの利用) comes after group 1.3 (line 669)");
    }

    @Test
    void aMeasurePrintedTwice() {
        // Lines 61-109 are measure 1.1 ②.
        assertNamesLine(110, refused(withRepeated(61, 109)), "measure ②持ち出した機器");
        assertNamesLine(110, refused(withRepeated(61, 109)), "of group 1.1 is printed a second time (first at line 61)");
    }

    @Test
    void anItemPrintedTwiceWithItsAnswer() {
        // Lines 45-60 are item 1.1 ①-2 with its requirement columns, answer and comment.
        assertNamesLine(61, refused(withRepeated(45, 60)), "item ①-3 (\"アクセス管理規定には以下の内容を含める。");
        assertNamesLine(61, refused(withRepeated(45, 60)),
                "\"), with its requirements and answers, is printed a second time (first at line 45)");
    }

    /** The sample with lines {@code first}..{@code last} (1-based) printed twice in a row. */
    private static List<String> withRepeated(int first, int last) {
        List<String> lines = new java.util.ArrayList<>(sample.subList(0, last));
        lines.addAll(sample.subList(first - 1, last));
        lines.addAll(sample.subList(last, sample.size()));
        return lines;
    }

    @Test
    void sampleSavedAsShiftJis() throws Exception {
        byte[] utf8 = Files.readAllBytes(SampleChecklist.path());
        byte[] shiftJis = new String(utf8, StandardCharsets.UTF_8).getBytes("Shift_JIS");
        int firstJapaneseLine = 0;
        while (sample.get(firstJapaneseLine).chars().allMatch(c -> c < 0x80)) {
            firstJapaneseLine++;
        }
        assertEquals(2, firstJapaneseLine + 1); // "対策項目 対策項目で対応できる"
        assertNamesLine(2, refused(shiftJis), "not UTF-8");
    }

    @Test
    void malformedBytesLaterInTheFile() throws Exception {
        String text = String.join("\n", sample.subList(0, 100)) + "\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int lineStart = 0;
        for (int line = 1; line < 40; line++) {
            while (bytes[lineStart] != '\n') {
                lineStart++;
            }
            lineStart++;
        }
        bytes[lineStart] = (byte) 0xFF; // the first byte of line 40
        assertNamesLine(40, refused(bytes), "not UTF-8");
    }

    @Test
    void parsingTheFileAndItsLinesAgree() throws Exception {
        ChecklistTextParser parser = new ChecklistTextParser();
        assertEquals(parser.parse(sample), parser.parse(SampleChecklist.path()));
        byte[] withCarriageReturns = (String.join("\r\n", sample) + "\r\n").getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(folder.resolve("crlf.txt"), withCarriageReturns);
        assertEquals(parser.parse(sample), parser.parse(file));
    }
}
