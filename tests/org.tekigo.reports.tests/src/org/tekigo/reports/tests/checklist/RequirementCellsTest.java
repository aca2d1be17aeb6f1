package org.tekigo.reports.tests.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tekigo.reports.tests.fixture.ChatworkFixture.R_6_3_C_3;
import static org.tekigo.reports.tests.fixture.ChatworkFixture.R_6_5_C_12;
import static org.tekigo.reports.tests.fixture.ChatworkFixture.R_6_5_D_5;
import static org.tekigo.reports.tests.fixture.ChatworkFixture.R_6_6_C_2_1;
import static org.tekigo.reports.tests.fixture.ChatworkFixture.R_7_1_C_HOSPITAL_5_3;
import static org.tekigo.reports.tests.fixture.ChatworkFixture.R_8_1_2_C_2_5;
import static org.tekigo.reports.tests.fixture.ChatworkFixture.R_8_1_2_D_2;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tekigo.reports.checklist.RequirementCells;
import org.tekigo.reports.model.DisclosureView.RequirementView;

/** The requirement cells read as the published checklist prints them. */
class RequirementCellsTest {

	@Test
	void oneRequirement() {
		RequirementCells cells = RequirementCells.of(List.of(R_6_3_C_3));
		assertEquals("6.3組織的安全管理対策（体制、運用管理規程）", cells.section());
		assertEquals("C.最低限のガイドライン", cells.classes());
		assertEquals(R_6_3_C_3.text(), cells.text());
		assertEquals(R_6_3_C_3.previousText(), cells.previousText());
	}

	@Test
	void qualifiersFollowTheClass() {
		RequirementCells cells = RequirementCells.of(List.of(R_7_1_C_HOSPITAL_5_3));
		assertEquals("C.最低限のガイドライン\n【医療機関等に保存する場合】\n（5）機器・ソフトウェアの品質管理", cells.classes());
	}

	@Test
	void bothClassesOfOneSectionAreIntroducedInTheText() {
		RequirementCells cells = RequirementCells.of(List.of(R_6_5_C_12, R_6_5_D_5));
		assertEquals("6.5技術的安全対策", cells.section());
		assertEquals("C.最低限のガイドライン\nD.推奨されるガイドライン", cells.classes());
		assertEquals("(C.最低限のガイドライン)\n" + R_6_5_C_12.text() + "\n(D.推奨されるガイドライン)\n" + R_6_5_D_5.text(),
				cells.text());
		// 6.5/C/12 is new in 5.1: the earlier version only has the D text, and no class heading is needed
		assertEquals(R_6_5_D_5.previousText(), cells.previousText());
	}

	@Test
	void sectionsAreSeparatedByDashedLines() {
		RequirementCells cells = RequirementCells.of(List.of(R_6_6_C_2_1, R_8_1_2_C_2_5, R_8_1_2_D_2));
		assertEquals("6.6人的安全対策\n-----\n8.1.2外部保存を受託する機関の選定基準及び情報の取扱いに関する基準", cells.section());
		assertEquals("C.最低限のガイドライン\n（2）事務取扱委託業者の監督及び守秘義務契約\n-----\n"
				+ "C.最低限のガイドライン\n2. 医療機関等が外部の事業者との契約に基づいて確保した安全な場所に保存する場合\n"
				+ "D.推奨されるガイドライン", cells.classes());
		assertEquals(R_6_6_C_2_1.text() + "\n-----\n(C.最低限のガイドライン)\n" + R_8_1_2_C_2_5.text()
				+ "\n(D.推奨されるガイドライン)\n" + R_8_1_2_D_2.text(), cells.text());
	}

	@Test
	void noRequirementGivesEmptyCells() {
		assertEquals(new RequirementCells("", "", "", ""), RequirementCells.of(List.of()));
	}

	/** The guideline keeps a requirement's number as its name; the checklist quotes it in front of the text, as published. */
	@Test
	void aRequirementIsQuotedWithItsNumber() {
		RequirementView numbered = new RequirementView("6.3/C/3", "6.3", "組織的安全管理対策", true, List.of(),
				"医療情報システムへのアクセス制限…を作成すること。", "");
		assertEquals("3.医療情報システムへのアクセス制限…を作成すること。", RequirementCells.of(List.of(numbered)).text());
		RequirementView unnumbered = new RequirementView("6.3/C/r1", "6.3", "組織的安全管理対策", true, List.of(), "番号のない要求。", "");
		assertEquals("番号のない要求。", RequirementCells.of(List.of(unnumbered)).text());
		// A text that starts with a number that is not its label (it cites chapter 6.1) still gets its own.
		RequirementView citing = new RequirementView("6.7/C/1", "6.7", "情報の破棄", true, List.of(), "6.1 章C.2 で把握した…", "");
		assertEquals("1.6.1 章C.2 で把握した…", RequirementCells.of(List.of(citing)).text());
	}
}
