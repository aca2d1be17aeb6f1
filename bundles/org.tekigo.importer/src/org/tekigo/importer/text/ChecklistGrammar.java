package org.tekigo.importer.text;

import org.tekigo.importer.nls.ImporterMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Reads the blocks of a published checklist row by row.
 *
 * <p>pdftotext prints the ten columns of a table row one after another:
 * <pre>
 *   [大項目] [小項目] [measure heading] item text [scenario]
 *   [項番] [区分] [内容（5.1版）…] [内容] status [comment]
 * </pre>
 * where bracketed cells are printed only when they begin in that row (merged cells) or are filled.
 * A row that starts with the requirement columns instead of an item text is another printed line
 * of the item above: the vendor answered each related requirement separately.
 */
final class ChecklistGrammar {

    /** The 対策項目 heading column is about nine full-width characters wide. */
    private static final int MEASURE_COLUMN_WIDTH = 18;

    private final BlockCursor cursor;
    private final int lastLine;
    private final ChecklistBuilder builder = new ChecklistBuilder();
    private final RelationAssembler assembler = new RelationAssembler();
    private List<Relation> relationsInForce = List.of();

    ChecklistGrammar(List<TextBlock> blocks, int lastLine) {
        this.cursor = new BlockCursor(blocks);
        this.lastLine = lastLine;
    }

    PublishedChecklist parse() throws ChecklistFormatException {
        if (!cursor.hasNext()) {
            throw new ChecklistFormatException(lastLine, ImporterMessages.Format_endsBeforeCategory);
        }
        while (cursor.hasNext()) {
            readHeadings();
            if (cursor.hasNext()) {
                readAnswerRow();
            }
        }
        return builder.build();
    }

    // ---- headings -------------------------------------------------------------------------------

    private void readHeadings() throws ChecklistFormatException {
        if (startsCategory()) {
            SourceLine line = cursor.nextLine();
            Matcher category = CellPatterns.CATEGORY.matcher(line.text().strip());
            category.matches();
            builder.startCategory(category.group(1), category.group(2), line.number());
        }
        if (!builder.hasCategory()) {
            TextBlock block = cursor.peek();
            throw new ChecklistFormatException(block.firstLineNumber(), bind(ImporterMessages.Format_expectedCategory, block.firstText()));
        }
        if (cursor.hasNext() && startsGroup(cursor.peek())) {
            readGroup();
        }
        if (cursor.hasNext() && startsMeasure(cursor.peek())) {
            readMeasure();
        }
    }

    /**
     * A category line is recognised by the group heading that must follow it ("1." then "1.1.…"),
     * or by nothing following it at all: the end of a truncated file, reported as an empty category.
     */
    private boolean startsCategory() {
        TextBlock block = cursor.peek();
        Matcher category = CellPatterns.CATEGORY.matcher(block.firstText());
        if (block.status() || !category.matches()) {
            return false;
        }
        Optional<TextBlock> nextBlock = cursor.peekSecond();
        if (block.lines().size() == 1 && nextBlock.isEmpty()) {
            return true;
        }
        Optional<String> following = block.lines().size() > 1
                ? Optional.of(block.lines().get(1).text().strip())
                : nextBlock.filter(next -> !next.status()).map(TextBlock::firstText);
        return following.filter(CellPatterns::startsGroup)
                .filter(group -> group.startsWith(category.group(1) + "."))
                .isPresent();
    }

    private void readGroup() throws ChecklistFormatException {
        TextBlock block = cursor.next();
        Optional<TextBlock.Split> measureOnSameLine = block.splitAtFirst(CellPatterns.MEASURE_AFTER_SPACE);
        if (measureOnSameLine.isPresent()) {
            block = measureOnSameLine.get().head();
            cursor.pushBack(measureOnSameLine.get().tail());
        }
        Matcher group = CellPatterns.GROUP.matcher(block.firstText());
        group.matches();
        List<String> title = new ArrayList<>();
        title.add(group.group(2));
        block.withoutFirstLine().ifPresent(rest -> title.addAll(rest.texts()));
        builder.startGroup(group.group(1), WrappedText.join(title), block.firstLineNumber());
    }

    private void readMeasure() throws ChecklistFormatException {
        TextBlock block = cursor.next();
        Matcher measure = CellPatterns.MEASURE.matcher(block.firstText());
        measure.matches();
        List<String> title = new ArrayList<>();
        title.add(measure.group(2));
        block.withoutFirstLine().ifPresent(rest -> title.addAll(rest.texts()));
        if (cursor.hasNext() && continuesMeasureTitle(cursor.peek())) {
            title.addAll(cursor.next().texts());
        }
        builder.startMeasure(measure.group(1), WrappedText.join(title), block.firstLineNumber());
    }

    /**
     * pdftotext sometimes prints the rest of a measure title as a separate block ("①機器や媒体の",
     * blank line, "設置場所への認" / "証や入退管理"). Such a block fits the narrow heading column, is
     * not a sentence (titles are noun phrases, item texts end with "。") and is followed by the item
     * text; an item text is wider or a sentence, or is followed directly by requirement columns or an
     * answer.
     */
    private boolean continuesMeasureTitle(TextBlock block) {
        if (!isPlainText(block) || block.lines().get(block.lines().size() - 1).text().strip().endsWith("。")
                || !block.lines().stream().allMatch(line -> DisplayWidth.of(line.text()) <= MEASURE_COLUMN_WIDTH)) {
            return false;
        }
        return cursor.peekSecond().filter(this::isPlainText).isPresent();
    }

    // ---- rows -----------------------------------------------------------------------------------

    private void readAnswerRow() throws ChecklistFormatException {
        TextBlock start = cursor.peek();
        int rowLine = start.firstLineNumber();
        if (start.status()) {
            throw new ChecklistFormatException(rowLine, bind(ImporterMessages.Format_answerWithoutItem, start.firstText()));
        }
        if (startsRequirementColumns(start)) {
            if (!builder.hasItem()) {
                throw new ChecklistFormatException(rowLine, ImporterMessages.Format_requirementsWithoutItem);
            }
        } else {
            boolean firstItemOfMeasure = builder.measureAwaitsFirstItem();
            readItem(firstItemOfMeasure);
            if (firstItemOfMeasure) {
                readScenario();
            }
        }
        RowCells cells = readRequirementColumns(rowLine);
        SourceLine status = cursor.next().first();
        String comment = readComment();
        List<Relation> relations;
        boolean inherited = cells.isBlank();
        if (inherited) {
            relations = relationsInForce;
        } else {
            relations = assembler.assemble(cells, rowLine);
            relationsInForce = relations;
        }
        builder.addAnswer(new AnswerRow(relations, inherited, status.text(), comment, status.number()));
    }

    private void readItem(boolean firstItemOfMeasure) throws ChecklistFormatException {
        TextBlock block = cursor.next();
        Optional<TextBlock.Split> sectionOnSameLine = block.splitAtFirst(CellPatterns.SECTION_AFTER_SPACE);
        if (sectionOnSameLine.isPresent()) {
            block = sectionOnSameLine.get().head();
            cursor.pushBack(sectionOnSameLine.get().tail());
        } else if (firstItemOfMeasure && !(cursor.hasNext() && isPlainText(cursor.peek()))) {
            // No separate scenario block follows, so a one-line item text may carry the scenario's
            // first line after it: "CD-R等の廃棄手順について定める。 情報の廃棄が不十分なまま、再利用".
            Optional<TextBlock.Split> scenarioOnSameLine = block.splitAtFirst(CellPatterns.SENTENCE_THEN_NEXT_CELL);
            if (scenarioOnSameLine.isPresent()) {
                block = scenarioOnSameLine.get().head();
                cursor.pushBack(scenarioOnSameLine.get().tail());
            }
        }
        builder.startItem(block.joinedText(), block.firstLineNumber());
    }

    private void readScenario() {
        if (!cursor.hasNext() || !isPlainText(cursor.peek())) {
            return;
        }
        TextBlock block = cursor.next();
        Optional<TextBlock.Split> sectionOnSameLine = block.splitAtFirst(CellPatterns.SECTION_AFTER_SPACE);
        if (sectionOnSameLine.isPresent()) {
            block = sectionOnSameLine.get().head();
            cursor.pushBack(sectionOnSameLine.get().tail());
        }
        builder.setScenario(block.joinedText());
    }

    private RowCells readRequirementColumns(int rowLine) throws ChecklistFormatException {
        RowCells cells = new RowCells();
        while (true) {
            if (!cursor.hasNext()) {
                throw new ChecklistFormatException(rowLine, ImporterMessages.Format_itemWithoutAnswer);
            }
            TextBlock block = cursor.peek();
            if (block.status()) {
                return cells;
            }
            rejectHeadingInsideRow(block, rowLine);
            cursor.next();
            String first = block.firstText();
            if (cells.isBlank() && CellPatterns.startsSection(first)) {
                Optional<TextBlock.Split> classOnSameLine = block.splitAtFirst(CellPatterns.CLASS_AFTER_SPACE);
                if (classOnSameLine.isPresent()) {
                    block = classOnSameLine.get().head();
                    cursor.pushBack(classOnSameLine.get().tail());
                }
                cells.sectionLines = block.lines();
            } else if (cells.classLines.isEmpty() && cells.quoteBlocks.isEmpty() && CellPatterns.startsClass(first)) {
                cells.classLines = block.lines();
            } else if (cells.isBlank() && CellPatterns.isNoRelation(first)) {
                cells.noRelation = true;
            } else {
                cells.quoteBlocks.add(block);
            }
        }
    }

    /**
     * A group or measure heading before the row's answer means the answer is missing; reading on
     * would silently merge two rows.
     */
    private static void rejectHeadingInsideRow(TextBlock block, int rowLine) throws ChecklistFormatException {
        String first = block.firstText();
        if (CellPatterns.startsGroup(first) || CellPatterns.startsMeasure(first)) {
            throw new ChecklistFormatException(block.firstLineNumber(), bind(ImporterMessages.Format_headingBeforeAnswer, first, rowLine));
        }
    }

    /**
     * The comment is the block after the answer. The layout gives no way to tell an empty comment
     * from a comment followed by the next item's text, so an empty comment is recognised only when
     * a heading, the requirement columns of another printed line, or the end of the file follows.
     * (A comment may start with a number: a requirement quote cannot follow an answer directly.)
     */
    private String readComment() {
        if (!cursor.hasNext() || cursor.peek().status() || startsRequirementColumns(cursor.peek())
                || nextStartsHeading()) {
            return "";
        }
        return cursor.next().joinedText();
    }

    // ---- block classification -------------------------------------------------------------------

    private static boolean startsGroup(TextBlock block) {
        return !block.status() && CellPatterns.startsGroup(block.firstText());
    }

    private static boolean startsMeasure(TextBlock block) {
        return !block.status() && CellPatterns.startsMeasure(block.firstText());
    }

    private boolean nextStartsHeading() {
        return startsCategory() || startsGroup(cursor.peek()) || startsMeasure(cursor.peek());
    }

    private static boolean startsRequirementColumns(TextBlock block) {
        String first = block.firstText();
        return CellPatterns.startsSection(first) || CellPatterns.startsClass(first) || CellPatterns.isNoRelation(first);
    }

    /** A block that is neither an answer, nor requirement columns, nor a requirement quote. */
    private boolean isPlainText(TextBlock block) {
        return !block.status() && !startsRequirementColumns(block)
                && !CellPatterns.startsRequirementQuote(block.firstText());
    }
}
