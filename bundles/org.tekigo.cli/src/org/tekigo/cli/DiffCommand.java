package org.tekigo.cli;

import org.tekigo.cli.nls.CliMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.tekigo.dsl.edition.Editions;
import org.tekigo.dsl.edition.RequirementMapping;
import org.tekigo.dsl.tekigo.Catalog;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Guideline;
import org.tekigo.dsl.workspace.DocumentLinks;
import org.tekigo.dsl.workspace.Ids;
import org.tekigo.dsl.tekigo.Review;
import org.tekigo.reports.DisclosureViews;
import org.tekigo.reports.ReviewViews;
import org.tekigo.reports.diff.DiffHtmlWriter;
import org.tekigo.reports.diff.DiffTextWriter;
import org.tekigo.reports.diff.DisclosureDiff;
import org.tekigo.reports.io.AtomicFiles;
import org.tekigo.reports.model.DisclosureView;
import org.tekigo.reports.review.ReviewDiff;
import org.tekigo.reports.review.ReviewView;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", description = {
		"What changed between two disclosures: status changes, new gaps, closed gaps, comment changes.",
		"Each side is a disclosure file (its folder is loaded as its workspace) or a folder holding one disclosure.",
		"A hospital's review of the disclosure found on both sides is compared too: verdicts changed, and",
		"verdicts that became suspect because the answer changed after them.",
		"Exit status: 0 compared, 1 a side has errors, 2 bad input." })
public class DiffCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<old>", descriptionKey = "old", description = "The earlier disclosure (file or folder).")
	private Path before;

	@Parameters(index = "1", paramLabel = "<new>", descriptionKey = "new", description = "The later disclosure (file or folder).")
	private Path after;

	@Option(names = "--html", paramLabel = "<file>", descriptionKey = "html", description = "Also write the diff as an HTML page.")
	private Path html;

	@Override
	public Integer call() throws InputException, IOException {
		Side old = load(before);
		Side changed = load(after);
		DisclosureDiff diff = DisclosureDiff.between(old.disclosure(), changed.disclosure(), continued(old, changed));
		PrintWriter out = spec.commandLine().getOut();
		out.print(new DiffTextWriter().render(diff));
		List<ReviewDiff> reviews = new ArrayList<>();
		for (ReviewView review : changed.reviews()) {
			old.reviews().stream().filter(r -> r.id().equals(review.id())).findFirst()
					.ifPresent(was -> reviews.add(ReviewDiff.between(was, review)));
		}
		reviews.forEach(review -> out.print(review.render()));
		if (html != null) {
			AtomicFiles.writeString(html, new DiffHtmlWriter().render(diff, reviews));
			out.println(bind(CliMessages.Common_wrote, html));
		}
		out.flush();
		return TekigoCli.EXIT_OK;
	}

	/** One side: its disclosure, and the reviews of it found beside it. */
	private record Side(DisclosureView disclosure, List<ReviewView> reviews, Disclosure model, Workspace workspace) {
	}

	/**
	 * The id each requirement the earlier side answered has in the later side's edition, where it
	 * differs: found through the editions of the later side's workspace, which holds the guideline
	 * the earlier side answered when the later one succeeds it.
	 */
	private static Map<String, String> continued(Side old, Side changed) {
		Catalog oldCatalog = old.model().getCatalog(), newCatalog = changed.model().getCatalog();
		String oldGuideline = oldCatalog == null || oldCatalog.eIsProxy() ? null : DocumentLinks.guidelineName(oldCatalog);
		Guideline newGuideline = newCatalog == null || newCatalog.eIsProxy() ? null : newCatalog.getGuideline();
		Guideline earlier = changed.workspace().documents(Guideline.class).stream().filter(g -> g.getName().equals(oldGuideline))
				.findFirst().orElse(null);
		if (earlier == null || newGuideline == null || newGuideline.eIsProxy() || earlier == newGuideline) {
			return Map.of();
		}
		RequirementMapping mapping = RequirementMapping.between(earlier, newGuideline);
		Map<String, String> continued = new HashMap<>();
		Editions.requirementsById(earlier).forEach((id, requirement) -> mapping.map(requirement).map(Ids::of)
				.filter(now -> !now.equals(id)).ifPresent(now -> continued.put(id, now)));
		return continued;
	}

	/** Each side in a workspace of its own: both usually declare the same catalog and guideline. */
	private static Side load(Path side) throws InputException {
		Path folder = Files.isDirectory(side) ? side : side.toAbsolutePath().getParent();
		Workspace workspace = Workspace.load(TekigoCli.injector(), WorkspaceFiles.collect(List.of(folder.toString())));
		List<Disclosure> disclosures = workspace.resources().entrySet().stream()
				.filter(e -> Files.isDirectory(side) || e.getKey().path().toAbsolutePath().equals(side.toAbsolutePath()))
				.map(Map.Entry::getValue).flatMap(resource -> resource.getContents().stream())
				.filter(Disclosure.class::isInstance).map(Disclosure.class::cast).toList();
		if (disclosures.size() != 1) {
			throw new InputException(bind(CliMessages.Diff_oneDisclosure, side, disclosures.size()));
		}
		try {
			String id = disclosures.get(0).getName();
			List<ReviewView> reviews = workspace.documents(Review.class).stream()
					.filter(review -> review.getDisclosure() != null && !review.getDisclosure().eIsProxy()
							&& id.equals(review.getDisclosure().getName()))
					.map(ReviewViews::of).toList();
			return new Side(DisclosureViews.of(disclosures.get(0)), reviews, disclosures.get(0), workspace);
		} catch (IllegalArgumentException e) {
			throw new InputException(side + ": " + e.getMessage());
		}
	}
}
