package org.tekigo.dsl.ide.refactoring;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.tekigo.dsl.ide.navigation.IdAtOffset;
import org.tekigo.dsl.ide.nls.IdeMessages;
import org.tekigo.dsl.ide.quickfix.InProcessLanguageServerAccess;

import com.google.inject.Inject;

/**
 * Renames a requirement, item, measure, statement or any other named element and every citation
 * of it across a workspace: the language server's rename (Xtext's {@link IRenameService2}) run in
 * process over a resource set that holds every file of the workspace, so that the studio and
 * other editors rename alike. The caret may be on the declaration or on a citation.
 */
public class WorkspaceRename {

	/** One replacement in one file; offsets are those of the text the file had before the rename. */
	public record Edit(URI uri, int offset, int length, String text) {
	}

	/** A rename that cannot be made, with a message for the user. */
	public static class Refused extends Exception {
		private static final long serialVersionUID = 1L;

		public Refused(String message) {
			super(message);
		}
	}

	@Inject
	private IRenameService2 renameService;
	@Inject
	private IdAtOffset idAtOffset;
	@Inject
	private IParser parser;

	/** The element the caret's id stands for, as rename would take it; null where there is none. */
	public EObject target(XtextResource resource, int offset) {
		EObject element = idAtOffset.elementAt(resource, offset);
		return element == null || IdAtOffset.nameNode(element) == null ? null : element;
	}

	/** The current name of what {@link #target} finds. */
	public static String nameOf(EObject target) {
		EStructuralFeature name = target.eClass().getEStructuralFeature("name");
		return name == null ? null : (String) target.eGet(name);
	}

	/**
	 * The edits, file by file (each file's from its end backwards), that give the element at the
	 * offset the new name. The resource's resource set must hold every file of the workspace, and
	 * is left renamed (Xtext's change serializer renames the model as it records the edits): give
	 * it a resource set of its own.
	 */
	public Map<URI, List<Edit>> rename(XtextResource resource, int offset, String newName) throws Refused {
		EObject target = target(resource, offset);
		if (target == null) {
			throw new Refused(IdeMessages.Rename_noId);
		}
		String oldName = nameOf(target);
		if (newName == null || newName.isBlank() || newName.equals(oldName)) {
			throw new Refused(IdeMessages.Rename_sameName);
		}
		refuseDuplicate(target, newName);
		// Before the rename service runs: it renames the model in the resource set as it records.
		List<Edit> pins = PinIds.edits(target, newName, target.eResource().getResourceSet());
		XtextResource home = (XtextResource) target.eResource();
		InProcessLanguageServerAccess access = new InProcessLanguageServerAccess(home.getResourceSet());
		Document homeDocument = new Document(1, home.getParseResult().getRootNode().getText());
		INode name = IdAtOffset.nameNode(target);
		IRenameService2.Options options = new IRenameService2.Options();
		options.setLanguageServerAccess(access);
		options.setCancelIndicator(CancelIndicator.NullImpl);
		options.setRenameParams(new RenameParams(new TextDocumentIdentifier(home.getURI().toString()),
				homeDocument.getPosition(name.getOffset()), newName));
		WorkspaceEdit edit;
		try {
			edit = renameService.rename(options);
		} catch (RuntimeException e) {
			throw new Refused(e.getMessage() == null ? e.toString() : e.getMessage());
		}
		Map<URI, List<Edit>> edits = toEdits(edit, access);
		for (Edit pin : pins) {
			edits.computeIfAbsent(pin.uri(), uri -> new ArrayList<>()).add(pin);
		}
		edits.values().forEach(inFile -> inFile.sort(Comparator.comparingInt(Edit::offset).reversed()));
		refuseSyntaxErrors(edits, access, newName);
		return edits;
	}

	private void refuseDuplicate(EObject target, String newName) throws Refused {
		if (target.eContainer() == null) {
			return;
		}
		for (EObject sibling : target.eContainer().eContents()) {
			if (sibling != target && sibling.eClass() == target.eClass() && newName.equals(nameOf(sibling))) {
				throw new Refused(IdeMessages.bind(IdeMessages.Rename_taken, newName));
			}
		}
	}

	private static Map<URI, List<Edit>> toEdits(WorkspaceEdit edit, InProcessLanguageServerAccess access) {
		Map<URI, List<Edit>> edits = new LinkedHashMap<>();
		if (edit == null || edit.getChanges() == null) {
			return edits;
		}
		edit.getChanges().forEach((uri, textEdits) -> access.doSyncRead(uri, context -> {
			Document document = context.getDocument();
			List<Edit> inFile = new ArrayList<>();
			for (TextEdit textEdit : textEdits) {
				int start = document.getOffSet(textEdit.getRange().getStart());
				int end = document.getOffSet(textEdit.getRange().getEnd());
				inFile.add(new Edit(context.getResource().getURI(), start, end - start, textEdit.getNewText()));
			}
			edits.put(context.getResource().getURI(), inFile);
			return null;
		}));
		return edits;
	}

	/** A name the language cannot read (a space, a quote) shows as a syntax error of the renamed text. */
	private void refuseSyntaxErrors(Map<URI, List<Edit>> edits, InProcessLanguageServerAccess access, String newName) throws Refused {
		for (Map.Entry<URI, List<Edit>> file : edits.entrySet()) {
			String text = access.doSyncRead(file.getKey().toString(), context -> context.getDocument().getContents());
			if (parser.parse(new StringReader(applyTo(text, file.getValue()))).hasSyntaxErrors()) {
				throw new Refused(IdeMessages.bind(IdeMessages.Rename_notAnId, newName));
			}
		}
	}

	/** The text with the file's edits applied (they come from the end backwards). */
	public static String applyTo(String text, List<Edit> edits) {
		StringBuilder result = new StringBuilder(text);
		for (Edit edit : edits) {
			result.replace(edit.offset(), edit.offset() + edit.length(), edit.text());
		}
		return result.toString();
	}
}
