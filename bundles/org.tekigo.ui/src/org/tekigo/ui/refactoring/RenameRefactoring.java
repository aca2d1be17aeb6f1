package org.tekigo.ui.refactoring;

import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.CompositeChange;
import org.eclipse.ltk.core.refactoring.Refactoring;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.TextFileChange;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.xtext.resource.XtextResource;
import org.tekigo.dsl.ide.refactoring.WorkspaceRename;
import org.tekigo.dsl.ide.refactoring.WorkspaceRename.Edit;
import org.tekigo.ui.TekigoUiPlugin;
import org.tekigo.ui.navigation.ProjectSnapshot;
import org.tekigo.ui.nls.UiMessages;

/**
 * Rename (Alt+Shift+R) of the requirement, item, measure, statement or other element whose id is
 * at the caret: the language server's rename ({@link WorkspaceRename}) over the project as the
 * editors show it, as one change of every file it touches, previewed and undone as one.
 */
public class RenameRefactoring extends Refactoring {

	private final IFile file;
	private final int offset;
	private ProjectSnapshot snapshot;
	private String oldName;
	private String newName;
	private Map<URI, List<Edit>> edits;

	public RenameRefactoring(IFile file, int offset) {
		this.file = file;
		this.offset = offset;
	}

	@Override
	public String getName() {
		return UiMessages.Rename_name;
	}

	/** The id as it is now; null before the initial conditions were checked or where there is none. */
	public String oldName() {
		return oldName;
	}

	public void setNewName(String newName) {
		this.newName = newName;
	}

	@Override
	public RefactoringStatus checkInitialConditions(IProgressMonitor monitor) throws CoreException, OperationCanceledException {
		snapshot = ProjectSnapshot.of(file.getProject());
		XtextResource resource = snapshot.resource(file);
		EObject target = resource == null ? null : rename().target(resource, offset);
		if (target == null) {
			return RefactoringStatus.createFatalErrorStatus(org.tekigo.dsl.ide.nls.IdeMessages.Rename_noId);
		}
		oldName = WorkspaceRename.nameOf(target);
		return new RefactoringStatus();
	}

	@Override
	public RefactoringStatus checkFinalConditions(IProgressMonitor monitor) throws CoreException, OperationCanceledException {
		// A fresh snapshot each time: the rename service renames the model it works on.
		ProjectSnapshot fresh = ProjectSnapshot.of(file.getProject());
		try {
			edits = rename().rename(fresh.resource(file), offset, newName);
			snapshot = fresh;
			return new RefactoringStatus();
		} catch (WorkspaceRename.Refused refused) {
			return RefactoringStatus.createFatalErrorStatus(refused.getMessage());
		}
	}

	@Override
	public Change createChange(IProgressMonitor monitor) throws CoreException, OperationCanceledException {
		CompositeChange change = new CompositeChange(UiMessages.bind(UiMessages.Rename_change, oldName, newName));
		edits.forEach((uri, inFile) -> {
			IFile changed = snapshot.file(uri);
			TextFileChange fileChange = new TextFileChange(changed.getName(), changed);
			fileChange.setSaveMode(TextFileChange.KEEP_SAVE_STATE);
			MultiTextEdit root = new MultiTextEdit();
			for (Edit edit : inFile.reversed()) {
				root.addChild(new ReplaceEdit(edit.offset(), edit.length(), edit.text()));
			}
			fileChange.setEdit(root);
			change.add(fileChange);
		});
		return change;
	}

	private static WorkspaceRename rename() {
		return TekigoUiPlugin.getDefault().injector().getInstance(WorkspaceRename.class);
	}
}
