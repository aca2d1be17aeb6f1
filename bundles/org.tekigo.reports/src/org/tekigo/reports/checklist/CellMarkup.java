package org.tekigo.reports.checklist;

import java.util.function.BiConsumer;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Watches each cell's markup on its way to POI's sheet handler, to tell what that handler does
 * not: whether the cell holds text, or a formula, a number, a date, an error value or rich text
 * that merely looks like text once formatted. A formula saved without its value (or with an empty
 * one) reaches POI's handler as nothing, or as an empty cell; it is passed to {@code valueless}
 * instead, so it is not mistaken for an emptied cell. And a cell typed as a shared string or a number that still holds an inline
 * string (as POI leaves a cell of an inline-string workbook that a program then set) is read by
 * its type: the stale inline string is not passed on, or it would overwrite the cell's value.
 */
final class CellMarkup extends XMLFilterImpl {

	/** What a cell holds, as far as the reader cares. */
	enum Kind {
		TEXT, RICH_TEXT, FORMULA_TEXT, FORMULA_WITHOUT_VALUE, NUMBER, DATE, BOOLEAN, ERROR
	}

	private final SharedStrings strings;
	private final StylesTable styles;
	private final BiConsumer<String, String> valueless;

	private String reference;
	private String type;
	private String style;
	private StringBuilder formula;
	private StringBuilder value;
	private boolean inValue;
	private boolean inFormula;
	private boolean valueSeen;
	private boolean richInline;
	/** Depth inside an {@code <is>} element that does not belong to the cell's type, 0 outside. */
	private int staleInline;

	/** @param valueless called with the cell reference and the formula of a formula cell saved without a value */
	CellMarkup(SharedStrings strings, StylesTable styles, BiConsumer<String, String> valueless) {
		this.strings = strings;
		this.styles = styles;
		this.valueless = valueless;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
		if (staleInline > 0 || "is".equals(localName) && !"inlineStr".equals(type)) {
			staleInline++;
			return;
		}
		switch (localName) {
			case "c" -> {
				reference = attributes.getValue("r");
				type = attributes.getValue("t");
				style = attributes.getValue("s");
				formula = null;
				value = new StringBuilder();
				valueSeen = false;
				richInline = false;
			}
			case "f" -> {
				formula = new StringBuilder();
				inFormula = true;
			}
			case "v" -> {
				inValue = true;
				valueSeen = true;
			}
			case "is" -> valueSeen = true;
			case "r" -> richInline |= "inlineStr".equals(type);
			default -> {
			}
		}
		super.startElement(uri, localName, qName, attributes);
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		if (staleInline > 0) {
			return;
		}
		if (inFormula && formula != null) {
			formula.append(ch, start, length);
		}
		if (inValue && value != null) {
			value.append(ch, start, length);
		}
		super.characters(ch, start, length);
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		if (staleInline > 0) {
			staleInline--;
			return;
		}
		switch (localName) {
			case "f" -> inFormula = false;
			case "v" -> inValue = false;
			case "c" -> {
				// No value, or an empty one (openpyxl and some web spreadsheets write <v></v>): either
				// way the program that saved the formula did not compute it.
				if (formula != null && (!valueSeen || value.isEmpty())) {
					valueless.accept(reference, formula.toString());
				}
			}
			default -> {
			}
		}
		super.endElement(uri, localName, qName);
	}

	/** The kind of the cell POI's handler is reporting now (it reports a cell once its value is read). */
	Kind kindOfCurrentCell() {
		if ("e".equals(type)) {
			return Kind.ERROR;
		}
		if ("b".equals(type)) {
			return Kind.BOOLEAN;
		}
		boolean text = "s".equals(type) || "inlineStr".equals(type) || "str".equals(type);
		if (formula != null) {
			return text ? Kind.FORMULA_TEXT : Kind.NUMBER;
		}
		if (text) {
			return richInline || richSharedString() ? Kind.RICH_TEXT : Kind.TEXT;
		}
		return isDateStyle() ? Kind.DATE : Kind.NUMBER;
	}

	/** The formula of the current cell, as written after "=", or null. */
	String formulaOfCurrentCell() {
		return formula == null ? null : formula.toString();
	}

	private boolean richSharedString() {
		if (!"s".equals(type) || strings == null) {
			return false;
		}
		try {
			RichTextString string = strings.getItemAt(Integer.parseInt(value.toString().strip()));
			return string != null && string.numFormattingRuns() > 0;
		} catch (RuntimeException notAnIndex) {
			return false;
		}
	}

	private boolean isDateStyle() {
		if (styles == null || style == null) {
			return false;
		}
		try {
			XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style.strip()));
			return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
		} catch (RuntimeException notAStyle) {
			return false;
		}
	}
}
