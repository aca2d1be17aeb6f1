package org.tekigo.dsl.validation;

import org.tekigo.dsl.nls.DslMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.tekigo.dsl.tekigo.Catalog;
import org.tekigo.dsl.tekigo.Group;
import org.tekigo.dsl.tekigo.Meaning;
import org.tekigo.dsl.tekigo.Scale;
import org.tekigo.dsl.tekigo.ScaleWord;
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.tekigo.Measure;
import org.tekigo.dsl.validation.SiblingCitations.Citation;

import static org.tekigo.dsl.tekigo.TekigoPackage.Literals.*;

/** The catalog's own text: items that cite other items (①-4) must cite ones that exist; its scale has a word for a gap, one word per meaning. */
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

	@Check
	public void checkScaleHasAGapWord(Scale scale) {
		if (scale.getWords().stream().noneMatch(w -> w.getMeaning() == Meaning.GAP)) {
			Catalog catalog = (Catalog) scale.eContainer();
			error(bind(DslMessages.Scale_noGapWord, catalog.getName()), scale, null, IssueCodes.NO_GAP_WORD);
		}
	}

	@Check
	public void checkScaleWordsAreUnique(Scale scale) {
		Map<Meaning, ScaleWord> meanings = new HashMap<>();
		Set<String> written = new HashSet<>();
		for (ScaleWord word : scale.getWords()) {
			ScaleWord same = meanings.putIfAbsent(word.getMeaning(), word);
			if (same != null) {
				error(bind(DslMessages.Scale_sameMeaning, word.getWord(), word.getMeaning().getLiteral(), same.getWord()), word,
						SCALE_WORD__MEANING, IssueCodes.SAME_MEANING);
			}
			for (String text : java.util.Arrays.asList(word.getWord(), word.getAlias())) {
				if (text != null && !written.add(text)) {
					error(bind(DslMessages.Scale_duplicateWord, text, ((Catalog) scale.eContainer()).getName()), word,
							text.equals(word.getWord()) ? SCALE_WORD__WORD : SCALE_WORD__ALIAS, IssueCodes.DUPLICATE_WORD);
				}
			}
		}
	}

	private static boolean exists(Group group, Citation citation) {
		return group.getMeasures().stream().filter(m -> citation.measure().equals(m.getName()))
				.flatMap(m -> m.getItems().stream()).anyMatch(i -> citation.item().equals(i.getName()));
	}
}
