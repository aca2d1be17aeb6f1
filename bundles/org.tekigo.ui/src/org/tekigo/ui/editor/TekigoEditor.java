package org.tekigo.ui.editor;

import org.tekigo.ui.nls.UiMessages;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.resource.XtextResource;
import org.tekigo.ui.TekigoUiPlugin;
import org.tekigo.ui.builder.TekigoNature;
import org.tekigo.ui.outline.TekigoOutlinePage;

/**
 * The Tekigo editor: the platform's text editor with Tekigo's highlighting, validation while
 * typing, content assist, quick fixes, hovers, hyperlinks and outline, all driven in process
 * by the language's IDE services.
 */
public class TekigoEditor extends TextEditor {

	/** The key bindings of the Source page (Ctrl+/, Ctrl+Shift+F, F3), beside the text editor's. */
	public static final String CONTEXT = "org.tekigo.ui.editorScope";
	private static final String MATCHING_BRACKETS = "org.tekigo.ui.matchingBrackets";
	private static final String MATCHING_BRACKETS_COLOR = "org.tekigo.ui.matchingBracketsColor";

	private final List<ReconcileListener> listeners = new CopyOnWriteArrayList<>();
	private EditorModel model;
	private volatile EditorModel.Snapshot snapshot;
	private TekigoOutlinePage outline;
	private java.util.function.BiPredicate<Integer, Integer> revealHandler;
	private org.eclipse.jface.text.source.projection.ProjectionSupport projectionSupport;
	private TekigoFolding folding;
	private TekigoOccurrences occurrences;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		super.init(site, input);
		IFile file = getFile();
		model = new EditorModel(file, this::reconcileAll);
		addNatureSoProblemsShow(file);
	}

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setSourceViewerConfiguration(new TekigoSourceViewerConfiguration(this));
		org.eclipse.jface.preference.IPreferenceStore ours = TekigoUiPlugin.getDefault().getPreferenceStore();
		ours.setDefault(MATCHING_BRACKETS, true);
		ours.setDefault(MATCHING_BRACKETS_COLOR, "128,128,128");
		// Line numbers shown, as a compliance engineer cites a file by path:line.
		ours.setDefault(org.eclipse.ui.texteditor.AbstractDecoratedTextEditorPreferenceConstants.EDITOR_LINE_NUMBER_RULER, true);
		setPreferenceStore(new org.eclipse.ui.texteditor.ChainedPreferenceStore(
				new org.eclipse.jface.preference.IPreferenceStore[] { ours, org.eclipse.ui.editors.text.EditorsUI.getPreferenceStore() }));
	}

	@Override
	protected org.eclipse.jface.text.source.ISourceViewer createSourceViewer(org.eclipse.swt.widgets.Composite parent,
			org.eclipse.jface.text.source.IVerticalRuler ruler, int styles) {
		org.eclipse.jface.text.source.projection.ProjectionViewer viewer = new org.eclipse.jface.text.source.projection.ProjectionViewer(
				parent, ruler, getOverviewRuler(), isOverviewRulerVisible(), styles);
		getSourceViewerDecorationSupport(viewer);
		return viewer;
	}

	@Override
	public void createPartControl(org.eclipse.swt.widgets.Composite parent) {
		super.createPartControl(parent);
		org.eclipse.jface.text.source.projection.ProjectionViewer viewer = (org.eclipse.jface.text.source.projection.ProjectionViewer) getSourceViewer();
		projectionSupport = new org.eclipse.jface.text.source.projection.ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
		projectionSupport.install();
		viewer.doOperation(org.eclipse.jface.text.source.projection.ProjectionViewer.TOGGLE);
		folding = new TekigoFolding(viewer.getProjectionAnnotationModel());
		addReconcileListener(folding);
		occurrences = new TekigoOccurrences(this);
		occurrences.install();
		StatusColouring colouring = new StatusColouring(viewer);
		viewer.addTextPresentationListener(colouring);
		addReconcileListener(colouring);
	}

	/** Whether the line number ruler is shown (it is by default). */
	public boolean lineNumbersShown() {
		return isLineNumberRulerVisible();
	}

	/** The folding regions by the outline path of their element ("category:1/group:1.1…"). */
	public java.util.Map<String, org.eclipse.jface.text.source.projection.ProjectionAnnotation> foldingRegions() {
		return folding == null ? java.util.Map.of() : folding.regions();
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CONTEXT });
	}

	@Override
	protected void configureSourceViewerDecorationSupport(org.eclipse.ui.texteditor.SourceViewerDecorationSupport support) {
		support.setCharacterPairMatcher(new org.eclipse.jface.text.source.DefaultCharacterPairMatcher(new char[] { '{', '}', '[', ']' }));
		support.setMatchingCharacterPainterPreferenceKeys(MATCHING_BRACKETS, MATCHING_BRACKETS_COLOR);
		super.configureSourceViewerDecorationSupport(support);
	}

	@Override
	protected void createActions() {
		super.createActions();
		command(EditorCommands.TOGGLE_COMMENT, UiMessages.Editor_toggleComment, () -> EditorCommands.toggleComment(this));
		command(EditorCommands.FORMAT, UiMessages.Editor_format, () -> EditorCommands.format(this));
		command(EditorCommands.OPEN_DECLARATION, UiMessages.Editor_openDeclaration, () -> EditorCommands.openDeclaration(this));
		command(EditorCommands.FIND_REFERENCES, UiMessages.Editor_findReferences, () -> EditorCommands.findReferences(this));
		command(EditorCommands.RENAME, UiMessages.Editor_rename, () -> EditorCommands.rename(this));
		command(EditorCommands.QUICK_OUTLINE, UiMessages.Editor_quickOutline, () -> EditorCommands.quickOutline(this));
	}

	/** The Source page's context menu: the Tekigo commands with their keys, where users look for them. */
	@Override
	protected void editorContextMenuAboutToShow(org.eclipse.jface.action.IMenuManager menu) {
		super.editorContextMenuAboutToShow(menu);
		String navigate = org.eclipse.ui.texteditor.ITextEditorActionConstants.GROUP_OPEN;
		addAction(menu, navigate, EditorCommands.OPEN_DECLARATION);
		addAction(menu, navigate, EditorCommands.FIND_REFERENCES);
		addAction(menu, navigate, EditorCommands.QUICK_OUTLINE);
		String edit = org.eclipse.ui.texteditor.ITextEditorActionConstants.GROUP_EDIT;
		addAction(menu, edit, EditorCommands.RENAME);
		addAction(menu, edit, EditorCommands.FORMAT);
		addAction(menu, edit, EditorCommands.TOGGLE_COMMENT);
	}

	/** Find References at the caret, as Ctrl+Shift+G runs it; the query that fills the Search view. */
	public org.tekigo.ui.navigation.ReferencesQuery findReferences() {
		return EditorCommands.findReferences(this);
	}

	/** Quick Outline, as Ctrl+O opens it. */
	public org.tekigo.ui.navigation.QuickOutline quickOutline() {
		return EditorCommands.quickOutline(this);
	}

	/** Marks the occurrences of the id at this offset now (the caret's resting does it by itself). */
	public void markOccurrencesAt(int offset) {
		occurrences.update(offset);
	}

	/** The regions marked as occurrences now. */
	public java.util.List<org.eclipse.jface.text.Position> markedOccurrences() {
		return occurrences.marked();
	}

	private void command(String id, String label, Runnable run) {
		org.eclipse.jface.action.Action action = new org.eclipse.jface.action.Action(label) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setActionDefinitionId(id);
		setAction(id, action);
	}

	/**
	 * Lets the page that holds this editor handle a reveal (the outline's, the dashboard's): the
	 * Answers page selects the row instead, while it is shown. The handler returns true when it did.
	 */
	public void setRevealHandler(java.util.function.BiPredicate<Integer, Integer> handler) {
		this.revealHandler = handler;
	}

	@Override
	public void selectAndReveal(int start, int length) {
		if (revealHandler == null || !revealHandler.test(start, length)) {
			super.selectAndReveal(start, length);
		}
	}

	public IFile getFile() {
		return getEditorInput() == null ? null : getEditorInput().getAdapter(IFile.class);
	}

	/** Reconciles the whole text again, though it did not change: another file it depends on did. */
	private void reconcileAll() {
		if (getSourceViewerConfiguration() instanceof TekigoSourceViewerConfiguration configuration) {
			configuration.reconcileAll();
		}
	}

	EditorModel model() {
		return model;
	}

	IAnnotationModel annotationModel() {
		return getDocumentProvider() == null ? null : getDocumentProvider().getAnnotationModel(getEditorInput());
	}

	/** The latest parsed, linked and validated state of the text; null before the first reconcile. */
	public EditorModel.Snapshot snapshot() {
		return snapshot;
	}

	/**
	 * A complete snapshot of the text as it is now: the latest one when it is complete and of this
	 * very text, else one made now (for Ctrl+1, which must see every issue).
	 */
	public EditorModel.Snapshot completeSnapshot() {
		String text = document().get();
		EditorModel.Snapshot current = snapshot;
		return current != null && current.complete() && current.text().equals(text) ? current : model.snapshotOf(text);
	}

	/** Runs a computation on the model's resource brought to the document's text, under the model's lock. */
	public <T> T withResource(java.util.function.Function<XtextResource, T> computation) {
		return model.withResource(document().get(), computation);
	}

	public void addReconcileListener(ReconcileListener listener) {
		listeners.add(listener);
	}

	public void removeReconcileListener(ReconcileListener listener) {
		listeners.remove(listener);
	}

	/** In the UI thread, after each pass of a reconcile. */
	void reconciled(EditorModel.Snapshot newSnapshot) {
		EditorModel.Snapshot current = snapshot;
		if (current != null && (current.version() > newSnapshot.version()
				|| current.version() == newSnapshot.version() && current.complete() && !newSnapshot.complete())) {
			return; // a snapshot made for Ctrl+1 in the meantime is newer
		}
		snapshot = newSnapshot;
		for (ReconcileListener listener : listeners) {
			long start = System.nanoTime();
			listener.reconciled(this, newSnapshot);
			if (Boolean.getBoolean("tekigo.editor.timings")) {
				System.err.printf("tekigo editor: %s took %d ms in the UI thread%n", listener.getClass().getName(),
						(System.nanoTime() - start) / 1_000_000);
			}
		}
	}

	@Override
	public void dispose() {
		if (occurrences != null) {
			occurrences.uninstall();
		}
		if (model != null) {
			model.dispose();
		}
		super.dispose();
	}

	public IDocument document() {
		return getDocumentProvider().getDocument(getEditorInput());
	}

	/** The quick fixes Ctrl+1 offers at this offset. */
	public ICompletionProposal[] quickFixesAt(int offset) {
		return new TekigoQuickAssistProcessor(this).proposalsAt(document(), offset);
	}

	/** The proposals content assist offers at this offset. */
	public ICompletionProposal[] completionsAt(int offset) {
		return new TekigoContentAssistProcessor(this).proposalsAt(document(), offset);
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (projectionSupport != null) {
			// The folding model, for the folding commands and tests.
			T projection = projectionSupport.getAdapter(getSourceViewer(), type);
			if (projection != null) {
				return projection;
			}
		}
		if (IContentOutlinePage.class.equals(type)) {
			if (outline == null) {
				outline = new TekigoOutlinePage(this);
			}
			return type.cast(outline);
		}
		return super.getAdapter(type);
	}

	/** A file opened in a project without the Tekigo nature still gets its problems in the Problems view. */
	private static void addNatureSoProblemsShow(IFile file) {
		if (file == null || file.getProject() == null || !file.getProject().isAccessible()) {
			return;
		}
		org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create(UiMessages.Editor_enableValidation, monitor -> {
			try {
				TekigoNature.addTo(file.getProject(), monitor == null ? new NullProgressMonitor() : monitor);
			} catch (CoreException e) {
				TekigoUiPlugin.log("Cannot add the Tekigo nature to " + file.getProject().getName(), e);
			}
		});
		// Changing a project's description may start a build: it needs the workspace root.
		job.setRule(file.getWorkspace().getRoot());
		job.setSystem(true);
		job.schedule();
	}
}
