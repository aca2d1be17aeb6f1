package org.tekigo.reports.tests.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tekigo.reports.checklist.RequirementCells;
import org.tekigo.reports.gap.GapAnalysis;
import org.tekigo.reports.gap.GapGate;
import org.tekigo.reports.gap.GapHtmlWriter;
import org.tekigo.reports.gap.GapJsonWriter;
import org.tekigo.reports.gap.GapMarkdownWriter;
import org.tekigo.reports.gap.GapWorkbookWriter;
import org.tekigo.reports.model.DisclosureView;
import org.tekigo.reports.model.DisclosureView.AnswerView;
import org.tekigo.reports.model.DisclosureView.CategoryView;
import org.tekigo.reports.model.DisclosureView.GroupView;
import org.tekigo.reports.model.DisclosureView.ItemView;
import org.tekigo.reports.model.DisclosureView.MeasureView;
import org.tekigo.reports.model.DisclosureView.RemediationView;
import org.tekigo.reports.model.DisclosureView.RequirementView;
import org.tekigo.reports.model.DisclosureView.StaleChange;
import org.tekigo.reports.model.DisclosureView.Status;
import org.tekigo.reports.tests.fixture.ChatworkFixture;
import org.tekigo.reports.tests.fixture.DisclosureEdits;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Stale answers in all four gap-report formats and as a CI gate; and the weights a 6.0-shaped
 * guideline declares, read wherever the 5.1 edition's C and D were printed.
 */
class StaleAndWeightsTest {

	private static final String THEN = "3.情報システムへのアクセス制限、記録、点検等を定めたアクセス管理規程を作成すること";
	private static final String NOW = "医療情報システムへのアクセス制限、記録、点検等を定めたアクセス管理規程を作成すること。<b>";

	@BeforeAll
	static void inEnglish() {
		Assumptions.assumeTrue(Locale.getDefault().getLanguage().equals("en"), "runs in the default, English execution");
	}

	/** The fixture with two stale answers: one whose earlier text is known, one whose is not. */
	private static DisclosureView withStaleAnswers() {
		return DisclosureEdits.mapAnswers(ChatworkFixture.disclosure(), (item, answer) -> switch (answer.id()) {
			case "1.1-①-1" -> stale(answer, new StaleChange("6.3/C/3", "requirement 6.3/C/3 changed since this answer was given", THEN, NOW));
			case "1.1-③-10" -> stale(answer, new StaleChange("1.1-③-10", "the text of item 1.1-③-10 changed since this answer was given", null,
					"運用管理規程に定める。"));
			default -> answer;
		});
	}

	private static AnswerView stale(AnswerView answer, StaleChange change) {
		return new AnswerView(answer.id(), answer.requirement(), answer.status(), answer.comment(), answer.statement(),
				answer.evidence(), answer.remediation(), answer.line(), List.of(change));
	}

	@Test
	void staleAnswersAreListedInEveryFormat() throws Exception {
		GapAnalysis analysis = GapAnalysis.of(withStaleAnswers());
		assertEquals(List.of("1.1-①-1", "1.1-③-10"), analysis.stale().stream().map(s -> s.answer().id()).toList());

		String html = new GapHtmlWriter().render(analysis);
		assertTrue(html.contains("<section id=\"stale\">\n<h2>Stale answers (2)</h2>"), "the section");
		assertTrue(html.contains("<td>requirement 6.3/C/3 changed since this answer was given</td><td class=\"req-text\">" + THEN
				+ "</td><td class=\"req-text\">医療情報システムへのアクセス制限、記録、点検等を定めたアクセス管理規程を作成すること。&lt;b&gt;</td>"),
				"the earlier text beside today's, escaped");
		assertTrue(html.contains("<span class=\"empty\">(not in the workspace)</span>"), "an earlier text the workspace no longer holds");
		assertTrue(html.contains("<tr><th scope=\"row\">Stale answers (given against texts that changed since)</th><td class=\"num\">2</td></tr>"));

		String md = new GapMarkdownWriter().render(analysis);
		assertTrue(md.contains("### Stale answers (2)\n"), md);
		assertTrue(md.contains("| 1.1-①-1 適合可能 | requirement 6.3/C/3 changed since this answer was given | " + THEN + " | "), md);
		assertTrue(md.contains("| 1.1-③-10 不適合 | the text of item 1.1-③-10 changed since this answer was given | *(not in the workspace)* | "), md);

		JsonArray json = new GapJsonWriter().toJson(analysis).getAsJsonArray("stale");
		assertEquals(2, json.size());
		JsonObject change = json.get(0).getAsJsonObject().getAsJsonArray("changes").get(0).getAsJsonObject();
		assertEquals(THEN, change.get("then").getAsString());
		assertEquals(NOW, change.get("now").getAsString());
		assertTrue(json.get(1).getAsJsonObject().getAsJsonArray("changes").get(0).getAsJsonObject().get("then").isJsonNull());

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new GapWorkbookWriter().write(analysis, out);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			XSSFSheet sheet = workbook.getSheet("Stale answers");
			assertEquals(List.of("ID", "Status", "What changed", "Text when answered", "Text now"),
					List.of(0, 1, 2, 3, 4).stream().map(c -> sheet.getRow(0).getCell(c).getStringCellValue()).toList());
			assertEquals(List.of("1.1-①-1", "適合可能", "requirement 6.3/C/3 changed since this answer was given", THEN, NOW),
					List.of(0, 1, 2, 3, 4).stream().map(c -> sheet.getRow(1).getCell(c).getStringCellValue()).toList());
			assertEquals(2, sheet.getLastRowNum());
		}
	}

	@Test
	void withoutStaleAnswersNothingIsAddedButTheEmptyJsonList() throws Exception {
		GapAnalysis analysis = GapAnalysis.of(ChatworkFixture.disclosure());
		assertFalse(new GapHtmlWriter().render(analysis).contains("id=\"stale\""));
		assertFalse(new GapMarkdownWriter().render(analysis).contains("Stale"));
		assertEquals(0, new GapJsonWriter().toJson(analysis).getAsJsonArray("stale").size());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new GapWorkbookWriter().write(analysis, out);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertEquals(null, workbook.getSheet("Stale answers"));
		}
	}

	@Test
	void theStaleGateFailsWhileAnAnswerIsStale() {
		assertEquals(GapGate.FAIL_ON_STALE, GapGate.fromOption("stale"));
		assertTrue(GapGate.FAIL_ON_STALE.fails(GapAnalysis.of(withStaleAnswers())));
		assertEquals("gate stale fails: 2 stale answers (given against texts that changed since)",
				GapGate.FAIL_ON_STALE.explain(GapAnalysis.of(withStaleAnswers())));
		assertFalse(GapGate.FAIL_ON_STALE.fails(GapAnalysis.of(ChatworkFixture.disclosure())));
	}

	/** A disclosure of a catalog on a 6.0-shaped guideline: obligations (minimum) and no recommended weight. */
	private static DisclosureView sixShaped() {
		RequirementView obligation = new RequirementView("planning/11/①", "planning/11", "アクセスの管理", "obligation", "遵守事項", true,
				List.of(), "利用者ごとに権限を定めること。", "");
		ItemView item = new ItemView("1.1-①-1", "アクセス管理規定を作成する。", List.of(obligation),
				List.of(new AnswerView("1.1-①-1", null, Status.NONCONFORMANT, "定めていません。", null, List.of(),
						new RemediationView("規定を作る", "", ""), 3)));
		return new DisclosureView("vendor", "Vendor", "提供事業者ガイドライン", "ガイドライン 6.0",
				List.of(new CategoryView("1", "人的・組織的対策", List.of(new GroupView("1.1", "規程", List.of(new MeasureView("1.1-①", "①",
						"アクセス管理規定", "", List.of(item))))))), List.of("obligation"), List.of());
	}

	@Test
	void theDeclaredWeightsAreReadWhereCAndDWerePrinted() {
		GapAnalysis analysis = GapAnalysis.of(sixShaped());
		assertEquals(1, analysis.minimumGaps().size());
		String md = new GapMarkdownWriter().render(analysis);
		assertTrue(md.contains("| of which touching minimum (obligation) requirements | 1 |"), md);
		assertTrue(md.contains("| of which on recommended requirements only | 0 |"), "no recommended weight: no parentheses\n" + md);
		assertTrue(md.contains("| 1.1-①-1 | minimum (obligation) |"), md);
		String html = new GapHtmlWriter().render(analysis);
		assertTrue(html.contains("<span class=\"badge c\" title=\"最低限のガイドライン (minimum)\">obligation</span> planning/11 アクセスの管理"), html);
		assertEquals("obligation", new GapJsonWriter().toJson(analysis).getAsJsonArray("gaps").get(0).getAsJsonObject()
				.getAsJsonArray("requirements").get(0).getAsJsonObject().get("class").getAsString());
		assertEquals("gate minimum-gap fails: 1 不適合 answers touching minimum (obligation) requirements",
				GapGate.FAIL_ON_MINIMUM_GAP.explain(analysis));
		RequirementCells cells = RequirementCells.of(sixShaped().categories().get(0).groups().get(0).measures().get(0).items().get(0)
				.requirements());
		assertEquals("遵守事項", cells.classes(), "the 区分 column prints the guideline's word");
		assertEquals("planning/11アクセスの管理", cells.section());
	}
}
