package org.tekigo.importer.pdf;

import static org.eclipse.osgi.util.NLS.bind;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.tekigo.importer.nls.ImporterMessages;
import org.tekigo.importer.table.ChecklistTable;
import org.tekigo.importer.table.Column;
import org.tekigo.importer.table.Headings;
import org.tekigo.importer.table.TableFormatException;
import org.tekigo.importer.table.TableRow;

/**
 * Reads the published checklist's table from a PDF by its geometry, page by page: the cells from
 * the ruling lines ({@link PageGrid}), the columns from the headings printed over them (repeated
 * on each page, or kept from the page before), one row per cell of the answer column, and a cell
 * of another column that stands beside several answers (merged) or goes on over the page break
 * read as one cell whose rows after the first are "continued". The order in which the PDF draws
 * its text plays no part, so the same table printed by another program reads the same.
 */
public final class PdfChecklist {

	/** A checklist's table starts early; a document without its headings this far holds some other table. */
	static final int PAGES_TO_FIND_HEADINGS = 10;
	private static final int HEADING_ROWS = 8;
	private static final int HEADING_LENGTH = 40;

	/** A cell's text as the rows of the table share it; lines are added when the cell goes on over a page break. */
	private static final class SharedCell {
		final List<String> lines = new ArrayList<>();
	}

	/** A row being read: its cells, and which of them began above it. */
	private record PendingRow(String where, Map<Column, SharedCell> cells, Set<Column> continued) {
	}

	private final List<PendingRow> rows = new ArrayList<>();
	private final List<String> warnings = new ArrayList<>();
	private Map<Column, double[]> columnRanges;
	private String vendor;
	/** The cells left open at the bottom of the page before, by column. */
	private Map<Column, SharedCell> open = new EnumMap<>(Column.class);
	private boolean rowOpen;

	private PdfChecklist() {
	}

	public static ChecklistTable read(Path file) throws IOException, TableFormatException {
		try (PDDocument document = open(file)) {
			return new PdfChecklist().read(document);
		} catch (IllegalStateException | IllegalArgumentException | IndexOutOfBoundsException | ClassCastException e) {
			// What PDFBox throws on a damaged document's structure (its page tree, its objects' types).
			throw new TableFormatException(bind(ImporterMessages.Pdf_notPdf, e.getMessage()), e);
		}
	}

	private static PDDocument open(Path file) throws IOException, TableFormatException {
		try {
			// Streams are cached in a temporary file, not in memory: a document of thousands of pages stays small.
			return Loader.loadPDF(file.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache());
		} catch (InvalidPasswordException e) {
			throw new TableFormatException(ImporterMessages.Pdf_encrypted, e);
		} catch (IOException | RuntimeException e) {
			throw new TableFormatException(bind(ImporterMessages.Pdf_notPdf, e.getMessage()), e);
		}
	}

	private ChecklistTable read(PDDocument document) throws TableFormatException {
		int count = document.getNumberOfPages();
		if (count == 0) {
			throw new TableFormatException(ImporterMessages.Pdf_noPages);
		}
		for (int index = 0; index < count; index++) {
			int number = index + 1;
			PageContent content = content(document, index, number);
			if (content.glyphs().isEmpty()) {
				if (columnRanges == null && content.isImageOnly()) {
					throw new TableFormatException(bind(ImporterMessages.Pdf_scan, number));
				}
				if (columnRanges == null && content.unmapped() > 0) {
					throw new TableFormatException(bind(ImporterMessages.Pdf_noUnicode, number));
				}
			}
			read(PageGrid.of(content), number);
			if (columnRanges == null && number >= PAGES_TO_FIND_HEADINGS) {
				break;
			}
		}
		if (columnRanges == null) {
			throw new TableFormatException(bind(ImporterMessages.Pdf_noChecklist, Math.min(count, PAGES_TO_FIND_HEADINGS),
					Headings.needed()));
		}
		List<TableRow> table = new ArrayList<>();
		for (PendingRow row : rows) {
			Map<Column, List<String>> lines = new EnumMap<>(Column.class);
			row.cells().forEach((column, cell) -> lines.put(column, cell.lines));
			table.add(new TableRow(row.where(), lines, row.continued()));
		}
		return new ChecklistTable(vendor, table, warnings);
	}

	private static PageContent content(PDDocument document, int index, int number) throws TableFormatException {
		try {
			// A damaged page tree fails already when the page is looked up.
			PDPage page = document.getPage(index);
			return PageContent.of(page);
		} catch (IOException | RuntimeException e) {
			throw new TableFormatException(bind(ImporterMessages.Pdf_pageUnreadable, number, e.getMessage()), e);
		}
	}

	private void read(PageGrid grid, int number) {
		double headerBottom = Double.POSITIVE_INFINITY;
		Optional<Header> header = Header.of(grid);
		if (header.isPresent()) {
			columnRanges = header.get().ranges();
			vendor = vendor == null ? header.get().found().vendor() : vendor;
			headerBottom = header.get().bottom();
		} else if (columnRanges == null) {
			return;
		}
		Map<Column, Integer> columns = new EnumMap<>(Column.class);
		columnRanges.forEach((column, range) -> {
			int index = grid.columnWithin(range[0], range[1]);
			if (index >= 0) {
				columns.put(column, index);
			}
		});
		if (!columns.containsKey(Column.STATUS)) {
			return;
		}
		Map<PageGrid.Cell, SharedCell> shared = new IdentityHashMap<>();
		Map<Column, SharedCell> openNow = new EnumMap<>(Column.class);
		String where = bind(ImporterMessages.Pdf_page, number);
		List<PageGrid.Cell> answers = body(grid.cells(columns.get(Column.STATUS)), headerBottom);
		for (int index = 0; index < answers.size(); index++) {
			PageGrid.Cell answer = answers.get(index);
			boolean goesOn = index == 0 && rowOpen; // the answer's row began on the page before
			PendingRow row = goesOn ? rows.get(rows.size() - 1)
					: new PendingRow(where, new EnumMap<>(Column.class), EnumSet.noneOf(Column.class));
			for (Map.Entry<Column, Integer> column : columns.entrySet()) {
				List<PageGrid.Cell> cells = body(grid.cells(column.getValue()), headerBottom);
				PageGrid.Cell cell = cells.stream().filter(each -> each.holds(answer.middle())).findFirst().orElse(null);
				if (cell == null) {
					continue;
				}
				SharedCell text = shared.get(cell);
				boolean continued = text != null;
				if (text == null) {
					SharedCell before = cell == cells.get(0) ? open.get(column.getKey()) : null;
					continued = before != null;
					text = before != null ? before : new SharedCell();
					text.lines.addAll(cell.lines());
					shared.put(cell, text);
					if (cell.cutOff) {
						warnings.add(bind(ImporterMessages.Pdf_cutOff, new Object[] { where, column.getKey().heading(),
								abbreviated(cell.text()) }));
					}
				}
				if (cell == cells.get(cells.size() - 1) && cell.openBelow) {
					openNow.put(column.getKey(), text);
				}
				if (!goesOn) {
					row.cells().put(column.getKey(), text);
					if (continued) {
						row.continued().add(column.getKey());
					}
				}
			}
			if (!goesOn) {
				rows.add(row);
			}
		}
		open = openNow;
		rowOpen = openNow.containsKey(Column.STATUS);
	}

	private static String abbreviated(String text) {
		return text.length() <= 30 ? text : text.substring(0, 30) + "…";
	}

	/** The cells of a column below the page's header, top to bottom. */
	private static List<PageGrid.Cell> body(List<PageGrid.Cell> cells, double headerBottom) {
		return cells.stream().filter(cell -> cell.top <= headerBottom + Ruling.TOLERANCE).toList();
	}

	/** The header of a page: the published headings found among the first rows of cells, and where the header ends. */
	private record Header(Headings.Found found, Map<Column, double[]> ranges, double bottom) {

		static Optional<Header> of(PageGrid grid) {
			List<PageGrid.Cell> cells = new ArrayList<>();
			Set<PageGrid.Cell> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
			for (int column = 0; column < grid.columnCount(); column++) {
				for (PageGrid.Cell cell : grid.cells(column)) {
					if (seen.add(cell)) {
						cells.add(cell);
					}
				}
			}
			// The rows from the top: a heading's word in a body cell further down must not win over the heading.
			cells.sort(java.util.Comparator.comparingDouble((PageGrid.Cell cell) -> cell.top).reversed());
			double[] tops = PageGrid.cluster(cells.stream().mapToDouble(cell -> cell.top).toArray());
			List<Headings.Heading> headings = new ArrayList<>();
			Map<Headings.Heading, PageGrid.Cell> cellOf = new IdentityHashMap<>();
			for (PageGrid.Cell cell : cells) {
				int rank = rank(tops, cell.top);
				String text = cell.text();
				if (rank < HEADING_ROWS && !text.isBlank() && text.length() <= HEADING_LENGTH) {
					Headings.Heading heading = new Headings.Heading(text, rank, cell.first, cell.last);
					headings.add(heading);
					cellOf.put(heading, cell);
				}
			}
			Optional<Headings.Found> found = Headings.find(headings);
			if (found.isEmpty()) {
				return Optional.empty();
			}
			double bottom = headings.stream().filter(heading -> heading.row() <= found.get().lastHeadingRow())
					.mapToDouble(heading -> cellOf.get(heading).bottom).min().orElseThrow();
			Map<Column, double[]> ranges = new EnumMap<>(Column.class);
			found.get().columns().forEach((column, index) -> ranges.put(column, new double[] { grid.left(index), grid.right(index) }));
			return Optional.of(new Header(found.get(), ranges, bottom));
		}

		/** The place of a cell's top among the page's distinct tops, counted from the top of the page. */
		private static int rank(double[] tops, double top) {
			int rank = 0;
			for (double each : tops) {
				if (each > top + Ruling.TOLERANCE) {
					rank++;
				}
			}
			return rank;
		}
	}
}
