package org.tekigo.reports.review;

import static org.eclipse.osgi.util.NLS.bind;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.tekigo.reports.checklist.CellNote;
import org.tekigo.reports.checklist.ChecklistFormatException;
import org.tekigo.reports.checklist.HostileWorkbook;
import org.tekigo.reports.nls.ReportMessages;
import org.tekigo.reports.review.ReviewView.Judgement;

/**
 * Reads back a review workbook written by {@link ReviewWorkbookWriter}, also after the hospital
 * judged in Excel or LibreOffice: for each stable id (the hidden column, never the row's
 * position), the verdict, note and follow-up, the hidden pin, and whether the row is still as
 * written. Columns are found by the headers the marker sheet says they were written with, so a
 * column moved or a workbook written in the other language still reads. What the reader must not
 * guess about refuses the whole workbook, naming the sheet and row: a copied row (one id twice), a
 * verdict word not in the list, a verdict in a row without id, a follow-up without its action, a
 * due date that is no date, a hidden pin edited. POI's zip-bomb and DTD guards apply as for
 * checklist.xlsx, with the same sentences.
 */
public final class ReviewWorkbookReader {

	/** A pin as the tooling writes it: "pinned", the answer's word, its fingerprint. */
	private static final Pattern PIN = Pattern.compile("pinned [^\\s\"]+ [0-9a-f]{8}");

	/** The columns the import needs; the pin's fingerprint of the judgement is optional. */
	private static final List<VerdictColumn> READ = List.of(VerdictColumn.ID, VerdictColumn.PIN, VerdictColumn.VERDICT, VerdictColumn.NOTE,
			VerdictColumn.ACTION, VerdictColumn.OWNER, VerdictColumn.DUE);

	public JudgedReview read(Path file) throws IOException, ChecklistFormatException {
		if (!Files.isRegularFile(file)) {
			throw new NoSuchFileException(file.toString());
		}
		OPCPackage pkg = HostileWorkbook.open(file);
		try {
			HostileWorkbook.requireWorkbook(pkg);
			XSSFWorkbook workbook = new XSSFWorkbook(pkg);
			Mark mark = mark(pkg, workbook);
			Sheet sheet = workbook.getSheet(mark.sheet());
			if (sheet == null) {
				throw new ChecklistFormatException(bind(ReportMessages.Workbook_reviewSheetMissing, mark.sheet()));
			}
			return readSheet(sheet, mark);
		} catch (FileSystemException cannotRead) {
			throw cannotRead;
		} catch (OpenXML4JException | XmlException | POIXMLException | IOException | IllegalStateException | IllegalArgumentException | org.apache.poi.util.RecordFormatException e) {
			// The file could be opened, so this is about what is inside it (POI's runtime exceptions included: a damaged part).
			throw HostileWorkbook.refusal(e);
		} finally {
			pkg.revert(); // opened read-only: nothing to save
		}
	}

	/**
	 * Whether the file is a review workbook Tekigo wrote (its custom property, or its marker sheet
	 * when a tool dropped the properties); false for a checklist and for what is no workbook. A
	 * workbook without a sheet named as the marker is not parsed.
	 */
	public static boolean isTekigoReview(Path file) {
		return ReviewWorkbookFormat.FORMAT.equals(org.tekigo.reports.xlsx.MarkerSheets.formatOf(file, ReviewWorkbookFormat.MARKER_SHEET,
				ReviewWorkbookFormat.PROPERTY_FORMAT, ReviewWorkbookFormat.KEY_FORMAT));
	}

	/**
	 * What the marks say: the verdicts sheet, the review and disclosure, the word for "no verdict"
	 * and each column's header. The marker sheet is the primary mark; without it (a tool dropped
	 * hidden sheets) the custom properties still name the review, and the sheet and headers are
	 * looked for as this run's language writes them.
	 */
	private record Mark(String sheet, String review, String disclosure, String noVerdict, Map<VerdictColumn, String> headers) {
	}

	private static Mark mark(OPCPackage pkg, XSSFWorkbook workbook) throws ChecklistFormatException, IOException, OpenXML4JException, XmlException {
		Map<VerdictColumn, String> headers = new EnumMap<>(VerdictColumn.class);
		Sheet markerSheet = workbook.getSheet(ReviewWorkbookFormat.MARKER_SHEET);
		if (markerSheet != null) {
			Map<String, String> marker = org.tekigo.reports.xlsx.MarkerSheets.read(markerSheet);
			requireFormat(marker.get(ReviewWorkbookFormat.KEY_FORMAT), marker.get(ReviewWorkbookFormat.KEY_VERSION));
			for (VerdictColumn column : VerdictColumn.values()) {
				headers.put(column, marker.getOrDefault(ReviewWorkbookFormat.KEY_COLUMN + column.key(), column.header()));
			}
			return new Mark(marker.getOrDefault(ReviewWorkbookFormat.KEY_SHEET, ReviewWorkbookWriter.VERDICTS_SHEET),
					marker.get(ReviewWorkbookFormat.KEY_REVIEW), marker.get(ReviewWorkbookFormat.KEY_DISCLOSURE),
					marker.getOrDefault(ReviewWorkbookFormat.KEY_NO_VERDICT, ReportMessages.Review_notJudged), headers);
		}
		POIXMLProperties.CustomProperties custom = new POIXMLProperties(pkg).getCustomProperties();
		CTProperty format = custom.getProperty(ReviewWorkbookFormat.PROPERTY_FORMAT);
		if (format == null) {
			throw new ChecklistFormatException(bind(ReportMessages.Workbook_notReview, ReviewWorkbookFormat.MARKER_SHEET,
					ReviewWorkbookFormat.PROPERTY_FORMAT));
		}
		requireFormat(format.getLpwstr(), number(custom.getProperty(ReviewWorkbookFormat.PROPERTY_VERSION)));
		for (VerdictColumn column : VerdictColumn.values()) {
			headers.put(column, column.header());
		}
		CTProperty review = custom.getProperty(ReviewWorkbookFormat.PROPERTY_REVIEW);
		return new Mark(ReviewWorkbookWriter.VERDICTS_SHEET, review == null ? null : review.getLpwstr(), null, ReportMessages.Review_notJudged,
				headers);
	}

	/** A number property as text, as Tekigo writes it (an integer) or LibreOffice saves it again (a double). */
	private static String number(CTProperty property) {
		if (property == null) {
			return null;
		}
		if (property.isSetI4()) {
			return Integer.toString(property.getI4());
		}
		if (property.isSetR8()) {
			double value = property.getR8();
			return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
		}
		return property.getLpwstr();
	}

	private static void requireFormat(String format, String version) throws ChecklistFormatException {
		if (!ReviewWorkbookFormat.FORMAT.equals(format)) {
			throw new ChecklistFormatException(bind(ReportMessages.Workbook_otherReviewFormat, format, ReviewWorkbookFormat.FORMAT));
		}
		if (!Integer.toString(ReviewWorkbookFormat.VERSION).equals(version == null ? null : version.strip())) {
			throw new ChecklistFormatException(bind(ReportMessages.Workbook_otherReviewVersion, version, ReviewWorkbookFormat.VERSION));
		}
	}

	private static JudgedReview readSheet(Sheet sheet, Mark mark) throws ChecklistFormatException {
		String name = sheet.getSheetName();
		Map<VerdictColumn, Integer> columns = columns(sheet, mark);
		VerdictCells cells = new VerdictCells(name);
		Map<String, JudgedRow> rows = new LinkedHashMap<>();
		List<CellNote> notes = new ArrayList<>();
		for (int index = ReviewWorkbookFormat.HEADER_ROWS; index <= sheet.getLastRowNum(); index++) {
			Row row = sheet.getRow(index);
			if (row == null) {
				continue;
			}
			cells.startRow();
			Optional<JudgedRow> read = readRow(row, columns, cells, mark, name);
			String id = read.map(JudgedRow::id).orElse("");
			notes.addAll(cells.notes(id));
			if (read.isPresent()) {
				JudgedRow earlier = rows.putIfAbsent(id, read.get());
				if (earlier != null) {
					throw new ChecklistFormatException(bind(ReportMessages.Sheet_duplicateId, new Object[] { read.get().where(), id, earlier.row() }));
				}
			}
		}
		return new JudgedReview(mark.review(), mark.disclosure(), rows, List.copyOf(notes));
	}

	/** The header row's columns, found by the headers the marker names; the fingerprint column may be missing. */
	private static Map<VerdictColumn, Integer> columns(Sheet sheet, Mark mark) throws ChecklistFormatException {
		Map<String, Integer> byHeader = new HashMap<>();
		Row header = sheet.getRow(0);
		if (header != null) {
			for (Cell cell : header) {
				if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
					byHeader.putIfAbsent(cell.getStringCellValue().strip(), cell.getColumnIndex());
				}
			}
		}
		Map<VerdictColumn, Integer> columns = new EnumMap<>(VerdictColumn.class);
		for (VerdictColumn column : VerdictColumn.values()) {
			Integer index = byHeader.get(mark.headers().get(column));
			if (index != null) {
				columns.put(column, index);
			} else if (READ.contains(column)) {
				throw new ChecklistFormatException(bind(ReportMessages.Sheet_noColumn, new Object[] { sheet.getSheetName(),
						mark.headers().get(column), ReviewWorkbookFormat.HEADER_ROWS }));
			}
		}
		return columns;
	}

	/** One data row; empty for a row without id (noted when its id cell holds no text). */
	private static Optional<JudgedRow> readRow(Row row, Map<VerdictColumn, Integer> columns, VerdictCells cells, Mark mark, String sheet)
			throws ChecklistFormatException {
		int number = row.getRowNum() + 1;
		String where = bind(ReportMessages.Sheet_row, sheet, number);
		String id = cells.hiddenText(cell(row, columns, VerdictColumn.ID), ReportMessages.Sheet_rowSkipped);
		String word = cells.text(cell(row, columns, VerdictColumn.VERDICT), ReportMessages.ReviewSheet_keepsVerdict);
		String chosen = word == null ? "" : word.strip();
		boolean noVerdict = chosen.isEmpty() || chosen.equals(mark.noVerdict()) || chosen.equals(ReportMessages.Review_notJudged);
		if (id == null || id.isBlank()) {
			if (!noVerdict) {
				throw new ChecklistFormatException(bind(ReportMessages.ReviewSheet_verdictWithoutId, where, VerdictCells.abbreviate(chosen)));
			}
			return Optional.empty();
		}
		Judgement verdict = null;
		if (!noVerdict) {
			verdict = Judgement.named(chosen).orElseThrow(() -> new ChecklistFormatException(bind(ReportMessages.ReviewSheet_unknownVerdict,
					new Object[] { where, VerdictCells.abbreviate(chosen), String.join(", ", VerdictColumnRules.labels()) })));
		}
		String pin = cells.hiddenText(cell(row, columns, VerdictColumn.PIN), ReportMessages.ReviewSheet_keepsVerdict);
		pin = pin == null ? "" : pin.strip();
		if (!pin.isEmpty() && !PIN.matcher(pin).matches()) {
			throw new ChecklistFormatException(bind(ReportMessages.ReviewSheet_badPin, where, VerdictCells.abbreviate(pin)));
		}
		String note = lines(cells.text(cell(row, columns, VerdictColumn.NOTE), ReportMessages.ReviewSheet_keepsNote));
		String action = lines(cells.text(cell(row, columns, VerdictColumn.ACTION), ReportMessages.ReviewSheet_keepsFollowUp));
		String owner = lines(cells.text(cell(row, columns, VerdictColumn.OWNER), ReportMessages.ReviewSheet_keepsFollowUp));
		String dueText = cells.dateOrText(cell(row, columns, VerdictColumn.DUE), ReportMessages.ReviewSheet_keepsFollowUp);
		String due = dueText == null ? null : due(dueText, where);
		if (action != null && action.isBlank() && (owner != null && !owner.isBlank() || due != null && !due.isEmpty())) {
			throw new ChecklistFormatException(bind(ReportMessages.ReviewSheet_followUpWithoutAction, where,
					mark.headers().get(VerdictColumn.ACTION)));
		}
		String written = columns.containsKey(VerdictColumn.JUDGED) ? cells.hiddenText(cell(row, columns, VerdictColumn.JUDGED), "") : "";
		boolean untouched = word != null && note != null && action != null && owner != null && dueText != null && written != null
				&& !written.isEmpty() && written.strip().equals(JudgedRow.fingerprint(verdict, note, action, owner, dueText));
		return Optional.of(new JudgedRow(id.strip(), pin, untouched, verdict, word != null, note, action, owner, due, number, sheet));
	}

	/** "" for an empty cell, the ISO date for a date in any spelling; a text that is no date refuses the workbook. */
	private static String due(String text, String where) throws ChecklistFormatException {
		if (text.isBlank()) {
			return "";
		}
		return VerdictCells.isoDate(text.strip())
				.orElseThrow(() -> new ChecklistFormatException(bind(ReportMessages.ReviewSheet_badDue, where, VerdictCells.abbreviate(text))));
	}

	private static Cell cell(Row row, Map<VerdictColumn, Integer> columns, VerdictColumn column) {
		Integer index = columns.get(column);
		return index == null ? null : row.getCell(index);
	}

	/** Line breaks as "\n", whichever a spreadsheet program saved. */
	private static String lines(String text) {
		return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n');
	}
}
