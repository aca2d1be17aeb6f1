package org.tekigo.reports.tests.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.reports.gap.Gap;
import org.tekigo.reports.gap.GapAnalysis;
import org.tekigo.reports.gap.GapHtmlWriter;
import org.tekigo.reports.tests.fixture.ChatworkFixture;

class GapHtmlWriterTest {

	/** The reviewed Japanese report: this class runs in the module's -nl ja execution. */
	@org.junit.jupiter.api.BeforeAll
	static void inJapanese() {
		org.junit.jupiter.api.Assumptions.assumeTrue(java.util.Locale.getDefault().getLanguage().equals("ja"),
				"runs in the -nl ja execution of this module (mvn verify runs it there)");
	}

	private final GapAnalysis analysis = GapAnalysis.of(ChatworkFixture.disclosure());
	private final String html = new GapHtmlWriter().render(analysis);

	@Test
	void japaneseUtf8Document() {
		assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"ja\">"));
		assertTrue(html.contains("<meta charset=\"UTF-8\">"));
		assertTrue(html.contains("<title>ガイドライン適合性 ギャップ分析 — Chatwork</title>"));
	}

	@Test
	void textFromTheModelIsEscaped() {
		assertTrue(html.contains("出力形式は &lt;PDF&gt; &amp; &quot;CSV&quot; を検討中です。&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"),
				"the comment is shown as text");
		assertFalse(html.contains("<script"), "no script element at all, from the data or otherwise");
		assertFalse(html.contains("<PDF>"));
	}

	@Test
	void twoInlineChartsWithLegendAndCounts() {
		assertEquals(2, count(html, "<svg"));
		assertEquals(2, count(html, "</svg>"));
		assertEquals(2, count(html, ">未回答</text>"), "each chart has a legend");
		// 1.人的・組織的対策: 8 適合可能, 5 不適合, 2 対象外, 1 未回答, 16 rows in all
		assertTrue(html.contains("<title>1.人的・組織的対策 適合可能 8 不適合 5 対象外 2 未回答 1</title>"));
		assertTrue(html.contains(">計 16</text>"));
		assertTrue(html.contains(">3.20.システム障害時の措置</text>"));
	}

	@Test
	void selfContainedWithoutExternalResources() {
		String withoutDataText = html;
		// the only URLs are those the vendor wrote in comments, shown as text
		withoutDataText = withoutDataText.replace("https://go.chatwork.com/ja/terms/", "");
		assertFalse(withoutDataText.contains("http"), "no reference to anything on the network");
		for (String reference : new String[] { "src=", "href=", "<link", "@import", "url(" }) {
			assertFalse(html.contains(reference), reference);
		}
	}

	@Test
	void printableWithPageBreaksAndRepeatedTableHeaders() {
		assertTrue(html.contains("@media print"));
		assertTrue(html.contains("@page { size: A4 landscape"));
		assertTrue(html.contains(".page-break { break-before: page; }"));
		assertTrue(html.contains("<section id=\"gaps\" class=\"page-break\">"));
		assertTrue(html.contains("thead { display: table-header-group; }"));
		assertTrue(count(html, "<thead>") >= 4, "every list is a table with a header row");
	}

	@Test
	void listsEveryGapWithItsPlanOrTheLackOfOne() {
		for (Gap gap : analysis.gaps()) {
			assertTrue(html.contains("<td class=\"id\">" + gap.id() + "</td>"), gap.id());
		}
		assertEquals(4, count(html, "計画なし"));
		assertTrue(html.contains("担当：情報セキュリティ委員会"));
		assertTrue(html.contains("期限：2026-03-31"));
		assertTrue(html.contains("不適合一覧（9件）"));
		assertTrue(html.contains("全回答が不適合の最低限要求事項（C）（3件）"));
		assertTrue(html.contains("未回答の対策項目（1件）"));
		assertTrue(html.contains("理由のない対象外（1件）"));
	}

	@Test
	void writesTheFile(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("gap-report.html");
		new GapHtmlWriter().write(analysis, file);
		assertEquals(html, Files.readString(file));
	}

	private static int count(String text, String fragment) {
		Matcher matcher = Pattern.compile(Pattern.quote(fragment)).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}
}
