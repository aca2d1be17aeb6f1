package org.tekigo.ui.handlers;

import static org.eclipse.osgi.util.NLS.bind;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.eclipse.xtext.resource.XtextResource;
import org.tekigo.dsl.edition.Migration;
import org.tekigo.dsl.tekigo.Catalog;
import org.tekigo.ui.editor.DisclosureEditor;
import org.tekigo.ui.nls.UiMessages;

/**
 * "Migrate to Another Catalog…": the open disclosure written as answering another catalog of the
 * project (the same measure items related to another edition's requirements), into a new file
 * beside it, with the rules of {@code tekigo migrate}: every answer stays pinned to the texts it
 * was given against, an answer that has no place is never dropped without the user saying so,
 * and the disclosure's own file is never overwritten.
 */
public class MigrateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		IEditorPart active = HandlerUtil.getActiveEditor(event);
		DisclosureEditor editor = active == null ? null : active.getAdapter(DisclosureEditor.class);
		String name = editor == null ? null : editor.withDisclosure(d -> d.getName());
		if (name == null) {
			MessageDialog.openInformation(shell, UiMessages.Migrate_title, UiMessages.Migrate_openDisclosure);
			return null;
		}
		IFile source = editor.sourceEditor().getFile();
		if (hasErrors(source)) {
			MessageDialog.openInformation(shell, UiMessages.Migrate_title, UiMessages.Migrate_errors);
			return null;
		}
		List<String> catalogs = editor.withDisclosure(MigrateHandler::otherCatalogs);
		if (catalogs.isEmpty()) {
			MessageDialog.openInformation(shell, UiMessages.Migrate_title, UiMessages.Migrate_noOtherCatalog);
			return null;
		}
		String target = chooseCatalog(shell, catalogs);
		if (target == null) {
			return null;
		}
		InputDialog id = new InputDialog(shell, UiMessages.Migrate_title, UiMessages.Migrate_newId, name + "-" + target,
				text -> !text.matches("[A-Za-z_][A-Za-z0-9_-]*") ? UiMessages.Migrate_badId
						: source.getParent().getFile(new org.eclipse.core.runtime.Path(text + ".tekigo")).exists()
								? bind(UiMessages.Migrate_exists, text + ".tekigo") : null);
		if (id.open() != Window.OK) {
			return null;
		}
		try {
			Migration preview = migration(editor, target, id.getValue());
			if (!preview.unplaced().isEmpty() && !dropUnplaced(shell, preview, target)) {
				return null;
			}
			IFile written = write(editor, preview, id.getValue());
			IDE.openEditor(editor.getSite().getPage(), written);
			MessageDialog.openInformation(shell, UiMessages.Migrate_title, bind(UiMessages.Migrate_done, new Object[] { written.getName(),
					preview.carried(), target, preview.carried() - preview.stale(), preview.stale(), preview.unplaced().size(),
					preview.newItems() }));
		} catch (Migration.RefusedException refused) {
			MessageDialog.openError(shell, UiMessages.Migrate_title, refused.getMessage());
		} catch (CoreException e) {
			MessageDialog.openError(shell, UiMessages.Migrate_title, bind(UiMessages.Migrate_cannotWrite, e.getMessage()));
		}
		return null;
	}

	/** The open disclosure as answering the target catalog, with the id given: nothing is written yet. */
	public static Migration migration(DisclosureEditor editor, String target, String id) throws Migration.RefusedException {
		Migration.RefusedException[] refused = new Migration.RefusedException[1];
		Migration migration = editor.withDisclosure(disclosure -> {
			try {
				return Migration.of(disclosure, ((XtextResource) disclosure.eResource()).getParseResult().getRootNode().getText(),
						catalog(disclosure, target), id);
			} catch (Migration.RefusedException e) {
				refused[0] = e;
				return null;
			}
		});
		if (refused[0] != null) {
			throw refused[0];
		}
		return migration;
	}

	/** Writes &lt;id&gt;.tekigo beside the disclosure (never over an existing file) and returns it. */
	public static IFile write(DisclosureEditor editor, Migration migration, String id) throws CoreException {
		IFile written = editor.sourceEditor().getFile().getParent().getFile(new org.eclipse.core.runtime.Path(id + ".tekigo"));
		written.create(new ByteArrayInputStream(migration.text().getBytes(StandardCharsets.UTF_8)), false, null);
		return written;
	}

	/** As {@code tekigo migrate}: a project with errors is not migrated from. */
	private static boolean hasErrors(IFile source) {
		try {
			return source.getProject().findMaxProblemSeverity(IMarker.PROBLEM, true, IResource.DEPTH_INFINITE) == IMarker.SEVERITY_ERROR;
		} catch (CoreException e) {
			return false;
		}
	}

	private static List<String> otherCatalogs(org.tekigo.dsl.tekigo.Disclosure disclosure) {
		String own = disclosure.getCatalog() == null || disclosure.getCatalog().eIsProxy() ? null : disclosure.getCatalog().getName();
		return disclosure.eResource().getResourceSet().getResources().stream().flatMap(r -> r.getContents().stream())
				.filter(Catalog.class::isInstance).map(c -> ((Catalog) c).getName()).filter(n -> n != null && !n.equals(own))
				.distinct().sorted().toList();
	}

	private static Catalog catalog(org.tekigo.dsl.tekigo.Disclosure disclosure, String name) {
		return disclosure.eResource().getResourceSet().getResources().stream().flatMap(r -> r.getContents().stream())
				.filter(Catalog.class::isInstance).map(Catalog.class::cast).filter(c -> name.equals(c.getName())).findFirst().orElseThrow();
	}

	private static String chooseCatalog(Shell shell, List<String> catalogs) {
		ListDialog dialog = new ListDialog(shell);
		dialog.setTitle(UiMessages.Migrate_title);
		dialog.setMessage(UiMessages.Migrate_chooseCatalog);
		dialog.setContentProvider(ArrayContentProvider.getInstance());
		dialog.setLabelProvider(new LabelProvider());
		dialog.setInput(catalogs);
		dialog.setInitialSelections(catalogs.get(0));
		return dialog.open() == Window.OK && dialog.getResult().length == 1 ? (String) dialog.getResult()[0] : null;
	}

	/** Names each answer that has no place; only an explicit "drop them" goes on. */
	private static boolean dropUnplaced(Shell shell, Migration migration, String target) {
		String list = migration.unplaced().stream().map(u -> bind(UiMessages.Migrate_unplacedLine, u.line(), u.reason()))
				.collect(Collectors.joining("\n"));
		MessageDialog dialog = new MessageDialog(shell, UiMessages.Migrate_title, null,
				bind(UiMessages.Migrate_unplaced, new Object[] { migration.unplaced().size(), target, list }), MessageDialog.WARNING, 1,
				UiMessages.Migrate_dropAndWrite, IDialogConstants.CANCEL_LABEL);
		return dialog.open() == 0;
	}
}
