package org.tekigo.dsl.ide.outline;

import java.util.List;

import org.tekigo.dsl.tekigo.Meaning;

/**
 * One row of the outline, copied out of the model when the editor reconciles: the editor reparses
 * its resource in the reconciler's thread, so the tree must not read the model afterwards.
 *
 * <p>Equal by {@link #path()} (kind and id down from the document), not by identity: each reconcile
 * builds new nodes, and the tree viewer keeps expansion and selection of the nodes equal to the old.
 *
 * @param status the word of an answer, shown in its meaning's colour at {@code statusStart}; null otherwise
 * @param meaning what that word means in its catalog's scale; null when it is none of its words
 */
public record OutlineNode(String path, String text, String status, Meaning meaning, int statusStart, int offset, int length,
		List<OutlineNode> children) {

	@Override
	public boolean equals(Object other) {
		return other instanceof OutlineNode node && node.path.equals(path);
	}

	@Override
	public int hashCode() {
		return path.hashCode();
	}

	@Override
	public String toString() {
		return text;
	}
}
