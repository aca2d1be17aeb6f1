package org.tekigo.ui.navigation;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IRegion;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.ISearchResult;
import org.eclipse.search.ui.text.Match;
import org.eclipse.xtext.resource.XtextResource;
import org.tekigo.dsl.ide.navigation.IdAtOffset;
import org.tekigo.dsl.ide.navigation.WorkspaceReferences;
import org.tekigo.dsl.ide.navigation.WorkspaceReferences.Reference;
import org.tekigo.ui.TekigoUiPlugin;
import org.tekigo.ui.nls.UiMessages;

/**
 * Find References (Ctrl+Shift+G): every answer, verdict and item of the project that cites the
 * item, requirement, statement or other element whose id is at the caret, as the language
 * server's references finds them, listed in the Search view.
 */
public class ReferencesQuery implements ISearchQuery {

	private final IFile file;
	private final int offset;
	private final ReferencesResult result = new ReferencesResult(this);
	private String targetLabel = "";

	public ReferencesQuery(IFile file, int offset) {
		this.file = file;
		this.offset = offset;
	}

	@Override
	public IStatus run(IProgressMonitor monitor) throws OperationCanceledException {
		result.removeAll();
		try {
			ProjectSnapshot snapshot = ProjectSnapshot.of(file.getProject());
			XtextResource resource = snapshot.resource(file);
			EObject target = resource == null ? null
					: TekigoUiPlugin.getDefault().injector().getInstance(IdAtOffset.class).elementAt(resource, offset);
			if (target == null) {
				return Status.info(UiMessages.References_noId);
			}
			targetLabel = String.valueOf(org.tekigo.dsl.ide.refactoring.WorkspaceRename.nameOf(target));
			List<Reference> references = TekigoUiPlugin.getDefault().injector().getInstance(WorkspaceReferences.class)
					.of(target, snapshot.resourceSet());
			for (Reference reference : references) {
				IFile citing = snapshot.file(reference.uri());
				if (citing != null) {
					result.addMatch(new Match(lineOf(citing, snapshot.text(citing), reference.offset()), reference.offset(), reference.length()));
				}
			}
			return Status.OK_STATUS;
		} catch (CoreException | BadLocationException e) {
			return Status.error(UiMessages.References_failed, e);
		}
	}

	private static ReferenceLine lineOf(IFile file, String text, int offset) throws BadLocationException {
		Document document = new Document(text);
		int line = document.getLineOfOffset(offset);
		IRegion region = document.getLineInformation(line);
		return new ReferenceLine(file, line + 1, document.get(region.getOffset(), region.getLength()));
	}

	String targetLabel() {
		return targetLabel;
	}

	@Override
	public String getLabel() {
		return UiMessages.References_query;
	}

	@Override
	public boolean canRerun() {
		return true;
	}

	@Override
	public boolean canRunInBackground() {
		return true;
	}

	@Override
	public ISearchResult getSearchResult() {
		return result;
	}
}
