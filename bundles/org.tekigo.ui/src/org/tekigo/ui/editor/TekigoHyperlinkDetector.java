package org.tekigo.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.tekigo.ui.TekigoUiPlugin;

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
		ICompositeNode node = NodeModelUtils.getNode(target);
		if (path == null || node == null) {
			return null;
		}
		return new Link(new Region(reference.getOffset(), reference.getLength()), path, node.getOffset(), node.getLength());
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
			return "Open declaration";
		}

		@Override
		public void open() {
			IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(path));
			try {
				IEditorPart part = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
				if (part instanceof ITextEditor textEditor) {
					textEditor.selectAndReveal(offset, length);
				}
			} catch (PartInitException e) {
				TekigoUiPlugin.log("Cannot open " + path, e);
			}
		}
	}
}
