package org.tekigo.ui.editor;

import org.tekigo.ui.nls.UiMessages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.tekigo.dsl.ide.edit.AnswerEdits.Replacement;
import org.tekigo.dsl.ide.quickfix.IssueFixes;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Statement;
import org.tekigo.ui.TekigoUiPlugin;
import org.tekigo.ui.answers.AnswersPage;

/**
 * The editor of a .tekigo file: for a disclosure, two pages over one document, Answers (the
 * table) and Source (the text editor); for a guideline or a catalog only the text. Both pages
 * share the document, so the dirty flag, save and undo are one; the table's edits go through the
 * model to the document as replacements of the changed answers.
 */
public class DisclosureEditor extends MultiPageEditorPart implements AnswersPage.Host {

	public static final String ID = "org.tekigo.ui.editor";

	private TekigoEditor source;
	private AnswersPage answers;
	private int answersPage = -1;
	private int sourcePage;
	/** A snapshot the Answers page has not shown yet: it is only brought up to date while visible. */
	private EditorModel.Snapshot unshown;
	private org.tekigo.ui.verdicts.VerdictsPage verdicts;
	private final ReconcileListener verdictsListener = (editor, snapshot) -> {
		if (verdicts != null && snapshot.complete()) {
			verdicts.show(snapshot);
		}
	};
	private final ReconcileListener listener = (editor, snapshot) -> {
		if (answers != null && snapshot.complete()) {
			if (getActivePage() == answersPage) {
				answers.show(snapshot, snapshot.rows());
				unshown = null;
			} else {
				unshown = snapshot; // typing in the Source page does not pay for the table
			}
		}
	};

	@Override
	protected void pageChange(int newPageIndex) {
		super.pageChange(newPageIndex);
		if (newPageIndex == answersPage && answers != null && unshown != null) {
			answers.show(unshown, unshown.rows());
			unshown = null;
		}
	}

	@Override
	protected void createPages() {
		source = new TekigoEditor();
		try {
			sourcePage = addPage(source, getEditorInput());
		} catch (PartInitException e) {
			TekigoUiPlugin.log("Cannot open the text of " + getEditorInput().getName(), e);
			return;
		}
		setPageText(sourcePage, UiMessages.Editor_sourcePage);
		setPartName(getEditorInput().getName());
		source.setRevealHandler((offset, length) -> {
			if (answers != null && getActivePage() == answersPage) {
				answers.selectAt(offset);
				return true;
			}
			return false;
		});
		if (isDisclosure(source.document().get())) {
			answers = new AnswersPage(this);
			answersPage = 0;
			addPage(answersPage, answers.create(getContainer()));
			sourcePage = 1;
			setPageText(answersPage, UiMessages.Editor_answersPage);
			source.addReconcileListener(listener);
			EditorModel.Snapshot snapshot = source.snapshot();
			if (snapshot != null && snapshot.complete()) {
				answers.show(snapshot, snapshot.rows());
			}
			setActivePage(answersPage);
		} else if (isReview(source.document().get())) {
			verdicts = new org.tekigo.ui.verdicts.VerdictsPage(this);
			addPage(0, verdicts.create(getContainer()));
			sourcePage = 1;
			setPageText(0, UiMessages.Editor_verdictsPage);
			source.addReconcileListener(verdictsListener);
			EditorModel.Snapshot snapshot = source.snapshot();
			if (snapshot != null && snapshot.complete()) {
				verdicts.show(snapshot);
			}
			setActivePage(0);
		}
	}

	/** A review's text starts, after comments, with the keyword: it opens on its Verdicts page. */
	static boolean isReview(String text) {
		return "review".equals(firstKeyword(text));
	}

	/** The keyword a document starts with after its comments: disclosure, catalog, guideline, review. */
	static String firstKeyword(String text) {
		String body = text.replaceAll("(?s)/\\*.*?\\*/|//[^\\n]*", "").stripLeading();
		int end = 0;
		while (end < body.length() && Character.isLetter(body.charAt(end))) {
			end++;
		}
		return body.substring(0, end);
	}

	/** The Verdicts page of a review; null for any other document. */
	public org.tekigo.ui.verdicts.VerdictsPage verdictsPage() {
		return verdicts;
	}

	/** A disclosure's text starts, after comments, with the keyword. */
	static boolean isDisclosure(String text) {
		return "disclosure".equals(firstKeyword(text));
	}

	/** Computes on the disclosure as the last reconcile left it; null when the file holds no disclosure (yet). */
	public <T> T withDisclosure(Function<org.tekigo.dsl.tekigo.Disclosure, T> computation) {
		return sourceEditor().model().withCurrentResource(resource -> !resource.getContents().isEmpty()
				&& resource.getContents().get(0) instanceof org.tekigo.dsl.tekigo.Disclosure disclosure ? computation.apply(disclosure) : null);
	}

	public TekigoEditor sourceEditor() {
		return source;
	}

	public AnswersPage answersPage() {
		return answers;
	}

	public boolean showsAnswers() {
		return answers != null && getActivePage() == answersPage;
	}

	public void showAnswers() {
		if (answers != null) {
			setActivePage(answersPage);
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		source.doSave(monitor);
	}

	@Override
	public void doSaveAs() {
		source.doSaveAs();
		setInput(source.getEditorInput());
		setPartName(source.getEditorInput().getName());
	}

	@Override
	public boolean isSaveAsAllowed() {
		return true;
	}

	@Override
	protected void setInput(IEditorInput input) {
		super.setInput(input);
		setPartName(input.getName());
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (source != null && (type == TekigoEditor.class || type == ITextEditor.class)) {
			return type.cast(source);
		}
		if (source != null && type == IContentOutlinePage.class) {
			return source.getAdapter(type);
		}
		return super.getAdapter(type);
	}

	@Override
	public void dispose() {
		if (source != null) {
			source.removeReconcileListener(listener);
			source.removeReconcileListener(verdictsListener);
		}
		super.dispose();
	}

	// ---- what the Answers page asks of its editor ----------------------------------------------

	@Override
	public void change(Function<XtextResource, List<Replacement>> edit) {
		IDocument document = source.document();
		List<Replacement> replacements = source.model().edit(document.get(), edit);
		if (replacements.isEmpty()) {
			return;
		}
		IRewriteTarget target = source.getAdapter(IRewriteTarget.class);
		if (target != null) {
			target.beginCompoundChange(); // one undo step for a bulk edit
		}
		try {
			for (Replacement replacement : replacements) {
				document.replace(replacement.offset(), replacement.length(), replacement.text());
			}
		} catch (BadLocationException e) {
			TekigoUiPlugin.log("Cannot write the table's edit to the text", e);
		} finally {
			if (target != null) {
				target.endCompoundChange();
			}
		}
	}

	@Override
	public List<IssueFixes.Fix> fixes(List<Issue> issues) {
		String text = source.document().get();
		IssueFixes fixes = source.model().injector().getInstance(IssueFixes.class);
		return source.model().withResource(text, resource -> {
			List<IssueFixes.Fix> all = new ArrayList<>();
			issues.forEach(issue -> all.addAll(fixes.fixes(resource, text, issue)));
			return all;
		});
	}

	@Override
	public void applyFix(IssueFixes.Fix fix) {
		new TekigoQuickAssistProcessor.FixProposal(fix).apply(source.document());
	}

	@Override
	public void showSource(int offset, int length) {
		setActivePage(sourcePage);
		source.selectAndReveal(offset, length);
	}

	@Override
	public Map<String, String> statements() {
		Map<String, String> statements = source.model().withCurrentResource(resource -> {
			Map<String, String> found = new LinkedHashMap<>();
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Disclosure disclosure) {
				for (Statement statement : disclosure.getStatements()) {
					found.put(statement.getName(), statement.getText() == null ? "" : statement.getText());
				}
			}
			return found;
		});
		return statements == null ? Map.of() : statements;
	}
}
