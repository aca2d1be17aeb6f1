package org.tekigo.dsl.documentation;

import org.tekigo.dsl.nls.DslMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.tekigo.dsl.edition.Editions;
import org.tekigo.dsl.tekigo.Guideline;
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.tekigo.Measure;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.tekigo.Statement;
import org.tekigo.dsl.workspace.Ids;
import org.tekigo.dsl.workspace.Weights;

/**
 * What a hover shows for an id (in the studio, and through the language server): the item's
 * or requirement's own text, so a writer need not open the catalog or the guideline.
 */
public class TekigoDocumentationProvider implements IEObjectDocumentationProvider {

	@Override
	public String getDocumentation(EObject element) {
		return switch (element) {
			case Item item -> bind(DslMessages.Hover_item, Ids.of(item)) + "\n" + item.getText() + relations(item);
			case Requirement requirement -> bind(DslMessages.Hover_requirement, Ids.of(requirement), weight(requirement)) + "\n"
					+ requirement.getText() + counterpart(requirement);
			case Measure measure -> measure.getName() + measure.getTitle()
					+ (measure.getScenario() == null ? "" : "\n" + bind(DslMessages.Hover_scenario, measure.getScenario()));
			case Statement statement -> statement.getText();
			default -> null;
		};
	}

	private static String relations(Item item) {
		if (item.getRelations().isEmpty()) {
			return "";
		}
		return "\n" + bind(DslMessages.Hover_relatesTo, item.getRelations().stream().filter(r -> !r.eIsProxy())
				.map(r -> Ids.of(r) + Weights.of(r).map(w -> " (" + w.name() + ")").orElse("")).collect(Collectors.joining(", ")));
	}

	/** "C.最低限のガイドライン, minimum", or "遵守事項, minimum". */
	private static String weight(Requirement requirement) {
		return Weights.of(requirement).map(w -> w.title() + ", "
				+ (w.minimum() ? DslMessages.Hover_levelMinimum : DslMessages.Hover_levelRecommended)).orElse(DslMessages.Hover_noWeight);
	}

	/** The requirement of the earlier edition it continues, when it names one. */
	private static String counterpart(Requirement requirement) {
		Requirement counterpart = requirement.getCounterpart();
		Guideline earlier = Editions.guideline(counterpart);
		return earlier == null ? "" : "\n" + bind(DslMessages.Hover_counterpart, Ids.of(counterpart), earlier.getName());
	}
}
