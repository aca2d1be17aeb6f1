package org.tekigo.ui.editor;

/**
 * Told, in the UI thread, each time the editor has brought its model to its text: twice a
 * reconcile (see {@link EditorModel.Snapshot#complete()}). The snapshot is a copy, safe to read
 * in the UI thread while the next reconcile runs.
 */
public interface ReconcileListener {
	void reconciled(TekigoEditor editor, EditorModel.Snapshot snapshot);
}
