package org.tekigo.ui.editor;

import org.eclipse.xtext.resource.XtextResource;

/** Told, in the UI thread, each time the editor has parsed, linked and validated its text. */
public interface ReconcileListener {
	void reconciled(TekigoEditor editor, XtextResource resource);
}
