package org.tekigo.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.TextUtilities;

/**
 * Enter keeps the indentation of the line, one tab more after an opening brace; a closing brace
 * typed at the start of a line goes one tab back, as the formatter lays blocks out.
 */
final class TekigoAutoIndent implements IAutoEditStrategy {

	@Override
	public void customizeDocumentCommand(IDocument document, DocumentCommand command) {
		try {
			if (command.length == 0 && command.text != null && TextUtilities.endsWith(document.getLegalLineDelimiters(), command.text) != -1) {
				indentNewLine(document, command);
			} else if ("}".equals(command.text)) {
				outdentBrace(document, command);
			}
		} catch (BadLocationException e) {
			// leave the command as typed
		}
	}

	private static void indentNewLine(IDocument document, DocumentCommand command) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(command.offset);
		String before = document.get(line.getOffset(), command.offset - line.getOffset());
		String indent = before.substring(0, before.length() - before.stripLeading().length());
		if (before.stripTrailing().endsWith("{")) {
			indent += "\t";
		}
		command.text = command.text + indent;
	}

	private static void outdentBrace(IDocument document, DocumentCommand command) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(command.offset);
		String before = document.get(line.getOffset(), command.offset - line.getOffset());
		if (!before.isBlank() || before.isEmpty()) {
			return;
		}
		String outdented = before.endsWith("\t") ? before.substring(0, before.length() - 1)
				: before.substring(0, Math.max(0, before.length() - 4));
		command.offset = line.getOffset();
		command.length = before.length();
		command.text = outdented + "}";
	}
}
