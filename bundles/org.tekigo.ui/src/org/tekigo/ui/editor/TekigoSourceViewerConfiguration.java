package org.tekigo.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/** Wires Tekigo's services into the platform text editor. */
class TekigoSourceViewerConfiguration extends TextSourceViewerConfiguration {

	/** Validation runs this long after the last keystroke. */

	private final TekigoEditor editor;

	TekigoSourceViewerConfiguration(TekigoEditor editor) {
		this.editor = editor;
	}

	private volatile TekigoReconciler reconciler;

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		DefaultDamagerRepairer repairer = new DefaultDamagerRepairer(new TekigoTokenScanner());
		reconciler.setDamager(repairer, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(repairer, IDocument.DEFAULT_CONTENT_TYPE);
		return reconciler;
	}

	@Override
	public IReconciler getReconciler(ISourceViewer sourceViewer) {
		reconciler = new TekigoReconciler(new TekigoReconcilingStrategy(editor));
		reconciler.setDelay(org.tekigo.ui.preferences.TekigoPreferences.reconcileDelay());
		return reconciler;
	}

	/** Reconciles the whole text (in the reconciler's thread, after its delay); any thread may call it. */
	void reconcileAll() {
		TekigoReconciler current = reconciler;
		if (current != null) {
			current.reconcileAll();
		}
	}

	/** The platform's reconciler, with its "reconcile everything now" open to the editor. */
	private static final class TekigoReconciler extends MonoReconciler {
		TekigoReconciler(TekigoReconcilingStrategy strategy) {
			super(strategy, false);
		}

		void reconcileAll() {
			forceReconciling();
		}
	}

	@Override
	public org.eclipse.jface.text.IAutoEditStrategy[] getAutoEditStrategies(ISourceViewer sourceViewer, String contentType) {
		return new org.eclipse.jface.text.IAutoEditStrategy[] { new TekigoAutoIndent() };
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
		ContentAssistant assistant = new ContentAssistant();
		assistant.setContentAssistProcessor(new TekigoContentAssistProcessor(editor), IDocument.DEFAULT_CONTENT_TYPE);
		assistant.enableAutoActivation(true);
		assistant.setAutoActivationDelay(300);
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(new TekigoQuickAssistProcessor(editor));
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
		return new TekigoTextHover(editor);
	}

	@Override
	public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
		return new IHyperlinkDetector[] { new TekigoHyperlinkDetector(editor) };
	}
}
