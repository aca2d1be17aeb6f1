package org.tekigo.dsl.documentation;

import org.tekigo.dsl.nls.DslMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.tekigo.Measure;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.tekigo.Statement;
import org.tekigo.dsl.workspace.Ids;
import org.tekigo.dsl.workspace.Requirements;

/**
 * What a hover shows for an id (in the studio, and through the language server): the item's
 * or requirement's own text, so a writer need not open the catalog or the guideline.
 */
public class TekigoDocumentationProvider implements IEObjectDocumentationProvider {

	@Override
	public String getDocumentation(EObject element) {
		return switch (element) {
			case Item item -> bind(DslMessages.Hover_item, Ids.of(item)) + "\n" + item.getText() + relations(item);
			case Requirement requirement -> bind(DslMessages.Hover_requirement, Ids.of(requirement),
					Requirements.isMinimum(requirement) ? DslMessages.Hover_minimum : DslMessages.Hover_recommended) + "\n"
					+ requirement.getText();
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
				.map(r -> Ids.of(r) + (Requirements.isMinimum(r) ? " (C)" : " (D)")).collect(Collectors.joining(", ")));
	}
}
