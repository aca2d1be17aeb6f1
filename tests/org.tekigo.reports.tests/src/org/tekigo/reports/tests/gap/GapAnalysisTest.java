package org.tekigo.reports.tests.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tekigo.reports.gap.Gap;
import org.tekigo.reports.gap.GapAnalysis;
import org.tekigo.reports.gap.GapSummary;
import org.tekigo.reports.gap.GapWeight;
import org.tekigo.reports.gap.NonconformantMinimumRequirement;
import org.tekigo.reports.gap.StatusCount;
import org.tekigo.reports.model.DisclosureView.RequirementView;
import org.tekigo.reports.tests.fixture.ChatworkFixture;
import org.tekigo.reports.tests.fixture.DisclosureEdits;

/** Every number below is counted by hand from the fixture (see its class comment). */
class GapAnalysisTest {

	private final GapAnalysis analysis = GapAnalysis.of(ChatworkFixture.disclosure());

	@Test
	void summary() {
		assertEquals(new GapSummary(22, 23, 12, 9, 2, 1, 5, 4, 0, 4, 1, 3), analysis.summary());
	}

	@Test
	void statusCountsByCategory() {
		assertEquals(List.of(new StatusCount("1.人的・組織的対策", 8, 5, 2, 1), new StatusCount("2.物理的対策", 2, 0, 0, 0),
				new StatusCount("3.技術的対策", 2, 4, 0, 0)), analysis.byCategory());
	}

	@Test
	void statusCountsByGroup() {
		assertEquals(List.of(new StatusCount("1.1.規程・手順の策定", 5, 1, 2, 0),
				new StatusCount("1.7.解析及び第三者提供の制限", 3, 2, 0, 0), new StatusCount("1.8.情報の破棄に係る記録の提出", 0, 2, 0, 1),
				new StatusCount("2.1.入退管理", 2, 0, 0, 0), new StatusCount("3.1.利用者認証の実装", 2, 2, 0, 0),
				new StatusCount("3.20.システム障害時の措置", 0, 2, 0, 0)), analysis.byGroup());
	}

	@Test
	void everyNonconformantAnswerIsAGapWeightedByItsStrongestRequirement() {
		assertEquals(List.of("1.1-③-10", "1.7-①-1[8.1.2/D/2]", "1.7-①-4", "1.8-①-1", "1.8-①-4", "3.1-④-1", "3.1-④-13",
				"3.20-①-2", "3.20-①-5"), analysis.gaps().stream().map(Gap::id).toList());
		assertEquals(List.of("1.1-③-10", "1.7-①-4", "1.8-①-1", "1.8-①-4", "3.1-④-1"),
				analysis.minimumGaps().stream().map(Gap::id).toList());
		assertEquals(List.of("1.7-①-1[8.1.2/D/2]", "3.1-④-13", "3.20-①-2", "3.20-①-5"), analysis.gaps().stream()
				.filter(gap -> gap.weight() == GapWeight.RECOMMENDED).map(Gap::id).toList());
	}

	@Test
	void aGapAnsweredPerRequirementRelatesToThatRequirementOnly() {
		Gap perRequirement = gap("1.7-①-1[8.1.2/D/2]");
		assertEquals(List.of("8.1.2/D/2"), perRequirement.requirements().stream().map(RequirementView::id).toList());
		assertEquals(GapWeight.RECOMMENDED, perRequirement.weight());
		assertEquals("運用者による閲覧を技術的に制限する仕組みはありません。", perRequirement.comment());

		Gap wholeItem = gap("1.7-①-4");
		assertEquals(List.of("6.6/C/2/1", "8.1.2/C/2/5", "8.1.2/D/2"),
				wholeItem.requirements().stream().map(RequirementView::id).toList());
		assertEquals(GapWeight.MINIMUM, wholeItem.weight(), "one C requirement among D makes it a minimum gap");
		assertEquals("1.7.解析及び第三者提供の制限", wholeItem.item().group());
		assertEquals("①受託した医療情報の解析及び第三者提供の制限", wholeItem.item().measure());
	}

	@Test
	void plansOwnersAndDates() {
		Gap planned = gap("1.1-③-10");
		assertTrue(planned.hasPlan());
		assertEquals("保存データの定期的な要否確認の手順を運用管理規程に定める", planned.plan());
		assertEquals("情報セキュリティ委員会", planned.owner());
		assertEquals("2026-03-31", planned.due());
		assertEquals(List.of("1.7-①-4", "1.8-①-1", "3.1-④-13", "3.20-①-5"),
				analysis.gaps().stream().filter(gap -> !gap.hasPlan()).map(Gap::id).toList());
		assertEquals("", gap("1.8-①-1").plan());
	}

	@Test
	void unansweredItemsAndNotApplicableWithoutReason() {
		assertEquals(List.of("1.8-①-5"), analysis.unanswered().stream().map(item -> item.item().itemId()).toList());
		assertEquals(List.of("6.7/C/3"),
				analysis.unanswered().get(0).requirements().stream().map(RequirementView::id).toList());
		// 1.1-③-5 is 対象外 with a reason; 2.1-①-1 refers to a statement; only 1.1-③-6 has neither
		assertEquals(List.of("1.1-③-6"), analysis.notApplicableWithoutReason().stream().map(na -> na.id()).toList());
	}

	@Test
	void minimumRequirementsWhoseAnswersAreAllNonconformant() {
		List<NonconformantMinimumRequirement> unmet = analysis.minimumRequirementsAllNonconformant();
		assertEquals(List.of("6.7/C/4", "6.7/C/3", "6.5/C/13"), unmet.stream().map(r -> r.requirement().id()).toList());
		assertEquals(List.of("1.8-①-1", "1.8-①-4"), unmet.get(1).answerIds());
		// 6.6/C/2/1 has a 不適合 (1.7-①-4) but also 適合可能 answers; 6.7/C/2 is 対象外, not 不適合
		assertFalse(unmet.stream().anyMatch(r -> r.requirement().id().equals("6.6/C/2/1")));
		assertFalse(unmet.stream().anyMatch(r -> r.requirement().id().equals("6.7/C/2")));
	}

	@Test
	void withoutMinimumGapsOnlyRecommendedGapsRemain() {
		GapAnalysis recommendedOnly = GapAnalysis.of(DisclosureEdits.withoutMinimumGaps(ChatworkFixture.disclosure()));
		assertEquals(0, recommendedOnly.summary().minimumGaps());
		assertEquals(4, recommendedOnly.summary().recommendedGaps());
		assertEquals(4, recommendedOnly.summary().nonconformant());
		assertEquals(List.of(), recommendedOnly.minimumRequirementsAllNonconformant());
	}

	private Gap gap(String id) {
		return analysis.gaps().stream().filter(gap -> gap.id().equals(id)).findFirst().orElseThrow();
	}
}
