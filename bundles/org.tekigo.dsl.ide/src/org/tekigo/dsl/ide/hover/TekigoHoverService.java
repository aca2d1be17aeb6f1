package org.tekigo.dsl.ide.hover;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.tekigo.dsl.edition.AnswerPins;
import org.tekigo.dsl.edition.AnswerPins.Change;
import org.tekigo.dsl.edition.StaleDescriptions;
import org.tekigo.dsl.edition.TextsByFingerprint;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.workspace.ScaleWordTexts;

import com.google.inject.Inject;

/**
 * The language server's hover: over an answer's word, what it means in its catalog's scale and
 * what it asks; an id's text, as Xtext gives it; over a stale answer, first what
 * changed under it, each text it was given against (found in the workspace's index) beside the
 * text as it is now.
 */
public class TekigoHoverService extends HoverService {

	@Inject
	private EObjectAtOffsetHelper elements;

	@Inject
	private ResourceDescriptionsProvider index;

	@Override
	protected Hover hover(HoverContext context) {
		Hover hover = super.hover(context);
		EObject at = elements.resolveContainedElementAt(context.getResource(), context.getOffset());
		Answer answer = at == null ? null : EcoreUtil2.getContainerOfType(at, Answer.class);
		List<Change> changes = answer == null ? List.of() : AnswerPins.changes(answer);
		java.util.Optional<String> word = answer == null ? java.util.Optional.empty() : ScaleWordTexts.at(answer, context.getOffset());
		if (word.isPresent()) {
			var status = NodeModelUtils.findNodesForFeature(answer, org.tekigo.dsl.tekigo.TekigoPackage.Literals.ANSWER__STATUS).get(0);
			return new Hover(new MarkupContent(MarkupKind.MARKDOWN, word.get()), new org.eclipse.lsp4j.Range(
					context.getDocument().getPosition(status.getOffset()), context.getDocument().getPosition(status.getEndOffset())));
		}
		if (changes.isEmpty()) {
			return hover;
		}
		String stale = StaleDescriptions.markdown(changes, TextsByFingerprint.of(index.getResourceDescriptions(context.getResource())));
		String documentation = hover == null || hover.getContents() == null || !hover.getContents().isRight() ? ""
				: hover.getContents().getRight().getValue();
		MarkupContent content = new MarkupContent(MarkupKind.MARKDOWN, documentation.isBlank() ? stale : stale + "\n\n---\n\n" + documentation);
		if (hover != null && hover.getRange() != null) {
			return new Hover(content, hover.getRange());
		}
		ICompositeNode node = NodeModelUtils.getNode(answer);
		return new Hover(content, new org.eclipse.lsp4j.Range(context.getDocument().getPosition(node.getOffset()),
				context.getDocument().getPosition(node.getEndOffset())));
	}
}
