package org.tekigo.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tekigo.cli.tests.CheckCommandTest.tekigo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.cli.tests.CheckCommandTest.Run;

/** {@code tekigo diff}: this year's Chatwork disclosure against last year's. */
class DiffCommandTest {

	private static Path year(Path dir, String name, String disclosureText) throws IOException {
		Path workspace = Files.createDirectories(dir.resolve(name));
		Files.copy(ImportCommandTest.SAMPLE.resolve("mhlw50.tekigo"), workspace.resolve("mhlw50.tekigo"));
		Files.copy(ImportCommandTest.SAMPLE.resolve("mhlw51.tekigo"), workspace.resolve("mhlw51.tekigo"));
		Files.copy(ImportCommandTest.SAMPLE.resolve("provider.tekigo"), workspace.resolve("provider.tekigo"));
		Files.writeString(workspace.resolve("chatwork.tekigo"), disclosureText);
		return workspace;
	}

	@Test
	void statusChangesNewAndClosedGapsAndCommentChanges(@TempDir Path dir) throws IOException {
		String published = Files.readString(ImportCommandTest.SAMPLE.resolve("chatwork.tekigo"));
		Path lastYear = year(dir, "2025", published);
		String thisYearText = published
				.replace("\t1.1-①-2 適合可能 \"記録のレビューについては", "\t1.1-①-2 不適合 \"記録のレビューについては")
				.replace("\t1.1-③-10 不適合 \"Chatwork利用データは", "\t1.1-③-10 適合可能 \"Chatwork利用データは")
				.replace("\"サービス運用に利用する業務端末等についての運用管理規程を定めています\"",
						"\"業務端末の運用管理規程を<改訂>しました & 周知済み\"");
		Path thisYear = year(dir, "2026", thisYearText);
		Path html = dir.resolve("diff.html");
		Run run = tekigo("diff", lastYear.resolve("chatwork.tekigo").toString(), thisYear.toString(), "--html", html.toString());
		assertEquals(0, run.status(), run.err());
		List<String> lines = run.outLines();
		assertTrue(lines.contains("  1.1-①-2: 適合可能 → 不適合"), run.out());
		assertTrue(lines.contains("  1.1-③-10: 不適合 → 適合可能"), run.out());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("  1.1-①-2 不適合 記録のレビューについては")), run.out());
		assertTrue(lines.contains("      after:  業務端末の運用管理規程を<改訂>しました & 周知済み"), run.out());
		assertTrue(lines.contains("2 status changes, 1 new gaps, 1 closed gaps, 3 comment changes, 0 added, 0 removed")
				|| lines.contains("2 status changes, 1 new gaps, 1 closed gaps, 1 comment changes, 0 added, 0 removed"), run.out());
		String page = Files.readString(html);
		assertTrue(page.contains("業務端末の運用管理規程を&lt;改訂&gt;しました &amp; 周知済み"), page);
		assertFalse(page.contains("<改訂>"));
	}

	@Test
	void identicalDisclosuresHaveNoChange(@TempDir Path dir) {
		Run run = tekigo("diff", ImportCommandTest.SAMPLE.toString(), ImportCommandTest.SAMPLE.toString());
		assertEquals(0, run.status(), run.err());
		assertEquals("0 status changes, 0 new gaps, 0 closed gaps, 0 comment changes, 0 added, 0 removed", run.outLines().getLast());
	}

	@Test
	void aReviewBesideBothVersionsGetsItsVerdictChangesAndTheVerdictsThatBecameSuspect(@TempDir Path dir) throws IOException {
		Path hospital = ImportCommandTest.SAMPLE.getParent().resolve("hospital/kyoto-chatwork.tekigo");
		String review = Files.readString(hospital);
		String disclosure = Files.readString(ImportCommandTest.SAMPLE.resolve("chatwork.tekigo"));
		Path before = year(dir, "before", disclosure);
		Files.writeString(before.resolve("review.tekigo"), review);
		// The vendor rewords one answer; the hospital turns a question into an acceptance.
		Path after = year(dir, "after", disclosure.replace("記録のレビューについては定期確認は行っていないが", "記録のレビューは四半期ごとに行い"));
		Files.writeString(after.resolve("review.tekigo"), review.replace(
				"1.1-③-3 要確認 \"根拠となる資料の提示を依頼する\"", "1.1-③-3 受入可 \"資料を受領した\""));
		Path html = dir.resolve("diff.html");
		Run run = tekigo("diff", before.toString(), after.toString(), "--html", html.toString());
		assertEquals(0, run.status(), run.err());
		List<String> lines = run.outLines();
		int start = lines.indexOf("Review kyoto-chatwork");
		assertTrue(start > 0, run.out());
		assertEquals(List.of("Review kyoto-chatwork",
				"  Verdict changes (1)",
				"    1.1-③-3: 要確認 → 受入可 資料を受領した",
				"  Became suspect (the answer changed after its verdict) (1)",
				"    1.1-①-2: 受入可 given on 2026-11-20 to an answer that now says 適合可能",
				"1 verdict changes, 1 became suspect, 0 no longer suspect"), lines.subList(start, start + 6));
		String page = Files.readString(html);
		int section = page.indexOf("<section class=\"review\"><h2>Review kyoto-chatwork</h2>");
		assertTrue(section > 0, "the page has the review's changes too");
		assertTrue(page.indexOf("<li>1.1-③-3: 要確認 → 受入可 資料を受領した</li>", section) > 0, page.substring(section));
		assertTrue(page.indexOf("<h3>Became suspect (the answer changed after its verdict) (1)</h3>", section) > 0, page.substring(section));
	}
}
