package org.tekigo.reports.tests.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.tekigo.reports.gap.GapAnalysis;
import org.tekigo.reports.gap.GapMarkdownWriter;
import org.tekigo.reports.tests.fixture.ChatworkFixture;

class GapMarkdownWriterTest {

	@Test
	void matchesTheReviewedPullRequestComment() throws IOException {
		String markdown = new GapMarkdownWriter().render(GapAnalysis.of(ChatworkFixture.disclosure()));
		assertEquals(GoldenFiles.readInLanguage("gap-report.md", markdown), markdown);
	}

	@Test
	void cellsCannotBreakTheTableOrInjectMarkup() {
		assertEquals("a \\| b<br>c", GapMarkdownWriter.tableCell("a | b\nc"));
		assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; &amp;", GapMarkdownWriter.tableCell("<script>alert(1)</script> &"));
		assertEquals("C:\\\\temp\\\\\\|x", GapMarkdownWriter.tableCell("C:\\temp\\|x"), "a backslash cannot unescape a pipe");
		assertEquals("line<br>line", GapMarkdownWriter.tableCell("line\r\nline\n"));
		assertEquals("", GapMarkdownWriter.tableCell(""));
	}
}
