package org.tekigo.reports.oscal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.tekigo.dsl.tekigo.Catalog;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Document;
import org.tekigo.dsl.tekigo.Guideline;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.tekigo.Review;

/**
 * Tekigo documents as OSCAL documents, one each: a guideline and a catalog of measures as OSCAL
 * catalogs, a disclosure as a component-definition. Files are named after the document and what
 * it is in OSCAL ({@code provider.catalog.json}, {@code chatwork.component-definition.xml}); the
 * documents link to each other by those names.
 */
public final class OscalExport {

	public enum Format {
		JSON("json"), XML("xml");

		final String extension;

		Format(String extension) {
			this.extension = extension;
		}
	}

	/** The file each document is written to, for names and links between the exported documents. */
	public static final class Files {
		private final Format format;

		Files(Format format) {
			this.format = format;
		}

		public String of(Document document) {
			return document.getName() + "." + model(document) + "." + format.extension;
		}

		String ofGuidelineOf(Requirement requirement) {
			EObject container = requirement;
			while (container != null && !(container instanceof Guideline)) {
				container = container.eContainer();
			}
			return container == null ? "" : of((Guideline) container);
		}
	}

	private OscalExport() {
	}

	/** A document's last-modified as OSCAL writes it: UTC, to the second (2026-12-04T18:05:53Z). */
	public static String lastModified(java.time.Instant instant) {
		return java.time.format.DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
	}

	private static String text(OscalNode tree, Format format) {
		return format == Format.JSON ? OscalJson.write(tree) : OscalXml.write(tree);
	}

	/** What each document is in OSCAL (a disclosure with plans for its gaps is also a POA&M). */
	public static String model(Document document) {
		if (document instanceof Guideline || document instanceof Catalog) {
			return "catalog";
		}
		if (document instanceof Review) {
			return "assessment-results";
		}
		return document instanceof Disclosure ? "component-definition" : null;
	}

	/** The files' names and texts, in the order of the documents; a document of no OSCAL model is left out. */
	public static Map<String, String> export(List<? extends Document> documents, Format format, Function<Document, String> lastModified) {
		Files files = new Files(format);
		Map<String, String> texts = new LinkedHashMap<>();
		for (Document document : documents) {
			OscalNode tree = switch (document) {
				case Guideline guideline -> new GuidelineCatalog(guideline, files).tree(lastModified.apply(document));
				case Catalog catalog -> new MeasureCatalog(catalog, files).tree(lastModified.apply(document));
				case Disclosure disclosure -> new ComponentDefinition(disclosure, files).tree(lastModified.apply(document));
				case Review review -> new AssessmentResults(review, files).tree(lastModified.apply(document));
				default -> null;
			};
			if (tree != null) {
				texts.put(files.of(document), text(tree, format));
			}
			if (document instanceof Disclosure disclosure) {
				PlanOfActionAndMilestones poam = new PlanOfActionAndMilestones(disclosure);
				if (!poam.planned().isEmpty()) {
					texts.put(disclosure.getName() + ".poam." + format.extension, text(poam.tree(lastModified.apply(document)), format));
				}
			}
		}
		return texts;
	}
}
