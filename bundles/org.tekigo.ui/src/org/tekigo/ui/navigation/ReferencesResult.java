package org.tekigo.ui.navigation;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.IEditorMatchAdapter;
import org.eclipse.search.ui.text.IFileMatchAdapter;
import org.eclipse.search.ui.text.Match;
import org.eclipse.ui.IEditorPart;
import org.tekigo.ui.nls.UiMessages;

/**
 * The citations Find References found: one match per citation, grouped by its line. The Search
 * view marks them in open editors through the match adapters.
 */
public class ReferencesResult extends AbstractTextSearchResult implements IEditorMatchAdapter, IFileMatchAdapter {

	private final ReferencesQuery query;

	ReferencesResult(ReferencesQuery query) {
		this.query = query;
	}

	@Override
	public String getLabel() {
		return UiMessages.bind(UiMessages.References_label, query.targetLabel(), getMatchCount());
	}

	@Override
	public String getTooltip() {
		return getLabel();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public ISearchQuery getQuery() {
		return query;
	}

	@Override
	public IEditorMatchAdapter getEditorMatchAdapter() {
		return this;
	}

	@Override
	public IFileMatchAdapter getFileMatchAdapter() {
		return this;
	}

	@Override
	public boolean isShownInEditor(Match match, IEditorPart editor) {
		return match.getElement() instanceof ReferenceLine line && line.file().equals(editor.getEditorInput().getAdapter(IFile.class));
	}

	@Override
	public Match[] computeContainedMatches(AbstractTextSearchResult result, IEditorPart editor) {
		IFile file = editor.getEditorInput().getAdapter(IFile.class);
		return file == null ? new Match[0] : computeContainedMatches(result, file);
	}

	@Override
	public Match[] computeContainedMatches(AbstractTextSearchResult result, IFile file) {
		return Arrays.stream(result.getElements()).filter(e -> e instanceof ReferenceLine line && line.file().equals(file))
				.flatMap(e -> Arrays.stream(result.getMatches(e))).toArray(Match[]::new);
	}

	@Override
	public IFile getFile(Object element) {
		return element instanceof ReferenceLine line ? line.file() : null;
	}
}
