package org.tekigo.reports.review;

import static org.eclipse.osgi.util.NLS.bind;

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
import org.tekigo.reports.nls.ReportMessages;
import org.tekigo.reports.review.ReviewView.Judgement;
import org.tekigo.reports.xlsx.XlsxColours;

/**
 * The verdict column's rules, as checklist.xlsx has them for its answer column: a drop-down with
 * exactly the four verdicts, so that the judge cannot type a fifth; and a colour per verdict by
 * conditional formatting, so that the colour follows the value after an edit (the report's colours).
 */
final class VerdictColumnRules {

	/** Fill and font colours (RGB hex) per verdict: pale fills, so the text stays readable in print. */
	private static String[] colours(Judgement judgement) {
		return switch (judgement) {
			case ACCEPTED -> new String[] { "C6EFCE", "006100" };
			case NEEDS_CLARIFICATION -> new String[] { "FFEB9C", "7A5A00" };
			case NOT_ACCEPTED -> new String[] { "FFC7CE", "9C0006" };
			case PENDING -> new String[] { "E7E6E6", "3A3838" };
		};
	}

	static String[] labels() {
		return Arrays.stream(Judgement.values()).map(Judgement::label).toArray(String[]::new);
	}

	private VerdictColumnRules() {
	}

	static void apply(Sheet sheet, int column, int firstRow, int lastRow) {
		if (lastRow < firstRow) {
			return;
		}
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidationConstraint constraint = helper.createExplicitListConstraint(labels());
		DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(firstRow, lastRow, column, column));
		validation.setEmptyCellAllowed(true);
		// POI writes OOXML's showDropDown as the negation of this flag: true shows the arrow (see StatusColumnRules).
		validation.setSuppressDropDownArrow(true);
		validation.setShowErrorBox(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.createErrorBox(VerdictColumn.VERDICT.header(), bind(ReportMessages.ReviewSheet_chooseVerdict, String.join(" / ", labels())));
		sheet.addValidationData(validation);

		SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
		CellRangeAddress[] range = { new CellRangeAddress(firstRow, lastRow, column, column) };
		for (Judgement judgement : Judgement.values()) {
			ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"" + judgement.label() + "\"");
			var pattern = rule.createPatternFormatting();
			pattern.setFillBackgroundColor(XlsxColours.rgb(colours(judgement)[0]));
			pattern.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
			rule.createFontFormatting().setFontColor(XlsxColours.rgb(colours(judgement)[1]));
			formatting.addConditionalFormatting(range, rule);
		}
	}
}
