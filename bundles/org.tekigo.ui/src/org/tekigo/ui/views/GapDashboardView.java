package org.tekigo.ui.views;

import org.tekigo.ui.nls.UiMessages;
import static org.eclipse.osgi.util.NLS.bind;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.tekigo.ui.editor.ReconcileListener;
import org.tekigo.ui.editor.TekigoEditor;
import org.tekigo.reports.gap.Gap;
import org.tekigo.reports.gap.GapAnalysis;

/**
 * The gaps of the disclosure in the active Tekigo editor: counts by category, and every 不適合
 * answer with its requirement class and remediation. Follows the active editor and its edits.
 */
public class GapDashboardView extends ViewPart {

	public static final String ID = "org.tekigo.ui.gapDashboard";

	static final String NO_DISCLOSURE = UiMessages.Dashboard_noDisclosure;

	private final StackLayout stack = new StackLayout();
	private Composite pages;
	private Label message;
	private SashForm tables;
	private CountsTable counts;
	private GapsTable gaps;

	private TekigoEditor followed;
	private IWorkbenchPart followedPart;
	private GapAnalysis shown;
	private final ReconcileListener reconciled = (editor, snapshot) -> {
		// Most keystrokes change no gap: redraw the tables only when the analysis changed.
		if (snapshot.complete() && !java.util.Objects.equals(snapshot.analysis(), shown)) {
			show(snapshot.analysis());
		}
	};
	private final IPartListener2 activation = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			// Activating a view (this one included) keeps the editor; another kind of editor does not.
			IWorkbenchPart part = reference.getPart(false);
			if (part instanceof IEditorPart) {
				follow(part.getAdapter(TekigoEditor.class), part);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == followedPart) {
				follow(null, null);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		pages = new Composite(parent, SWT.NONE);
		pages.setLayout(stack);
		message = new Label(pages, SWT.WRAP);
		message.setText(NO_DISCLOSURE);
		tables = new SashForm(pages, SWT.VERTICAL);
		counts = new CountsTable(tables);
		gaps = new GapsTable(tables, this::reveal);
		tables.setWeights(1, 2);
		getSite().getPage().addPartListener(activation);
		IEditorPart active = getSite().getPage().getActiveEditor();
		follow(active == null ? null : active.getAdapter(TekigoEditor.class), active);
		if (stack.topControl == null) {
			show(null);
		}
	}

	/** Follows the Tekigo editor held by an editor part (the part is what the page activates). */
	private void follow(TekigoEditor editor, IWorkbenchPart part) {
		followedPart = editor == null ? null : part;
		if (editor == followed) {
			return;
		}
		if (followed != null) {
			followed.removeReconcileListener(reconciled);
		}
		followed = editor;
		if (editor != null) {
			editor.addReconcileListener(reconciled);
		}
		show(editor == null || editor.snapshot() == null ? null : editor.snapshot().analysis());
	}

	/** Shows the gaps of the last complete reconcile (the same analysis as the gap report's); null: none. */
	private void show(GapAnalysis analysis) {
		if (pages == null || pages.isDisposed()) {
			return;
		}
		shown = analysis;
		if (analysis != null) {
			counts.show(analysis);
			gaps.show(analysis);
			setContentDescription(bind(UiMessages.Dashboard_summary, new Object[] { analysis.vendor(), analysis.gaps().size(),
					analysis.summary().minimumGaps(), String.join("/", analysis.weights().minimum()) }));
			stack.topControl = tables;
		} else {
			setContentDescription("");
			stack.topControl = message;
		}
		pages.layout();
	}

	private void reveal(Gap gap) {
		if (followed == null || gap.answer().line() < 1) {
			return;
		}
		getSite().getPage().activate(followedPart != null ? followedPart : followed);
		// The line is that of the last reconcile; text typed since may have shortened the file.
		IDocument document = followed.getDocumentProvider().getDocument(followed.getEditorInput());
		try {
			if (document != null && gap.answer().line() <= document.getNumberOfLines()) {
				IRegion line = document.getLineInformation(gap.answer().line() - 1);
				followed.selectAndReveal(line.getOffset(), line.getLength());
			}
		} catch (BadLocationException e) {
			// the text changed under the dashboard; the next reconcile refreshes it
		}
	}

	@Override
	public void setFocus() {
		pages.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(activation);
		if (followed != null) {
			followed.removeReconcileListener(reconciled);
			followed = null;
		}
		super.dispose();
	}
}
