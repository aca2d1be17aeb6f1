package org.tekigo.ui.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/** Hovering an item or requirement id shows its text, as the language's documentation gives it. */
class TekigoTextHover implements ITextHover {

	private final TekigoEditor editor;

	TekigoTextHover(TekigoEditor editor) {
		this.editor = editor;
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		return editor.withResource(resource -> documentationAt(resource, region.getOffset()));
	}

	private static String documentationAt(XtextResource resource, int offset) {
		EObjectAtOffsetHelper helper = resource.getResourceServiceProvider().get(EObjectAtOffsetHelper.class);
		EObject target = helper.resolveCrossReferencedElementAt(resource, offset);
		if (target == null) {
			target = helper.resolveElementAt(resource, offset);
		}
		return target == null ? null
				: resource.getResourceServiceProvider().get(IEObjectDocumentationProvider.class).getDocumentation(target);
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
