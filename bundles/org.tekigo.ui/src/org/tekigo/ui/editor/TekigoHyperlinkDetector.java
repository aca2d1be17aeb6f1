package org.tekigo.ui.editor;

import org.tekigo.ui.nls.UiMessages;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

/** Ctrl+click on an id opens where it is declared, in this file or another of the project. */
class TekigoHyperlinkDetector implements IHyperlinkDetector {

	private final TekigoEditor editor;

	TekigoHyperlinkDetector(TekigoEditor editor) {
		this.editor = editor;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean multiple) {
		Link link = editor.withResource(resource -> linkAt(resource, region.getOffset()));
		return link == null ? null : new IHyperlink[] { link };
	}

	/** The declaration the id at the offset names, read under the model's lock. */
	static Link linkAt(XtextResource resource, int offset) {
		EObjectAtOffsetHelper helper = resource.getResourceServiceProvider().get(EObjectAtOffsetHelper.class);
		INode reference = helper.getCrossReferenceNode(resource, new org.eclipse.xtext.util.TextRegion(offset, 0));
		EObject target = helper.resolveCrossReferencedElementAt(resource, offset);
		if (reference == null || target == null || target.eResource() == null) {
			return null;
		}
		String path = target.eResource().getURI().toPlatformString(true);
		// The declaration's id, as Xtext's editors select it, not the whole declaration.
		ITextRegion name = resource.getResourceServiceProvider().get(ILocationInFileProvider.class).getSignificantTextRegion(target);
		if (path == null || name == null || name.getOffset() < 0) {
			return null;
		}
		return new Link(new Region(reference.getOffset(), reference.getLength()), path, name.getOffset(), name.getLength());
	}

	/** A link to the declaration at {@code offset} of the workspace file {@code path}. */
	record Link(IRegion region, String path, int offset, int length) implements IHyperlink {
		@Override
		public IRegion getHyperlinkRegion() {
			return region;
		}

		@Override
		public String getTypeLabel() {
			return null;
		}

		@Override
		public String getHyperlinkText() {
			return UiMessages.Editor_openDeclarationLink;
		}

		@Override
		public void open() {
			org.tekigo.ui.navigation.Reveal.open(ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(path)), offset, length, true);
		}
	}
}
