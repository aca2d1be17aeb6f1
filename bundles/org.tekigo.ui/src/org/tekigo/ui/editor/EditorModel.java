package org.tekigo.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.tekigo.dsl.ide.edit.AnswerEdits.Replacement;
import org.tekigo.dsl.ide.outline.OutlineNode;
import org.tekigo.dsl.ide.outline.OutlineTree;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.reports.DisclosureViews;
import org.tekigo.reports.gap.GapAnalysis;
import org.tekigo.reports.model.DisclosureView;
import org.tekigo.ui.TekigoUiPlugin;
import org.tekigo.ui.answers.AnswerRow;
import org.tekigo.ui.answers.AnswerRows;
import org.tekigo.ui.answers.AnswerVerdicts;
import org.tekigo.ui.builder.ProjectFiles;

import com.google.inject.Injector;

/**
 * The model behind one editor: its text parsed into one resource, which each reconcile updates
 * in place (Xtext's partial reparse of the changed region), in a resource set with the project's
 * other .tekigo files so that references to them resolve as in the builder. The other files are
 * loaded once and reloaded when a resource-change event says they changed, never by walking the
 * project. The resource is only touched under the model's lock; what the views show is copied out
 * of it into an immutable {@link Snapshot} in the reconciler's thread.
 */
public class EditorModel {

	/**
	 * A parsed, linked and validated state of the editor's text, copied out of the model.
	 *
	 * @param issues   what the validator said: the first pass's issues (syntax, links and the
	 *                 checks of single answers), then, once {@code complete}, those of the checks
	 *                 over the whole document
	 * @param local    how many of {@code issues} the first pass found
	 * @param complete false for the first pass of a reconcile, true once the second has run too
	 * @param view     the disclosure as the reports read it; null for a guideline, a catalog, or a
	 *                 disclosure whose catalog is not in the project
	 * @param analysis its gaps, as the gap report and the dashboard show them; null with no view
	 * @param rows     the rows of the Answers page; null with no view
	 * @param review   a review as its reports read it, the rows of the Verdicts page; null for any
	 *                 other document, or a review whose disclosure is not in the project
	 * @param statuses where each answer's word stands and what it means in its catalog's scale, as
	 *                 the language server's semantic tokens give it (empty before the second pass)
	 */
	public record Snapshot(long version, String text, List<Issue> issues, int local, boolean complete,
			List<OutlineNode> outline, DisclosureView view, GapAnalysis analysis, List<AnswerRow> rows,
			org.tekigo.reports.review.ReviewView review, List<StatusWord> statuses) {

		/** A snapshot without the colouring of words (for callers that show rows only). */
		public Snapshot(long version, String text, List<Issue> issues, int local, boolean complete, List<OutlineNode> outline,
				DisclosureView view, GapAnalysis analysis, List<AnswerRow> rows, org.tekigo.reports.review.ReviewView review) {
			this(version, text, issues, local, complete, outline, view, analysis, rows, review, List.of());
		}

		/** The issues of the checks over the whole document (none before the second pass). */
		public List<Issue> wholeDocumentIssues() {
			return issues.subList(local, issues.size());
		}
	}

	private final Injector injector = TekigoUiPlugin.getDefault().injector();
	private final XtextResourceSet resourceSet = TekigoUiPlugin.getDefault().newResourceSet();
	private final ReentrantLock lock = new ReentrantLock();
	private final IFile file;
	/** Other .tekigo files changed, added or removed since they were loaded; null: load them all. */
	private volatile Set<IFile> changedOthers;
	private final IResourceChangeListener othersListener = this::othersChanged;
	private final Runnable othersChangedCallback;
	private XtextResource resource;
	private String parsedText;
	private long version;

	public EditorModel(IFile file) {
		this(file, () -> {
		});
	}

	/**
	 * @param othersChanged called (in the thread of the resource-change event) when another
	 *                      .tekigo file of the project changed, so that the editor reconciles: a
	 *                      review saved beside the disclosure changes its verdict column
	 */
	public EditorModel(IFile file, Runnable othersChanged) {
		this.file = file;
		this.othersChangedCallback = othersChanged;
		if (file != null) {
			ResourcesPlugin.getWorkspace().addResourceChangeListener(othersListener, IResourceChangeEvent.POST_CHANGE);
		}
	}

	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(othersListener);
	}

	public Injector injector() {
		return injector;
	}

	/**
	 * Brings the model to this text and validates it in two passes, handing each snapshot to
	 * {@code publish}: first syntax, links and the checks of single answers, then the checks over
	 * the whole document. Runs off the UI thread (the reconciler's); stops early when cancelled.
	 */
	public void reconcile(String text, CancelIndicator cancel, Consumer<Snapshot> publish) {
		long t0 = System.nanoTime();
		lock.lock();
		try {
			long t1 = System.nanoTime();
			sync(text);
			long t2 = System.nanoTime();
			long current = ++version;
			var validator = resource.getResourceServiceProvider().getResourceValidator();
			List<Issue> issues = new ArrayList<>(validator.validate(resource, CheckMode.FAST_ONLY, cancel));
			if (cancel.isCanceled()) {
				return;
			}
			long t3 = System.nanoTime();
			List<OutlineNode> outline = OutlineTree.of(resource);
			int local = issues.size();
			long t4 = System.nanoTime();
			publish.accept(new Snapshot(current, text, List.copyOf(issues), local, false, outline, null, null, null, null));
			long t5 = System.nanoTime();
			issues.addAll(validator.validate(resource, CheckMode.NORMAL_ONLY, cancel));
			if (cancel.isCanceled()) {
				return;
			}
			long t6 = System.nanoTime();
			DisclosureView view = viewOf(resource);
			List<Issue> all = List.copyOf(issues);
			publish.accept(new Snapshot(current, text, all, local, true, outline, view, view == null ? null : GapAnalysis.of(view),
					view == null ? null : AnswerRows.of(view, answerRegions(resource), all, verdicts(resource)), reviewOf(resource),
					statusWords(resource, cancel)));
			if (TIMINGS) {
				System.err.printf("tekigo editor: lock %d, sync %d, fast checks %d, outline %d, publish %d, whole-document checks %d, view+publish %d ms%n",
						ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t5 - t4), ms(t6 - t5), ms(System.nanoTime() - t6));
			}
		} catch (OperationCanceledError | OperationCanceledException e) {
			// Xtext's validator throws when cancelled (more typing came): the next reconcile runs.
			// Thrown on, it would end the reconciler's thread, and the editor would never validate again.
		} finally {
			lock.unlock();
		}
	}

	/** -Dtekigo.editor.timings=true: each reconcile's phases on stderr (for docs/performance.md). */
	private static final boolean TIMINGS = Boolean.getBoolean("tekigo.editor.timings");

	private static long ms(long nanos) {
		return nanos / 1_000_000;
	}

	/** A complete snapshot of this text, now: for a caller that cannot wait for the reconciler. */
	public Snapshot snapshotOf(String text) {
		Snapshot[] last = new Snapshot[1];
		reconcile(text, CancelIndicator.NullImpl, snapshot -> last[0] = snapshot);
		return last[0];
	}

	/**
	 * Runs a computation on the resource holding this text, under the model's lock, so that the
	 * reconciler does not change it meanwhile. The resource is brought to the text first, which
	 * costs nothing when the last reconcile saw the same text.
	 */
	public <T> T withResource(String text, Function<XtextResource, T> computation) {
		lock.lock();
		try {
			sync(text);
			return computation.apply(resource);
		} finally {
			lock.unlock();
		}
	}

	/**
	 * Runs an edit of the model (the Answers page's) on the resource of this text, under the lock,
	 * and brings the resource to the text the edit's replacements make, so that the next reconcile
	 * of the document (once the caller applied them) only validates. Returns the replacements, in
	 * the order to apply them (from the end of the text backwards).
	 */
	public List<Replacement> edit(String text, Function<XtextResource, List<Replacement>> change) {
		lock.lock();
		try {
			sync(text);
			List<Replacement> replacements = change.apply(resource);
			if (replacements.isEmpty()) {
				return replacements;
			}
			String updated = text;
			for (Replacement replacement : replacements) {
				updated = replacement.applyTo(updated);
			}
			Replacement only = replacements.get(0);
			if (replacements.size() == 1 && only.length() > 0 && !only.text().isEmpty()) {
				// One answer rewritten in place: reparse its region.
				resource.update(only.offset(), only.length(), only.text());
			} else {
				// Answers added, removed, or many changed: the model's lists changed too; parse it all.
				resource.reparse(updated);
			}
			parsedText = updated;
			return replacements;
		} catch (IOException e) {
			throw new IllegalStateException("parsing from memory cannot fail", e);
		} finally {
			lock.unlock();
		}
	}

	/** What the project's reviews say of each answer of the disclosure, by answer id. */
	private Map<String, String> verdicts(XtextResource resource) {
		return resource.getContents().get(0) instanceof Disclosure disclosure ? AnswerVerdicts.of(resourceSet, disclosure) : Map.of();
	}

	/** Where each answer's text is, by answer id. */
	private static Map<String, TextRegion> answerRegions(XtextResource resource) {
		Map<String, TextRegion> regions = new HashMap<>();
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Disclosure disclosure) {
			for (Answer answer : disclosure.getAnswers()) {
				ICompositeNode node = NodeModelUtils.getNode(answer);
				if (node != null && answer.getItem() != null && !answer.getItem().eIsProxy()) {
					regions.putIfAbsent(DisclosureViews.answerId(answer), new TextRegion(node.getOffset(), node.getLength()));
				}
			}
		}
		return regions;
	}

	/** The resource as the last reconcile left it, under the lock; null before the first. */
	public <T> T withCurrentResource(Function<XtextResource, T> computation) {
		lock.lock();
		try {
			return resource == null ? null : computation.apply(resource);
		} finally {
			lock.unlock();
		}
	}

	// ---- keeping the resource in step with the text ------------------------------------------

	private void sync(String text) {
		boolean othersReloaded = refreshOthers();
		if (resource == null) {
			load(text);
			return;
		}
		if (!text.equals(parsedText)) {
			update(text);
		}
		if (othersReloaded) {
			// References into a reloaded file point at its old objects: link them again.
			resource.relink();
		}
	}

	private void load(String text) {
		URI uri = file != null ? ProjectFiles.uri(file) : URI.createURI("memory:/editor.tekigo");
		resource = (XtextResource) resourceSet.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new IllegalStateException("loading from memory cannot fail", e);
		}
		parsedText = text;
	}

	/** Reparses only what changed: the text between the common start and the common end. */
	private void update(String text) {
		Replacement changed = Replacement.between(parsedText, text);
		resource.update(changed.offset(), changed.length(), changed.text());
		parsedText = text;
	}

	/** Loads, reloads or drops the other files that changed; true when any did. */
	private boolean refreshOthers() {
		if (file == null || file.getProject() == null || !file.getProject().isAccessible()) {
			return false;
		}
		Set<IFile> changed = changedOthers;
		if (changed != null && changed.isEmpty()) {
			return false;
		}
		// A new set before reading the old one: an event arriving meanwhile lands in the new set,
		// to be seen by the next reconcile.
		changedOthers = ConcurrentHashMap.newKeySet();
		try {
			List<IFile> others = changed == null ? ProjectFiles.in(file.getProject()) : List.copyOf(changed);
			for (IFile other : others) {
				if (other.equals(file)) {
					continue;
				}
				if (other.exists()) {
					ProjectFiles.load(resourceSet, other);
				} else {
					Resource gone = resourceSet.getResource(ProjectFiles.uri(other), false);
					if (gone != null) {
						gone.unload();
						resourceSet.getResources().remove(gone);
					}
				}
			}
		} catch (CoreException | IOException e) {
			TekigoUiPlugin.log("Cannot load the project's Tekigo files", e);
		}
		return true;
	}

	/** Notes which other .tekigo files of the editor's project changed; the next reconcile reloads them. */
	private void othersChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta();
		Set<IFile> changed = changedOthers;
		if (delta == null || changed == null || file.getProject() == null) {
			return;
		}
		IResourceDelta project = delta.findMember(file.getProject().getFullPath());
		if (project == null) {
			return;
		}
		try {
			project.accept(child -> {
				if (child.getResource() instanceof IFile other && ProjectFiles.EXTENSION.equals(other.getFileExtension())
						&& !other.equals(file) && (child.getKind() != IResourceDelta.CHANGED
								|| (child.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)) {
					changed.add(other);
				}
				return child.getResource().getType() != IResource.FILE;
			});
		} catch (CoreException e) {
			changedOthers = null; // when in doubt, load them all again
		}
		if (changedOthers == null || !changedOthers.isEmpty()) {
			othersChangedCallback.run();
		}
	}

	/** An answer's word in the text and what it means: a status to colour. */
	public record StatusWord(int offset, int length, org.tekigo.dsl.tekigo.Meaning meaning) {
	}

	/** The answers' words by meaning, from the semantic highlighting the language server sends as tokens. */
	private List<StatusWord> statusWords(XtextResource resource, CancelIndicator cancel) {
		List<StatusWord> words = new ArrayList<>();
		injector.getInstance(org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator.class)
				.provideHighlightingFor(resource, (offset, length, ids) -> {
					for (org.tekigo.dsl.tekigo.Meaning meaning : org.tekigo.dsl.tekigo.Meaning.values()) {
						if (ids.length > 0 && org.tekigo.dsl.ide.highlighting.TekigoSemanticHighlighting.statusType(meaning).equals(ids[0])) {
							words.add(new StatusWord(offset, length, meaning));
						}
					}
				}, cancel);
		return List.copyOf(words);
	}

	private static org.tekigo.reports.review.ReviewView reviewOf(XtextResource resource) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof org.tekigo.dsl.tekigo.Review review)) {
			return null;
		}
		try {
			return org.tekigo.reports.ReviewViews.of(review);
		} catch (IllegalArgumentException disclosureNotInProject) {
			return null;
		}
	}

	private static DisclosureView viewOf(XtextResource resource) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Disclosure disclosure)) {
			return null;
		}
		try {
			return DisclosureViews.of(disclosure);
		} catch (IllegalArgumentException catalogNotInProject) {
			return null;
		}
	}
}
