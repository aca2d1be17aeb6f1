package org.tekigo.dsl.edition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.ReplaceRegion;

/**
 * Replacements of a document's text, made where the parser found each thing, so that what the
 * tooling does not change stays byte for byte as the writer left it.
 */
public final class TextEdits {

	private TextEdits() {
	}

	/** The text with the replacements made; they must not overlap. */
	public static String apply(String text, List<ReplaceRegion> edits) {
		List<ReplaceRegion> backwards = new ArrayList<>(edits);
		backwards.sort(Comparator.comparingInt(ReplaceRegion::getOffset).thenComparingInt(ReplaceRegion::getLength).reversed());
		StringBuilder result = new StringBuilder(text);
		for (ReplaceRegion edit : backwards) {
			result.replace(edit.getOffset(), edit.getEndOffset(), edit.getText());
		}
		return result.toString();
	}

	/** Replaces what is written for a feature (a reference, a name) with another text; null when it is not written. */
	public static ReplaceRegion replaceFeature(EObject element, EStructuralFeature feature, String text) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		if (nodes.isEmpty()) {
			return null;
		}
		INode node = nodes.get(0);
		return new ReplaceRegion(node.getOffset(), node.getLength(), text);
	}

	/** Replaces the element's whole text. */
	public static ReplaceRegion replace(EObject element, String text) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		return new ReplaceRegion(node.getOffset(), node.getLength(), text);
	}

	/** Replaces an answer's pin, from the keyword {@code pinned} to its last fingerprint. */
	public static ReplaceRegion replacePin(org.tekigo.dsl.tekigo.Answer answer, String pinText) {
		int[] region = pinRegion(answer);
		return new ReplaceRegion(region[0], region[1] - region[0], pinText);
	}

	/** Where an answer's pin is written: the offsets of {@code pinned} and of the end of its last fingerprint; null without one. */
	public static int[] pinRegion(org.tekigo.dsl.tekigo.Answer answer) {
		List<INode> pin = NodeModelUtils.findNodesForFeature(answer, org.tekigo.dsl.tekigo.TekigoPackage.Literals.ANSWER__PIN);
		return pin.isEmpty() ? null : new int[] { pin.get(0).getOffset(), pin.get(0).getEndOffset() };
	}

	/** A new line after the element, indented one more than the element's first line. */
	public static ReplaceRegion continuationAfter(EObject element, String documentText, String line) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		return new ReplaceRegion(node.getEndOffset(), 0, "\n" + indentation(documentText, node.getOffset()) + "\t" + line);
	}

	/** The element's lines, from the start of its first line through the line break after it. */
	public static ReplaceRegion removeLines(EObject element, String documentText) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		int start = documentText.lastIndexOf('\n', node.getOffset() - 1) + 1;
		int end = documentText.indexOf('\n', node.getEndOffset());
		end = end < 0 ? documentText.length() : end + 1;
		return new ReplaceRegion(start, end - start, "");
	}

	/** The white space at the start of the line holding the offset. */
	static String indentation(String text, int offset) {
		int start = text.lastIndexOf('\n', offset - 1) + 1;
		int end = start;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t' || text.charAt(end) == '\u3000')) {
			end++;
		}
		return text.substring(start, Math.min(end, offset));
	}
}
