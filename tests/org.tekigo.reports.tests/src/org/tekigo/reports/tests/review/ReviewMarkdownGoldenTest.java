package org.tekigo.reports.tests.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.tekigo.reports.review.ReviewAnalysis;
import org.tekigo.reports.review.ReviewMarkdownWriter;
import org.tekigo.reports.tests.gap.GoldenFiles;

/**
 * The review report as Markdown against the reviewed file of the run's language: runs in English
 * (golden/en/review-report.md) and again with -nl ja (golden/review-report.md).
 */
class ReviewMarkdownGoldenTest {

	@Test
	void markdownMatchesTheReviewedFile() throws IOException {
		String markdown = new ReviewMarkdownWriter().render(ReviewAnalysis.of(ReviewFixture.review()));
		assertEquals(GoldenFiles.readInLanguage("review-report.md", markdown), markdown);
	}
}
