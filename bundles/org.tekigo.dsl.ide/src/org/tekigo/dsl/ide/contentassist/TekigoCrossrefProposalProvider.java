package org.tekigo.dsl.ide.contentassist;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.tekigo.Requirement;

import com.google.inject.Inject;

/**
 * Ids as the writer types them (1.2-①-3, not provider/1.2-①-3 as well), each with the text of
 * the item or requirement it names, so the writer picks by meaning rather than by number.
 */
public class TekigoCrossrefProposalProvider extends IdeCrossrefProposalProvider {

	private static final int DESCRIPTION_LENGTH = 60;

	@Inject
	private IEObjectDocumentationProvider documentation;

	/** One proposal per element: the shortest of the names the scope knows it by. */
	@Override
	protected Iterable<IEObjectDescription> queryScope(IScope scope, CrossReference crossReference, ContentAssistContext context) {
		Map<URI, IEObjectDescription> shortest = new LinkedHashMap<>();
		Comparator<IEObjectDescription> bySegments = Comparator.comparingInt(d -> d.getName().getSegmentCount());
		for (IEObjectDescription candidate : super.queryScope(scope, crossReference, context)) {
			shortest.merge(candidate.getEObjectURI(), candidate, (a, b) -> bySegments.compare(a, b) <= 0 ? a : b);
		}
		return shortest.values();
	}

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossReference,
			ContentAssistContext context) {
		ContentAssistEntry entry = super.createProposal(candidate, crossReference, context);
		if (entry != null) {
			EObject element = EcoreUtil.resolve(candidate.getEObjectOrProxy(), context.getResource());
			String text = element instanceof Item item ? item.getText()
					: element instanceof Requirement requirement ? requirement.getText() : null;
			if (text != null) {
				entry.setDescription(text.length() <= DESCRIPTION_LENGTH ? text : text.substring(0, DESCRIPTION_LENGTH) + "…");
				entry.setDocumentation(documentation.getDocumentation(element));
			}
		}
		return entry;
	}
}
