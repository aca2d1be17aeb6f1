package org.tekigo.ui.navigation;

import org.eclipse.core.resources.IFile;

/** A line of a file that cites the element searched for, as the Search view lists it. */
public record ReferenceLine(IFile file, int line, String text) {

	/** "chatwork.tekigo:19  1.1-①-2 適合可能 …" */
	public String label() {
		return file.getName() + ":" + line + "  " + text.strip();
	}
}
