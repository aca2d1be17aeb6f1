package org.tekigo.reports.checklist;

import java.util.List;

import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.tekigo.reports.model.DisclosureView.Meaning;
import org.tekigo.reports.model.DisclosureView.Status;
import org.tekigo.reports.xlsx.XlsxColours;

/**
 * The answer column's rules: a drop-down with exactly the words of the catalog's scale, so that
 * whoever edits the sheet cannot type another; and colours by what each word means, by
 * conditional formatting rather than fixed fills, so that the colour follows the value after an
 * edit.
 */
final class StatusColumnRules {

	/** Fill and font colours (RGB hex) per meaning: pale fills, so the text stays readable in print. */
	enum Colour {
		FULFILLED("C6EFCE", "006100"),
		PARTLY_FULFILLED("FFE0B2", "8A4B00"),
		GAP("FFC7CE", "9C0006"),
		NOT_APPLICABLE("E7E6E6", "3A3838");

		final String fill;
		final String font;

		Colour(String fill, String font) {
			this.fill = fill;
			this.font = font;
		}

		static Colour of(Meaning meaning) {
			return valueOf(meaning.name());
		}
	}

	/** Unanswered rows stand out too: they are what the vendor still has to fill in. */
	static final String UNANSWERED_FILL = "FFEB9C";

	private final List<Status> scale;
	private final int column;
	private final String header;

	/**
	 * @param scale  the words, in the catalog's order
	 * @param column the answer column's index
	 * @param header its header, which titles the error box
	 */
	StatusColumnRules(List<Status> scale, int column, String header) {
		this.scale = scale;
		this.column = column;
		this.header = header;
	}

	String[] labels() {
		return scale.stream().map(Status::label).toArray(String[]::new);
	}

	void apply(Sheet sheet, int firstRow, int lastRow) {
		if (lastRow < firstRow) {
			return;
		}
		addDropDown(sheet, firstRow, lastRow);
		addColours(sheet, firstRow, lastRow);
	}

	private void addDropDown(Sheet sheet, int firstRow, int lastRow) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidationConstraint constraint = helper.createExplicitListConstraint(labels());
		DataValidation validation = helper.createValidation(constraint,
				new CellRangeAddressList(firstRow, lastRow, column, column));
		validation.setEmptyCellAllowed(true);
		// Excel hides the arrow when OOXML's showDropDown is set; POI writes showDropDown as the
		// negation of this flag, so true here is what shows the arrow.
		validation.setSuppressDropDownArrow(true);
		validation.setShowErrorBox(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.createErrorBox(header, String.join("・", labels()) + "のいずれかを選んでください。");
		sheet.addValidationData(validation);
	}

	private void addColours(Sheet sheet, int firstRow, int lastRow) {
		SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
		CellRangeAddress[] range = { new CellRangeAddress(firstRow, lastRow, column, column) };
		for (Status status : scale) {
			Colour colour = Colour.of(status.meaning());
			// A formula's string literal doubles its quotes.
			ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL,
					"\"" + status.label().replace("\"", "\"\"") + "\"");
			fill(rule, colour.fill, colour.font);
			formatting.addConditionalFormatting(range, rule);
		}
		String firstCell = new CellReference(firstRow, column, false, true).formatAsString();
		ConditionalFormattingRule blank = formatting.createConditionalFormattingRule("LEN(TRIM(" + firstCell + "))=0");
		fill(blank, UNANSWERED_FILL, null);
		formatting.addConditionalFormatting(range, blank);
	}

	private static void fill(ConditionalFormattingRule rule, String fillHex, String fontHex) {
		var pattern = rule.createPatternFormatting();
		pattern.setFillBackgroundColor(XlsxColours.rgb(fillHex));
		pattern.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
		if (fontHex != null) {
			rule.createFontFormatting().setFontColor(XlsxColours.rgb(fontHex));
		}
	}
}
