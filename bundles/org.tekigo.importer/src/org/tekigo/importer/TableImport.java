package org.tekigo.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.tekigo.importer.pdf.PdfChecklist;
import org.tekigo.importer.table.ChecklistTable;
import org.tekigo.importer.table.TableFormatException;
import org.tekigo.importer.table.VendorWorkbook;
import org.tekigo.importer.text.ChecklistFormatException;
import org.tekigo.importer.text.TableGrammar;

/**
 * A vendor's checklist read as a table, from its PDF or its own workbook, into the documents the
 * text import gives; what the model builder finds is named by the page, or the sheet and row. What
 * `tekigo import` and the studio's import wizard share.
 */
public record TableImport(ChecklistTable table, ChecklistModel model, int items) {

	/** Whether the file is read as a table: a PDF, or a workbook (not one Tekigo wrote: the caller tells those apart). */
	public static boolean isTable(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".pdf") || name.endsWith(".xlsx");
	}

	public static TableImport read(Path file) throws IOException, TableFormatException {
		ChecklistTable table = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf") ? PdfChecklist.read(file)
				: VendorWorkbook.read(file);
		TableGrammar grammar = new TableGrammar(table);
		var checklist = grammar.parse();
		try {
			return new TableImport(table, ChecklistModelBuilder.build(checklist, table.vendor()), checklist.itemCount());
		} catch (ChecklistFormatException e) {
			throw grammar.located(e);
		}
	}
}
