package org.tekigo.reports.gap;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import org.tekigo.reports.model.DisclosureView.RequirementView;

/**
 * The Japanese words the gap reports share, so that the HTML page, the workbook and the pull
 * request comment name things the same way.
 */
public final class GapTexts {

	public static final String TITLE = "ガイドライン適合性 ギャップ分析";
	public static final String SUMMARY = "概要";
	public static final String BY_CATEGORY = "大項目別の適合状況";
	public static final String BY_GROUP = "小項目別の適合状況";
	public static final String GAPS = "不適合一覧";
	public static final String MINIMUM_REQUIREMENTS = "全回答が不適合の最低限要求事項（C）";
	public static final String UNANSWERED = "未回答の対策項目";
	public static final String NOT_APPLICABLE_WITHOUT_REASON = "理由のない対象外";
	public static final String UNANSWERED_STATUS = "未回答";

	public static final String COLUMN_ID = "ID";
	public static final String COLUMN_WEIGHT = "重み";
	public static final String COLUMN_CATEGORY = "大項目";
	public static final String COLUMN_GROUP = "小項目";
	public static final String COLUMN_MEASURE = "対策項目";
	public static final String COLUMN_ITEM = "内容";
	public static final String COLUMN_REQUIREMENTS = "関連する要求事項";
	public static final String COLUMN_COMMENT = "見解";
	public static final String COLUMN_PLAN = "是正計画";
	public static final String COLUMN_OWNER = "担当";
	public static final String COLUMN_DUE = "期限";
	public static final String COLUMN_REQUIREMENT = "要求事項";
	public static final String COLUMN_ANSWERS = "不適合の回答";
	public static final String COLUMN_COUNT = "件数";
	public static final String COLUMN_TOTAL = "計";

	/** A summary line: its label, its value, and whether it is a detail of the line above. */
	public record SummaryLine(String label, int value, boolean detail) {
	}

	private GapTexts() {
	}

	public static String weight(GapWeight weight) {
		return switch (weight) {
			case MINIMUM -> "最低限（C）";
			case RECOMMENDED -> "推奨（D）";
			case UNCLASSIFIED -> "要求事項なし";
		};
	}

	/** The summary in reading order; every report prints these lines. */
	public static List<SummaryLine> summaryLines(GapSummary summary) {
		List<SummaryLine> lines = new ArrayList<>();
		lines.add(new SummaryLine("対策項目", summary.items(), false));
		lines.add(new SummaryLine("回答", summary.answers(), false));
		lines.add(new SummaryLine("適合可能", summary.conformant(), false));
		lines.add(new SummaryLine("不適合", summary.nonconformant(), false));
		lines.add(new SummaryLine("うち最低限（C）に関わる不適合", summary.minimumGaps(), true));
		lines.add(new SummaryLine("うち推奨（D）のみの不適合", summary.recommendedGaps(), true));
		if (summary.unclassifiedGaps() > 0) {
			lines.add(new SummaryLine("うち要求事項のない不適合", summary.unclassifiedGaps(), true));
		}
		lines.add(new SummaryLine("うち是正計画のない不適合", summary.gapsWithoutPlan(), true));
		lines.add(new SummaryLine("対象外", summary.notApplicable(), false));
		lines.add(new SummaryLine("うち理由のない対象外", summary.notApplicableWithoutReason(), true));
		lines.add(new SummaryLine("未回答の対策項目", summary.unanswered(), false));
		lines.add(new SummaryLine("全回答が不適合の最低限要求事項", summary.minimumRequirementsAllNonconformant(), false));
		return lines;
	}

	/** "6.7 情報の破棄" */
	public static String section(RequirementView requirement) {
		return requirement.section() + " " + requirement.sectionTitle();
	}

	/** "C.最低限のガイドライン 【医療機関等に保存する場合】 （5）機器・ソフトウェアの品質管理" */
	public static String classAndQualifiers(RequirementView requirement) {
		List<String> parts = new ArrayList<>();
		parts.add(requirement.classLabel());
		parts.addAll(requirement.qualifiers());
		return String.join(" ", parts);
	}

	/** "6.7/C/4 情報の破棄": short enough for a table cell, precise enough to look up. */
	public static String compact(RequirementView requirement) {
		return requirement.id() + " " + requirement.sectionTitle();
	}

	/** The largest total, to scale bar charts; at least 1. */
	static int maxOf(List<StatusCount> counts, ToIntFunction<StatusCount> value) {
		return Math.max(1, counts.stream().mapToInt(value).max().orElse(1));
	}
}
