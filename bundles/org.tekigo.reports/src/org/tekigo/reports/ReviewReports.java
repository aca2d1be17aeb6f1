package org.tekigo.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.tekigo.reports.review.ReviewAnalysis;
import org.tekigo.reports.review.ReviewHtmlWriter;
import org.tekigo.reports.review.ReviewJsonWriter;
import org.tekigo.reports.review.ReviewMarkdownWriter;
import org.tekigo.reports.review.ReviewView;
import org.tekigo.reports.review.ReviewWorkbookWriter;

/** The files `tekigo report` writes for a review, next to the gap report of the disclosure it judges. */
public final class ReviewReports {

	private ReviewReports() {
	}

	/** review-&lt;id&gt;.html, .xlsx, .md, .json; a review whose id already says so (the studio's review-chatwork) keeps it once. */
	public static List<String> files(ReviewView review) {
		String base = review.id().startsWith("review-") ? review.id() : "review-" + review.id();
		return List.of(base + ".html", base + ".xlsx", base + ".md", base + ".json");
	}

	/** Writes the four files into {@code folder}, each whole or not at all. */
	public static ReviewAnalysis write(ReviewView review, Path folder) throws IOException {
		Files.createDirectories(folder);
		ReviewAnalysis analysis = ReviewAnalysis.of(review);
		List<String> files = files(review);
		new ReviewHtmlWriter().write(analysis, folder.resolve(files.get(0)));
		new ReviewWorkbookWriter().write(analysis, folder.resolve(files.get(1)));
		new ReviewMarkdownWriter().write(analysis, folder.resolve(files.get(2)));
		new ReviewJsonWriter().write(analysis, folder.resolve(files.get(3)));
		return analysis;
	}
}
