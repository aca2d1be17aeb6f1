package org.tekigo.cli;

import java.nio.file.Path;

/**
 * A file of the workspace: where it is, and how to name it to the user (as given on the
 * command line, so that {@code path:line:col} can be pasted back into an editor or a shell).
 */
public record SourceFile(Path path, String displayName) implements Comparable<SourceFile> {

	@Override
	public int compareTo(SourceFile other) {
		return displayName.compareTo(other.displayName);
	}
}
