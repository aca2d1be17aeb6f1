package org.tekigo.reports.checklist;

import org.tekigo.reports.nls.ReportMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.SAXParseException;

/**
 * Says in one sentence what is wrong inside a workbook that POI refused or could not parse: a
 * part that would inflate to gigabytes (POI's zip-bomb guard), XML declaring a document type
 * (refused, as it could make the reader fetch other files), XML that is not well-formed, or a
 * package that is not a workbook. These are faults of the file, not of Tekigo. checklist.xlsx
 * and the review workbook are read through it, with the same sentences.
 */
public final class HostileWorkbook {

	private static final Pattern BOMB_ENTRY = Pattern.compile("Entry: (\\S+)");

	private HostileWorkbook() {
	}

	public static ChecklistFormatException refusal(Exception failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage());
			if (message.startsWith("Zip bomb detected")) {
				Matcher entry = BOMB_ENTRY.matcher(message);
				return new ChecklistFormatException(entry.find() ? bind(ReportMessages.Workbook_zipBomb, entry.group(1))
						: ReportMessages.Workbook_zipBombSomePart, failure);
			}
			if (message.contains("DOCTYPE")) {
				return new ChecklistFormatException(ReportMessages.Workbook_doctype, failure);
			}
			if (cause instanceof SAXParseException parse) {
				return new ChecklistFormatException(bind(ReportMessages.Workbook_notWellFormed, parse.getLineNumber(), parse.getMessage()), failure);
			}
		}
		return new ChecklistFormatException(bind(ReportMessages.Workbook_unreadable, failure.getMessage()), failure);
	}

	private static final Set<String> WORKBOOK_CONTENT_TYPES = Set.of(XSSFRelation.WORKBOOK.getContentType(),
			XSSFRelation.MACROS_WORKBOOK.getContentType(), XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
			XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());

	/** The file as an OOXML package, read only; refused when it is none. */
	public static OPCPackage open(Path file) throws ChecklistFormatException {
		try {
			return OPCPackage.open(file.toFile(), PackageAccess.READ);
		} catch (OpenXML4JException | IllegalArgumentException | POIXMLException e) {
			// Not a zip, or a zip without OOXML parts; IllegalArgumentException covers
			// POI's NotOfficeXmlFileException (also for .xls and .ods files).
			throw new ChecklistFormatException(bind(ReportMessages.Workbook_notXlsx, e.getMessage()), e);
		}
	}

	/** Refuses a package whose main part is no workbook (a .docx, a .pptx). */
	public static void requireWorkbook(OPCPackage pkg) throws ChecklistFormatException {
		var mainParts = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
		PackagePart main = mainParts.isEmpty() ? null : mainParts.get(0);
		if (main == null || !WORKBOOK_CONTENT_TYPES.contains(main.getContentType())) {
			throw new ChecklistFormatException(main == null ? ReportMessages.Workbook_officeNotXlsx
					: bind(ReportMessages.Workbook_officeNotXlsxType, main.getContentType()));
		}
	}
}
