package org.tekigo.ui.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.EcoreUtil2;
import org.tekigo.dsl.edition.AnswerPins;
import org.tekigo.dsl.edition.AnswerPins.Change;
import org.tekigo.dsl.edition.StaleDescriptions;
import org.tekigo.dsl.workspace.ScaleWordTexts;
import org.tekigo.dsl.edition.TextsByFingerprint;
import org.tekigo.dsl.tekigo.Answer;

import java.util.List;

/**
 * Hovering an item or requirement id shows its text, as the language's documentation gives it; hovering a stale
 * answer shows what changed under it, the text it was given against above today's.
 */
class TekigoTextHover implements ITextHover {

	private final TekigoEditor editor;

	TekigoTextHover(TekigoEditor editor) {
		this.editor = editor;
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		return editor.withResource(resource -> documentationAt(resource, region.getOffset()));
	}

	/**
	 * Over an answer's word, what it means and asks; else the documentation of the id at the offset,
	 * on a stale answer first what changed under it, then and now.
	 */
	private static String documentationAt(XtextResource resource, int offset) {
		EObjectAtOffsetHelper helper = resource.getResourceServiceProvider().get(EObjectAtOffsetHelper.class);
		EObject target = helper.resolveCrossReferencedElementAt(resource, offset);
		EObject at = helper.resolveContainedElementAt(resource, offset);
		if (target == null) {
			target = helper.resolveElementAt(resource, offset);
		}
		String documentation = target == null ? null
				: resource.getResourceServiceProvider().get(IEObjectDocumentationProvider.class).getDocumentation(target);
		Answer answer = at == null ? null : EcoreUtil2.getContainerOfType(at, Answer.class);
		java.util.Optional<String> word = answer == null ? java.util.Optional.empty() : ScaleWordTexts.at(answer, offset);
		if (word.isPresent()) {
			return word.get();
		}
		List<Change> changes = answer == null ? List.of() : AnswerPins.changes(answer);
		if (changes.isEmpty()) {
			return documentation;
		}
		String stale = StaleDescriptions.plain(changes, TextsByFingerprint.of(resource.getResourceSet()));
		return documentation == null ? stale : stale + "\n\n" + documentation;
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
