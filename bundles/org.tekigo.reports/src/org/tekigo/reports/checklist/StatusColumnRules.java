package org.tekigo.reports.checklist;

import java.util.Arrays;

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
import org.tekigo.reports.model.DisclosureView.Status;
import org.tekigo.reports.xlsx.XlsxColours;

/**
 * The status column's rules: a drop-down with exactly the three published values, so that
 * whoever edits the sheet cannot type a fourth; and colours by conditional formatting rather
 * than fixed fills, so that the colour follows the value after an edit.
 */
final class StatusColumnRules {

	/** Fill and font colours (RGB hex) per status: pale fills, so the text stays readable in print. */
	enum Colour {
		CONFORMANT(Status.CONFORMANT, "C6EFCE", "006100"),
		NONCONFORMANT(Status.NONCONFORMANT, "FFC7CE", "9C0006"),
		NOT_APPLICABLE(Status.NOT_APPLICABLE, "E7E6E6", "3A3838");

		final Status status;
		final String fill;
		final String font;

		Colour(Status status, String fill, String font) {
			this.status = status;
			this.fill = fill;
			this.font = font;
		}
	}

	/** Unanswered rows stand out too: they are what the vendor still has to fill in. */
	static final String UNANSWERED_FILL = "FFEB9C";

	private StatusColumnRules() {
	}

	static String[] labels() {
		return Arrays.stream(Status.values()).map(Status::label).toArray(String[]::new);
	}

	static void apply(Sheet sheet, int firstRow, int lastRow) {
		if (lastRow < firstRow) {
			return;
		}
		int column = ChecklistColumn.STATUS.index();
		addDropDown(sheet, firstRow, lastRow, column);
		addColours(sheet, firstRow, lastRow, column);
	}

	private static void addDropDown(Sheet sheet, int firstRow, int lastRow, int column) {
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
		validation.createErrorBox("ガイドラインへの適合性", "適合可能・不適合・対象外のいずれかを選んでください。");
		sheet.addValidationData(validation);
	}

	private static void addColours(Sheet sheet, int firstRow, int lastRow, int column) {
		SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
		CellRangeAddress[] range = { new CellRangeAddress(firstRow, lastRow, column, column) };
		for (Colour colour : Colour.values()) {
			ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL,
					"\"" + colour.status.label() + "\"");
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
