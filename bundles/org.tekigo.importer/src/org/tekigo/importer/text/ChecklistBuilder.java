package org.tekigo.importer.text;

import org.tekigo.importer.nls.ImporterMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects categories, groups, measures, items and answers in document order and freezes them
 * into the immutable records, refusing an empty category, group or measure (the sign of a
 * truncated file), and a heading or item that the text prints a second time or in an order the
 * published table cannot have (lines duplicated or swapped when the text was extracted or
 * edited): reading on would give two things the same id.
 */
final class ChecklistBuilder {

    private final List<CategoryDraft> categories = new ArrayList<>();

    private static final class CategoryDraft {
        final String number;
        final String title;
        final int line;
        final List<GroupDraft> groups = new ArrayList<>();

        CategoryDraft(String number, String title, int line) {
            this.number = number;
            this.title = title;
            this.line = line;
        }
    }

    private static final class GroupDraft {
        final String number;
        final String title;
        final int line;
        final List<MeasureDraft> measures = new ArrayList<>();

        GroupDraft(String number, String title, int line) {
            this.number = number;
            this.title = title;
            this.line = line;
        }
    }

    private static final class MeasureDraft {
        final String mark;
        final String title;
        final int line;
        String scenario = "";
        final List<ItemDraft> items = new ArrayList<>();

        MeasureDraft(String mark, String title, int line) {
            this.mark = mark;
            this.title = title;
            this.line = line;
        }
    }

    private static final class ItemDraft {
        final String text;
        final int line;
        final List<AnswerRow> answers = new ArrayList<>();

        ItemDraft(String text, int line) {
            this.text = text;
            this.line = line;
        }
    }

    boolean hasCategory() {
        return !categories.isEmpty();
    }

    /** True when a measure has been started and has no item yet: its next row is item 1. */
    boolean measureAwaitsFirstItem() {
        MeasureDraft measure = currentMeasureOrNull();
        return measure != null && measure.items.isEmpty();
    }

    boolean hasItem() {
        MeasureDraft measure = currentMeasureOrNull();
        return measure != null && !measure.items.isEmpty();
    }

    void startCategory(String number, String title, int line) throws ChecklistFormatException {
        if (!categories.isEmpty()) {
            CategoryDraft previous = last(categories);
            for (CategoryDraft earlier : categories) {
                if (earlier.number.equals(number)) {
                    throw printedTwice(line, bind(ImporterMessages.Format_category, number, title), earlier.line);
                }
            }
            if (Numbering.compare(number, previous.number) < 0) {
                throw outOfOrder(line, bind(ImporterMessages.Format_category, number, title), bind(ImporterMessages.Format_categoryNumber, previous.number),
                        previous.line);
            }
        }
        categories.add(new CategoryDraft(number, title, line));
    }

    void startGroup(String number, String title, int line) throws ChecklistFormatException {
        CategoryDraft category = last(categories);
        if (!number.startsWith(category.number + ".")) {
            throw new ChecklistFormatException(line, bind(ImporterMessages.Format_groupUnderCategory, number, category.number, category.title));
        }
        for (GroupDraft earlier : category.groups) {
            if (earlier.number.equals(number)) {
                throw printedTwice(line, bind(ImporterMessages.Format_group, number, title), earlier.line);
            }
        }
        if (!category.groups.isEmpty() && Numbering.compare(number, last(category.groups).number) < 0) {
            GroupDraft previous = last(category.groups);
            throw outOfOrder(line, bind(ImporterMessages.Format_group, number, title), bind(ImporterMessages.Format_groupNumber, previous.number),
                    previous.line);
        }
        category.groups.add(new GroupDraft(number, title, line));
    }

    void startMeasure(String mark, String title, int line) throws ChecklistFormatException {
        CategoryDraft category = last(categories);
        if (category.groups.isEmpty()) {
            throw new ChecklistFormatException(line, bind(ImporterMessages.Format_measureBeforeGroup, mark, title));
        }
        GroupDraft group = last(category.groups);
        for (MeasureDraft earlier : group.measures) {
            if (earlier.mark.equals(mark)) {
                throw printedTwice(line, bind(ImporterMessages.Format_measureOfGroup, mark, title, group.number), earlier.line);
            }
        }
        if (!group.measures.isEmpty() && Numbering.circled(mark) < Numbering.circled(last(group.measures).mark)) {
            MeasureDraft previous = last(group.measures);
            throw outOfOrder(line, bind(ImporterMessages.Format_measure, mark, title), bind(ImporterMessages.Format_measure, previous.mark, previous.title),
                    previous.line);
        }
        group.measures.add(new MeasureDraft(mark, title, line));
    }

    void setScenario(String scenario) {
        currentMeasureOrNull().scenario = scenario;
    }

    void startItem(String text, int line) throws ChecklistFormatException {
        MeasureDraft measure = currentMeasureOrNull();
        if (measure == null) {
            throw new ChecklistFormatException(line, bind(ImporterMessages.Format_textBeforeMeasure, abbreviate(text)));
        }
        measure.items.add(new ItemDraft(text, line));
    }

    /*
     * The published table may print two items of a measure with the same text (the sample does,
     * in 1.12-①), but never two rows that agree in everything: text, requirements, answers and
     * comments. Those are a span of the text printed twice.
     */
    private static void refuseRepeatedItem(MeasureDraft measure, ItemDraft item) throws ChecklistFormatException {
        for (ItemDraft earlier : measure.items.subList(0, measure.items.indexOf(item))) {
            if (earlier.text.equals(item.text) && printedAlike(earlier.answers, item.answers)) {
                throw printedTwice(item.line, bind(ImporterMessages.Format_itemWithAnswers, measure.mark, measure.items.indexOf(item) + 1,
                        abbreviate(item.text)), earlier.line);
            }
        }
    }

    private static boolean printedAlike(List<AnswerRow> a, List<AnswerRow> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            AnswerRow x = a.get(i), y = b.get(i);
            if (!x.relations().equals(y.relations()) || !x.status().equals(y.status()) || !x.comment().equals(y.comment())) {
                return false;
            }
        }
        return true;
    }

    private static ChecklistFormatException printedTwice(int line, String what, int firstLine) {
        return new ChecklistFormatException(line, bind(ImporterMessages.Format_printedTwice, what, firstLine));
    }

    private static ChecklistFormatException outOfOrder(int line, String what, String previous, int previousLine) {
        return new ChecklistFormatException(line, bind(ImporterMessages.Format_outOfOrder, what, previous, previousLine));
    }

    void addAnswer(AnswerRow answer) {
        last(currentMeasureOrNull().items).answers.add(answer);
    }

    PublishedChecklist build() throws ChecklistFormatException {
        List<Category> result = new ArrayList<>();
        for (CategoryDraft category : categories) {
            if (category.groups.isEmpty()) {
                throw new ChecklistFormatException(category.line, bind(ImporterMessages.Format_categoryWithoutGroups, category.number,
                        category.title));
            }
            List<Group> groups = new ArrayList<>();
            for (GroupDraft group : category.groups) {
                if (group.measures.isEmpty()) {
                    throw new ChecklistFormatException(group.line, bind(ImporterMessages.Format_groupWithoutMeasures, group.number,
                            group.title));
                }
                List<Measure> measures = new ArrayList<>();
                for (MeasureDraft measure : group.measures) {
                    if (measure.items.isEmpty()) {
                        throw new ChecklistFormatException(measure.line, bind(ImporterMessages.Format_measureWithoutItems, measure.mark,
                                measure.title));
                    }
                    List<Item> items = new ArrayList<>();
                    for (ItemDraft item : measure.items) {
                        refuseRepeatedItem(measure, item);
                        items.add(new Item(items.size() + 1, item.text, item.answers));
                    }
                    measures.add(new Measure(measure.mark, measure.title, measure.scenario, items));
                }
                groups.add(new Group(group.number, group.title, measures));
            }
            result.add(new Category(category.number, category.title, groups));
        }
        return new PublishedChecklist(result);
    }

    private MeasureDraft currentMeasureOrNull() {
        if (categories.isEmpty()) {
            return null;
        }
        CategoryDraft category = last(categories);
        if (category.groups.isEmpty()) {
            return null;
        }
        GroupDraft group = last(category.groups);
        return group.measures.isEmpty() ? null : last(group.measures);
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
