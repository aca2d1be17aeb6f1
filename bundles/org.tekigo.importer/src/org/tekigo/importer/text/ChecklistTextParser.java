package org.tekigo.importer.text;

import org.tekigo.importer.nls.ImporterMessages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the pdftotext extraction of a vendor's published checklist (the layout of the provider
 * guideline's 対策項目 table, as published by Chatwork) into a {@link PublishedChecklist}.
 *
 * <p>Every answer word in the text becomes exactly one {@link AnswerRow}. The rules are those of
 * the published layout, not of one file: page headers are dropped, cells are recognised by how
 * they begin and where the layout allows them, and wrapped lines are joined by {@link WrappedText}.
 */
public final class ChecklistTextParser {

    /** Reads the file strictly as UTF-8 and parses it. */
    public PublishedChecklist parse(Path file) throws IOException, ChecklistFormatException {
        return parse(StrictUtf8Lines.read(file));
    }

    /** Parses the lines of the text extraction; line numbers in errors count from 1. */
    public PublishedChecklist parse(List<String> lines) throws ChecklistFormatException {
        List<SourceLine> numbered = new ArrayList<>(lines.size());
        for (int index = 0; index < lines.size(); index++) {
            numbered.add(new SourceLine(index + 1, lines.get(index)));
        }
        if (numbered.stream().allMatch(line -> line.text().isBlank())) {
            throw new ChecklistFormatException(1, ImporterMessages.Format_empty);
        }
        List<TextBlock> blocks = BlockSplitter.split(PageHeaders.remove(numbered));
        return new ChecklistGrammar(blocks, lines.size()).parse();
    }
}
