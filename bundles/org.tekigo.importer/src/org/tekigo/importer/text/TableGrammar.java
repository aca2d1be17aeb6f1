package org.tekigo.importer.text;

import static org.eclipse.osgi.util.NLS.bind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tekigo.importer.nls.ImporterMessages;
import org.tekigo.importer.table.ChecklistTable;
import org.tekigo.importer.table.Column;
import org.tekigo.importer.table.TableFormatException;
import org.tekigo.importer.table.TableRow;

/**
 * Reads the published checklist from its table (a PDF's cells, a workbook's rows) into the same
 * {@link PublishedChecklist} the text import gives: where the text import must guess which cell a
 * line belongs to, here every cell is known by its column, and a cell that begins in a row starts
 * the category, group, measure, item or requirements it holds. Cells that began above (merged, or
 * continued from the page before) keep what is in force; the requirement cells are split into
 * relations exactly as the text import splits them, and a row whose requirement cells are its own
 * and empty relates to none (where the text import, which cannot see a merge, must guess).
 */
public final class TableGrammar {

	/** "1.人的・組織的対策", "1.1.規程・手順の策定", "①アクセス管理規定の策定", each joined from its wrapped lines. */
	private static final Pattern CATEGORY = Pattern.compile("(\\d+)[.．](.+)");
	private static final Pattern GROUP = Pattern.compile("(\\d+[.．]\\d+)[.．](.+)");

	private final ChecklistTable table;
	private final ChecklistBuilder builder = new ChecklistBuilder();
	private final RelationAssembler assembler = new RelationAssembler();
	private List<Relation> relationsInForce = List.of();

	public TableGrammar(ChecklistTable table) {
		this.table = table;
	}

	public PublishedChecklist parse() throws TableFormatException {
		try {
			for (int index = 0; index < table.rows().size(); index++) {
				TableRow row = table.rows().get(index);
				if (!row.isEmpty()) {
					read(row, index + 1);
				}
			}
			if (!builder.hasCategory()) {
				throw new ChecklistFormatException(1, ImporterMessages.Format_empty);
			}
			return builder.build();
		} catch (ChecklistFormatException e) {
			throw located(e);
		}
	}

	/**
	 * The builders name rows by their place in the table, as the text import names lines; the user
	 * needs the page, or the sheet and row. Also for what the model builder finds after the parse.
	 */
	public TableFormatException located(ChecklistFormatException e) {
		return new TableFormatException(bind(ImporterMessages.Table_at, table.where(e.getLine()), e.detail()), e);
	}

	private void read(TableRow row, int line) throws ChecklistFormatException {
		if (row.starts(Column.CATEGORY)) {
			Matcher category = CATEGORY.matcher(joined(row, Column.CATEGORY));
			if (!category.matches() || GROUP.matcher(joined(row, Column.CATEGORY)).matches()) {
				throw new ChecklistFormatException(line, bind(ImporterMessages.Table_notA, ImporterMessages.Table_category,
						joined(row, Column.CATEGORY)));
			}
			builder.startCategory(category.group(1), category.group(2).strip(), line);
		}
		if (row.starts(Column.GROUP)) {
			Matcher group = GROUP.matcher(joined(row, Column.GROUP));
			if (!group.matches()) {
				throw new ChecklistFormatException(line, bind(ImporterMessages.Table_notA, ImporterMessages.Table_group,
						joined(row, Column.GROUP)));
			}
			builder.startGroup(group.group(1).replace('．', '.'), group.group(2).strip(), line);
		}
		if (row.starts(Column.MEASURE)) {
			Matcher measure = CellPatterns.MEASURE.matcher(joined(row, Column.MEASURE));
			if (!measure.matches()) {
				throw new ChecklistFormatException(line, bind(ImporterMessages.Table_notA, ImporterMessages.Table_measure,
						joined(row, Column.MEASURE)));
			}
			builder.startMeasure(measure.group(1), measure.group(2).strip(), line);
			if (row.starts(Column.SCENARIO)) {
				builder.setScenario(joined(row, Column.SCENARIO));
			}
			relationsInForce = List.of();
		}
		if (row.starts(Column.ITEM)) {
			builder.startItem(joined(row, Column.ITEM), line);
		} else if (!builder.hasItem()) {
			throw new ChecklistFormatException(line, ImporterMessages.Format_requirementsWithoutItem);
		}
		String status = joined(row, Column.STATUS);
		if (!AnswerRow.STATUSES.contains(status)) {
			throw new ChecklistFormatException(line, status.isEmpty() ? ImporterMessages.Table_noStatus
					: bind(ImporterMessages.Table_unknownStatus, status));
		}
		List<Column> requirementColumns = java.util.Arrays.stream(Column.values()).filter(Column::isRequirement).toList();
		boolean begins = requirementColumns.stream().anyMatch(row::starts);
		boolean inherited = !begins && requirementColumns.stream().anyMatch(column -> row.continued().contains(column)
				&& row.lines(column).stream().anyMatch(text -> !text.isBlank()));
		if (begins) {
			relationsInForce = assembler.assemble(cells(row, line), line);
		} else if (!inherited) {
			// Empty requirement cells of their own: the row relates to no requirement (a merged cell
			// from above, by contrast, shares the requirements of the rows it spans).
			relationsInForce = List.of();
		}
		builder.addAnswer(new AnswerRow(relationsInForce, inherited, status, joined(row, Column.COMMENT), line));
	}

	/** The requirement columns of a row as the text import's assembler reads them. */
	private static RowCells cells(TableRow row, int line) {
		RowCells cells = new RowCells();
		String section = joined(row, Column.SECTION);
		if (CellPatterns.isNoRelation(section)) {
			cells.noRelation = true;
			return cells;
		}
		cells.sectionLines = sourceLines(row.lines(Column.SECTION), line);
		cells.classLines = sourceLines(row.lines(Column.CLASS), line);
		List<SourceLine> text = sourceLines(row.lines(Column.TEXT), line);
		List<SourceLine> previous = sourceLines(row.lines(Column.PREVIOUS_TEXT), line);
		// The assembler takes the last quote block for the earlier version's text, the ones before for 5.1.
		if (!text.isEmpty()) {
			cells.quoteBlocks.add(TextBlock.of(text));
		}
		if (!previous.isEmpty()) {
			if (text.isEmpty()) {
				cells.quoteBlocks.add(TextBlock.of(List.of(new SourceLine(line, ""))));
			}
			cells.quoteBlocks.add(TextBlock.of(previous));
		}
		return cells;
	}

	private static List<SourceLine> sourceLines(List<String> lines, int line) {
		List<SourceLine> result = new ArrayList<>();
		for (String text : lines) {
			if (!text.isBlank()) {
				result.add(new SourceLine(line, text));
			}
		}
		return result;
	}

	/** A cell's text as one line: wrapped lines joined as the text import joins them. */
	private static String joined(TableRow row, Column column) {
		return WrappedText.join(row.lines(column));
	}
}
