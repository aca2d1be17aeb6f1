package org.tekigo.reports.checklist;

import org.tekigo.reports.nls.ReportMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads back a checklist written by {@link ChecklistWorkbookWriter}, also after a person changed
 * statuses and comments in Excel or LibreOffice: for each stable id, the status and comment.
 * Streams the sheet (the event API), so a 40,000-row checklist is not loaded as cell objects.
 * POI's zip-bomb limits stay at their defaults; a hostile file is refused with a sentence saying
 * why ({@link HostileWorkbook}).
 */
public final class ChecklistWorkbookReader {

	/** The answers in sheet order, by stable id, and the cells that did not hold the text expected. */
	public EditedChecklist read(Path file) throws IOException, ChecklistFormatException {
		if (!Files.isRegularFile(file)) {
			throw new NoSuchFileException(file.toString());
		}
		OPCPackage pkg = HostileWorkbook.open(file);
		try {
			HostileWorkbook.requireWorkbook(pkg);
			XSSFReader reader = new XSSFReader(pkg);
			SheetParser parser = new SheetParser(reader.getSharedStringsTable(), reader.getStylesTable());
			Mark mark = mark(pkg, reader, parser);
			return readSheet(reader, parser, mark.sheet()).from(mark.disclosure());
		} catch (FileSystemException cannotRead) {
			throw cannotRead;
		} catch (OpenXML4JException | POIXMLException | SAXException | XmlException | IOException e) {
			// The file could be opened, so this is about what is inside it.
			throw HostileWorkbook.refusal(e);
		} finally {
			pkg.revert(); // opened read-only: nothing to save
		}
	}

	/**
	 * Whether the file is a checklist Tekigo wrote (its format property or its marker sheet says
	 * so), as opposed to a vendor's own workbook in the published layout or a review workbook;
	 * false for what is no workbook.
	 */
	public static boolean isTekigoChecklist(Path file) {
		return ChecklistFormat.FORMAT.equals(org.tekigo.reports.xlsx.MarkerSheets.formatOf(file, ChecklistFormat.MARKER_SHEET,
				ChecklistFormat.PROPERTY_FORMAT, ChecklistFormat.KEY_FORMAT));
	}

	/*
	 * The marker sheet is the primary mark and names the checklist sheet; the custom properties
	 * are the fall-back for a tool that dropped hidden sheets.
	 */
	private static Mark mark(OPCPackage pkg, XSSFReader reader, SheetParser parser)
			throws IOException, OpenXML4JException, SAXException, XmlException, ChecklistFormatException {
		Map<String, String> marker = readMarkerSheet(reader, parser);
		if (marker != null) {
			requireFormat(marker.get(ChecklistFormat.KEY_FORMAT), marker.get(ChecklistFormat.KEY_VERSION));
			return new Mark(marker.getOrDefault(ChecklistFormat.KEY_SHEET, ChecklistFormat.CHECKLIST_SHEET),
					marker.get(ChecklistFormat.KEY_DISCLOSURE));
		}
		POIXMLProperties.CustomProperties custom = new POIXMLProperties(pkg).getCustomProperties();
		CTProperty format = custom.getProperty(ChecklistFormat.PROPERTY_FORMAT);
		if (format != null) {
			requireFormat(propertyText(format), propertyText(custom.getProperty(ChecklistFormat.PROPERTY_VERSION)));
			return new Mark(ChecklistFormat.CHECKLIST_SHEET, null);
		}
		throw new ChecklistFormatException(bind(ReportMessages.Workbook_notTekigo, ChecklistFormat.MARKER_SHEET,
				ChecklistFormat.PROPERTY_FORMAT));
	}

	/** What the marks say: the checklist sheet's name, and the disclosure written (null when only the properties remain). */
	private record Mark(String sheet, String disclosure) {
	}

	private static void requireFormat(String format, String version) throws ChecklistFormatException {
		if (!ChecklistFormat.FORMAT.equals(format)) {
			throw new ChecklistFormatException(bind(ReportMessages.Workbook_otherFormat, format, ChecklistFormat.FORMAT));
		}
		if (!Integer.toString(ChecklistFormat.VERSION).equals(version == null ? null : version.strip())) {
			throw new ChecklistFormatException(bind(ReportMessages.Workbook_otherVersion, version, ChecklistFormat.VERSION));
		}
	}

	private static String propertyText(CTProperty property) {
		if (property == null) {
			return null;
		}
		if (property.isSetLpwstr()) {
			return property.getLpwstr();
		}
		if (property.isSetI4()) {
			return Integer.toString(property.getI4());
		}
		if (property.isSetI8()) {
			return Long.toString(property.getI8());
		}
		if (property.isSetR8()) {
			double value = property.getR8();
			return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
		}
		return null;
	}

	/** The marker sheet's key/value rows, or null when the workbook has none. */
	private static Map<String, String> readMarkerSheet(XSSFReader reader, SheetParser parser)
			throws IOException, OpenXML4JException, SAXException {
		XSSFReader.SheetIterator sheets = reader.getSheetIterator();
		while (sheets.hasNext()) {
			try (InputStream sheet = sheets.next()) {
				if (ChecklistFormat.MARKER_SHEET.equals(sheets.getSheetName())) {
					KeyValueRows rows = new KeyValueRows();
					parser.parse(sheet, rows, new CellMarkup(null, null, (cell, formula) -> {
					}));
					return rows.entries;
				}
			}
		}
		return null;
	}

	private static EditedChecklist readSheet(XSSFReader reader, SheetParser parser, String sheetName)
			throws IOException, OpenXML4JException, SAXException, ChecklistFormatException {
		XSSFReader.SheetIterator sheets = reader.getSheetIterator();
		while (sheets.hasNext()) {
			try (InputStream sheet = sheets.next()) {
				if (sheetName.equals(sheets.getSheetName())) {
					ChecklistSheetHandler handler = new ChecklistSheetHandler(sheetName, parser.strings(), parser.styles());
					try {
						parser.parse(sheet, handler, handler.markup());
					} catch (ChecklistSheetHandler.Refusal refusal) {
						throw new ChecklistFormatException(refusal.getMessage());
					}
					return handler.result();
				}
			}
		}
		throw new ChecklistFormatException(bind(ReportMessages.Workbook_sheetMissing, sheetName));
	}

	/**
	 * Streams one sheet's rows to a handler, with the workbook's strings and styles read once;
	 * {@code markup} sees each cell's markup before POI's handler formats it.
	 */
	private record SheetParser(SharedStrings strings, StylesTable styles) {
		void parse(InputStream sheet, SheetContentsHandler contents, CellMarkup markup) throws IOException, SAXException {
			try {
				// XMLHelper's reader refuses DTDs and external entities.
				markup.setParent(XMLHelper.newXMLReader());
				// Formula results, not formulas: a person may have typed a formula into a comment.
				markup.setContentHandler(new XSSFSheetXMLHandler(styles, strings, contents, new DataFormatter(), false));
				markup.parse(new InputSource(sheet));
			} catch (ParserConfigurationException e) {
				throw new IllegalStateException("no SAX parser", e);
			}
		}
	}

	/** Column A as key, column B as value. */
	private static final class KeyValueRows implements SheetContentsHandler {
		final Map<String, String> entries = new LinkedHashMap<>();
		private String key;
		private String value;

		@Override
		public void startRow(int rowNum) {
			key = null;
			value = null;
		}

		@Override
		public void endRow(int rowNum) {
			if (key != null) {
				entries.put(key.strip(), value == null ? "" : value.strip());
			}
		}

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			int column = cellReference == null ? -1 : new CellReference(cellReference).getCol();
			if (column == 0) {
				key = formattedValue;
			} else if (column == 1) {
				value = formattedValue;
			}
		}
	}
}
