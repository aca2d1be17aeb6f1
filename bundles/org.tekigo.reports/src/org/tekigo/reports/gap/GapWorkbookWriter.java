package org.tekigo.reports.gap;

import org.tekigo.reports.nls.ReportMessages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.tekigo.reports.io.AtomicFiles;
import org.tekigo.reports.model.DisclosureView.Meaning;
import org.tekigo.reports.model.DisclosureView.RequirementView;
import org.tekigo.reports.model.ScaleWords;
import org.tekigo.reports.model.DisclosureView.StaleChange;
import org.tekigo.reports.xlsx.TableSheets;
import org.tekigo.reports.xlsx.StreamingWorkbooks;
import org.tekigo.reports.xlsx.TextCells;

/**
 * The gap analysis as a workbook, one sheet per view: summary (with the counts by category and
 * group), gaps, minimum requirements all non-conformant, unanswered items, 対象外 without a
 * reason. Each list has a frozen, filterable header and prints on A4 landscape.
 */
public final class GapWorkbookWriter {

	public static final String SUMMARY_SHEET = GapTexts.SUMMARY;
	public static final String GAPS_SHEET = ReportMessages.Gap_sheetGaps;
	public static final String MINIMUM_REQUIREMENTS_SHEET = ReportMessages.Gap_sheetMinimumRequirements;
	public static final String UNANSWERED_SHEET = ReportMessages.Gap_sheetUnanswered;
	public static final String NOT_APPLICABLE_SHEET = ReportMessages.Gap_sheetNotApplicable;
	/** Written only when some answer is stale. */
	public static final String STALE_SHEET = ReportMessages.Gap_sheetStale;

	public void write(GapAnalysis analysis, Path target) throws IOException {
		AtomicFiles.write(target, out -> write(analysis, out));
	}

	public void write(GapAnalysis analysis, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = StreamingWorkbooks.report()) {
			TableSheets tables = new TableSheets(workbook, new TextCells(workbook));
			writeSummary(workbook, tables, analysis);
			// A checklist of its own has no weights and no requirements: their columns and sheet are left out.
			boolean weighed = analysis.weighed();
			tables.write(GAPS_SHEET, GapTexts.without(gapColumns(), !weighed, 1, 6),
					gapRows(analysis.gaps(), analysis.weights()).stream().map(row -> GapTexts.without(row, !weighed, 1, 6)).toList());
			if (weighed) {
				tables.write(MINIMUM_REQUIREMENTS_SHEET, minimumRequirementColumns(analysis.words()),
						minimumRequirementRows(analysis.minimumRequirementsAllNonconformant()));
			}
			tables.write(UNANSWERED_SHEET, GapTexts.without(unansweredColumns(), !weighed, 5),
					unansweredRows(analysis.unanswered()).stream().map(row -> GapTexts.without(row, !weighed, 5)).toList());
			if (analysis.saysNotApplicable()) {
				// A sheet's name is the scale's word too (made safe: a word may hold what Excel refuses in names).
				tables.write(WorkbookUtil.createSafeSheetName(analysis.words().say(NOT_APPLICABLE_SHEET)), notApplicableColumns(),
						notApplicableRows(analysis.notApplicableWithoutReason()));
			}
			if (!analysis.stale().isEmpty()) {
				tables.write(STALE_SHEET, staleColumns(), staleRows(analysis.stale()));
			}
			workbook.setActiveSheet(0);
			workbook.write(out);
		}
	}

	private static void writeSummary(SXSSFWorkbook workbook, TableSheets tables, GapAnalysis analysis) {
		SXSSFSheet sheet = workbook.createSheet(SUMMARY_SHEET);
		sheet.setColumnWidth(0, 44 * 256);
		for (int column = 1; column <= 5; column++) {
			sheet.setColumnWidth(column, 11 * 256);
		}
		int row = 0;
		tables.titleRow(sheet, row++, GapTexts.titleFor(analysis.vendor()));
		tables.textRow(sheet, row++, List.of(analysis.catalogTitle()));
		if (!analysis.guidelineTitle().isEmpty()) {
			tables.textRow(sheet, row++, List.of(analysis.guidelineTitle()));
		}
		row++;
		tables.headerRow(sheet, row++, List.of(GapTexts.SUMMARY, GapTexts.COLUMN_COUNT));
		for (GapTexts.SummaryLine line : GapTexts.summaryLines(analysis)) {
			tables.countRow(sheet, row++, (line.detail() ? "　" : "") + line.label(), List.of(line.value()));
		}
		row++;
		row = writeCounts(tables, sheet, row, GapTexts.BY_CATEGORY, analysis.byCategory(), analysis.words());
		row++;
		writeCounts(tables, sheet, row, GapTexts.BY_GROUP, analysis.byGroup(), analysis.words());
		TableSheets.printLandscape(sheet, 0);
	}

	/** A column per meaning of the scale (partly fulfilled and not applicable only when it has words for them), then unanswered and total. */
	private static int writeCounts(TableSheets tables, Sheet sheet, int row, String title, List<StatusCount> counts,
			ScaleWords words) {
		List<Meaning> meanings = Arrays.stream(Meaning.values())
				.filter(meaning -> meaning == Meaning.FULFILLED || meaning == Meaning.GAP || words.has(meaning)).toList();
		List<String> header = new ArrayList<>(List.of(title));
		meanings.forEach(meaning -> header.add(words.labels(meaning)));
		header.addAll(List.of(GapTexts.UNANSWERED_STATUS, GapTexts.COLUMN_TOTAL));
		tables.headerRow(sheet, row++, header);
		for (StatusCount count : counts) {
			List<Integer> values = new ArrayList<>();
			meanings.forEach(meaning -> values.add(count.count(meaning)));
			values.addAll(List.of(count.unanswered(), count.total()));
			tables.countRow(sheet, row++, count.label(), values);
		}
		return row;
	}

	private static List<TableSheets.Column> gapColumns() {
		return List.of(new TableSheets.Column(GapTexts.COLUMN_ID, 24), new TableSheets.Column(GapTexts.COLUMN_WEIGHT, 12),
				new TableSheets.Column(GapTexts.COLUMN_CATEGORY, 14), new TableSheets.Column(GapTexts.COLUMN_GROUP, 16),
				new TableSheets.Column(GapTexts.COLUMN_MEASURE, 18), new TableSheets.Column(GapTexts.COLUMN_ITEM, 40),
				new TableSheets.Column(GapTexts.COLUMN_REQUIREMENTS, 28), new TableSheets.Column(GapTexts.COLUMN_COMMENT, 36),
				new TableSheets.Column(GapTexts.COLUMN_PLAN, 28), new TableSheets.Column(GapTexts.COLUMN_OWNER, 14),
				new TableSheets.Column(GapTexts.COLUMN_DUE, 11));
	}

	private static List<List<String>> gapRows(List<Gap> gaps, WeightNames names) {
		List<List<String>> rows = new ArrayList<>();
		for (Gap gap : gaps) {
			ItemContext item = gap.item();
			rows.add(List.of(gap.id(), GapTexts.weight(gap.weight(), names), item.category(), item.group(), item.measure(),
					item.itemText(), requirementList(gap.requirements()), gap.comment(), gap.plan(), gap.owner(), gap.due()));
		}
		return rows;
	}

	private static List<TableSheets.Column> minimumRequirementColumns(ScaleWords words) {
		return List.of(new TableSheets.Column(GapTexts.COLUMN_ID, 22), new TableSheets.Column(ReportMessages.Gap_columnNumber, 24),
				new TableSheets.Column(ReportMessages.Gap_columnClass, 24), new TableSheets.Column(GapTexts.COLUMN_REQUIREMENT, 60),
				new TableSheets.Column(words.say(GapTexts.COLUMN_ANSWERS), 26));
	}

	private static List<List<String>> minimumRequirementRows(List<NonconformantMinimumRequirement> requirements) {
		List<List<String>> rows = new ArrayList<>();
		for (NonconformantMinimumRequirement unmet : requirements) {
			RequirementView requirement = unmet.requirement();
			List<String> classLines = new ArrayList<>();
			classLines.add(requirement.classLabel());
			classLines.addAll(requirement.qualifiers());
			rows.add(List.of(requirement.id(), GapTexts.section(requirement), String.join("\n", classLines),
					requirement.text(), String.join("\n", unmet.answerIds())));
		}
		return rows;
	}

	private static List<TableSheets.Column> staleColumns() {
		return List.of(new TableSheets.Column(GapTexts.COLUMN_ID, 22), new TableSheets.Column(ReportMessages.Gap_columnStatus, 10),
				new TableSheets.Column(GapTexts.COLUMN_CHANGE, 36), new TableSheets.Column(GapTexts.COLUMN_THEN, 50),
				new TableSheets.Column(GapTexts.COLUMN_NOW, 50));
	}

	/** One row per changed text, the answer's id and status on each, so that the sheet can be filtered. */
	private static List<List<String>> staleRows(List<StaleAnswer> stale) {
		List<List<String>> rows = new ArrayList<>();
		for (StaleAnswer answer : stale) {
			for (StaleChange change : answer.answer().stale()) {
				rows.add(List.of(answer.answer().id(), answer.answer().status().label(), change.sentence(),
						change.then() == null ? ReportMessages.Gap_staleThenUnknown : change.then(),
						change.now() == null ? "" : change.now()));
			}
		}
		return rows;
	}

	private static List<TableSheets.Column> unansweredColumns() {
		return List.of(new TableSheets.Column(GapTexts.COLUMN_ID, 18), new TableSheets.Column(GapTexts.COLUMN_CATEGORY, 14),
				new TableSheets.Column(GapTexts.COLUMN_GROUP, 16), new TableSheets.Column(GapTexts.COLUMN_MEASURE, 18),
				new TableSheets.Column(GapTexts.COLUMN_ITEM, 50), new TableSheets.Column(GapTexts.COLUMN_REQUIREMENTS, 30));
	}

	private static List<List<String>> unansweredRows(List<UnansweredItem> items) {
		List<List<String>> rows = new ArrayList<>();
		for (UnansweredItem unanswered : items) {
			ItemContext item = unanswered.item();
			rows.add(List.of(item.itemId(), item.category(), item.group(), item.measure(), item.itemText(),
					requirementList(unanswered.requirements())));
		}
		return rows;
	}

	private static List<TableSheets.Column> notApplicableColumns() {
		return List.of(new TableSheets.Column(GapTexts.COLUMN_ID, 22), new TableSheets.Column(GapTexts.COLUMN_CATEGORY, 14),
				new TableSheets.Column(GapTexts.COLUMN_GROUP, 16), new TableSheets.Column(GapTexts.COLUMN_MEASURE, 18),
				new TableSheets.Column(GapTexts.COLUMN_ITEM, 60));
	}

	private static List<List<String>> notApplicableRows(List<NotApplicableWithoutReason> answers) {
		List<List<String>> rows = new ArrayList<>();
		for (NotApplicableWithoutReason answer : answers) {
			ItemContext item = answer.item();
			rows.add(List.of(answer.id(), item.category(), item.group(), item.measure(), item.itemText()));
		}
		return rows;
	}

	private static String requirementList(List<RequirementView> requirements) {
		return requirements.stream().map(GapTexts::compact).collect(Collectors.joining("\n"));
	}
}
