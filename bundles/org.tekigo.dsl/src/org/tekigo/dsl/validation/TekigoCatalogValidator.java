package org.tekigo.dsl.validation;

import org.tekigo.dsl.nls.DslMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.tekigo.dsl.tekigo.Group;
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.tekigo.Measure;
import org.tekigo.dsl.validation.SiblingCitations.Citation;

import static org.tekigo.dsl.tekigo.TekigoPackage.Literals.*;

/** The catalog's own text: items that cite other items (①-4) must cite ones that exist. */
public class TekigoCatalogValidator extends ComposedValidator {

	@Check
	public void checkSiblingCitations(Item item) {
		if (!(item.eContainer() instanceof Measure measure) || !(measure.eContainer() instanceof Group group)) {
			return;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(item, ITEM__TEXT);
		String text = nodes.isEmpty() ? item.getText() : nodes.get(0).getText();
		for (Citation citation : SiblingCitations.in(text)) {
			if (!exists(group, citation)) {
				String message = bind(DslMessages.Catalog_unknownSiblingCitation, citation.text(), group.getName());
				if (nodes.isEmpty()) {
					warning(message, item, ITEM__TEXT, IssueCodes.UNKNOWN_SIBLING_CITATION, citation.text());
				} else {
					getMessageAcceptor().acceptWarning(message, item, nodes.get(0).getOffset() + citation.offset(),
							citation.length(), IssueCodes.UNKNOWN_SIBLING_CITATION, citation.text());
				}
			}
		}
	}

	private static boolean exists(Group group, Citation citation) {
		return group.getMeasures().stream().filter(m -> citation.measure().equals(m.getName()))
				.flatMap(m -> m.getItems().stream()).anyMatch(i -> citation.item().equals(i.getName()));
	}
}
