package org.tekigo.dsl.ide.edit;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.serializer.ISerializer;
import org.tekigo.dsl.edition.AnswerPins;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Catalog;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.tekigo.Remediation;
import org.tekigo.dsl.tekigo.Statement;
import org.tekigo.dsl.tekigo.TekigoFactory;
import org.tekigo.dsl.workspace.Ids;

import com.google.inject.Inject;

/**
 * Edits of a disclosure's answers as a table makes them: each changes the model, then writes the
 * changed answer back as one replacement of the text over that answer's own region, made by the
 * serializer, which keeps the layout and comments of what did not change. Every other byte of the
 * document stays as it was. The caller applies the replacement to its document (and must then
 * parse the text again: the model was changed in place).
 */
public class AnswerEdits {

	/** Replace {@code length} characters at {@code offset} with {@code text}. */
	public record Replacement(int offset, int length, String text) {

		public String applyTo(String document) {
			return document.substring(0, offset) + text + document.substring(offset + length);
		}

		/** The one replacement that makes {@code after} of {@code before}: what lies between their common start and end. */
		public static Replacement between(String before, String after) {
			int start = 0;
			while (start < before.length() && start < after.length() && before.charAt(start) == after.charAt(start)) {
				start++;
			}
			int oldEnd = before.length(), newEnd = after.length();
			while (oldEnd > start && newEnd > start && before.charAt(oldEnd - 1) == after.charAt(newEnd - 1)) {
				oldEnd--;
				newEnd--;
			}
			return new Replacement(start, oldEnd - start, after.substring(start, newEnd));
		}
	}

	@Inject
	private ISerializer serializer;

	public Replacement setStatus(Answer answer, String status) {
		answer.setStatus(status);
		return rewrite(answer);
	}

	/** The comment, written out; a blank one removes the comment. Replaces a `see`. */
	public Replacement setComment(Answer answer, String comment) {
		answer.setStatement(null);
		answer.setComment(comment == null || comment.isBlank() ? null : comment);
		return rewrite(answer);
	}

	/** Refers to a statement instead of writing a comment. */
	public Replacement setStatement(Answer answer, Statement statement) {
		answer.setComment(null);
		answer.setStatement(statement);
		return rewrite(answer);
	}

	/**
	 * The remediation: a plan, and optionally an owner and a due date (written as given: the
	 * validator checks its form). A blank plan removes the remediation (the grammar needs a plan).
	 */
	public Replacement setRemediation(Answer answer, String plan, String owner, String due) {
		if (plan == null || plan.isBlank()) {
			answer.setRemediation(null);
		} else {
			Remediation remediation = answer.getRemediation() != null ? answer.getRemediation()
					: TekigoFactory.eINSTANCE.createRemediation();
			remediation.setPlan(plan);
			remediation.setOwner(owner == null || owner.isBlank() ? null : owner);
			remediation.setDue(due == null || due.isBlank() ? null : due.strip());
			answer.setRemediation(remediation);
		}
		return rewrite(answer);
	}

	/** Removes the answer, with its line: the item is unanswered again. */
	public Replacement remove(Answer answer) {
		ICompositeNode node = NodeModelUtils.getNode(answer);
		((Disclosure) answer.eContainer()).getAnswers().remove(answer);
		return new Replacement(node.getTotalOffset(), node.getTotalLength(), "");
	}

	/**
	 * A new answer to an unanswered item, written on a line of its own where the catalog's order
	 * puts it: after the answers to the items before it; pinned to its texts as they are now.
	 */
	public Replacement answer(Disclosure disclosure, Item item, String status) {
		Answer created = TekigoFactory.eINSTANCE.createAnswer();
		created.setItem(item);
		created.setStatus(status);
		Answer before = lastAnswerBefore(disclosure, item);
		// Given now, so pinned to the texts as they are now.
		String line = "\t" + Ids.of(item) + " " + status + "\n\t\t" + AnswerPins.current(created).text();
		if (before != null) {
			disclosure.getAnswers().add(disclosure.getAnswers().indexOf(before) + 1, created);
			ICompositeNode node = NodeModelUtils.getNode(before);
			return new Replacement(node.getTotalEndOffset(), 0, "\n" + line);
		}
		disclosure.getAnswers().add(0, created);
		// Before the first answer, or after the statements, or after the opening brace.
		EObject anchor = !disclosure.getStatements().isEmpty() ? disclosure.getStatements().get(disclosure.getStatements().size() - 1) : null;
		ICompositeNode node = anchor != null ? NodeModelUtils.getNode(anchor) : null;
		if (node != null) {
			return new Replacement(node.getTotalEndOffset(), 0, "\n" + line);
		}
		ICompositeNode whole = NodeModelUtils.getNode(disclosure);
		int brace = whole.getText().indexOf('{');
		return new Replacement(whole.getTotalOffset() + brace + 1, 0, "\n" + line);
	}

	/** The answer that comes last among those to items before {@code item} in the catalog. */
	private static Answer lastAnswerBefore(Disclosure disclosure, Item item) {
		Catalog catalog = disclosure.getCatalog();
		Map<Item, Integer> order = new IdentityHashMap<>();
		catalog.eAllContents().forEachRemaining(e -> {
			if (e instanceof Item i) {
				order.put(i, order.size());
			}
		});
		int position = order.getOrDefault(item, Integer.MAX_VALUE);
		Answer best = null;
		int bestPosition = -1;
		for (Answer answer : disclosure.getAnswers()) {
			int at = order.getOrDefault(answer.getItem(), -1);
			if (at >= 0 && at < position && at >= bestPosition) {
				best = answer;
				bestPosition = at;
			}
		}
		return best;
	}

	/**
	 * The changed answer, serialized, over its node's region: the leading layout as the serializer
	 * writes it from the node model, without the separator it leaves after the last token.
	 */
	private Replacement rewrite(Answer answer) {
		ICompositeNode node = NodeModelUtils.getNode(answer);
		String text = indentContinuations(serializer.serialize(answer).stripTrailing(), indentation(node));
		return new Replacement(node.getTotalOffset(), node.getTotalLength(), text);
	}

	/** The white space that starts the answer's first line: the formatter indents from column 0. */
	private static String indentation(ICompositeNode node) {
		String document = node.getRootNode().getText();
		int start = document.lastIndexOf('\n', node.getOffset() - 1) + 1;
		int end = start;
		while (end < node.getOffset() && (document.charAt(end) == '\t' || document.charAt(end) == ' ')) {
			end++;
		}
		return document.substring(start, end);
	}

	/**
	 * Puts every line after the answer's first (a remediation, evidence, a comment) one tab deeper
	 * than the answer, as the formatter lays them out: the serializer writes the lines it starts
	 * from column 0 and keeps the white space of the lines it did not touch, so both are set
	 * again. White space before the answer and line breaks inside quoted text stay as they are.
	 */
	static String indentContinuations(String text, String indent) {
		int body = 0;
		while (body < text.length() && Character.isWhitespace(text.charAt(body))) {
			body++;
		}
		StringBuilder out = new StringBuilder(text.substring(0, body));
		boolean quoted = false;
		for (int i = body; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' && text.charAt(i - 1) != '\\') {
				quoted = !quoted;
			}
			out.append(c);
			if (c == '\n' && !quoted) {
				while (i + 1 < text.length() && (text.charAt(i + 1) == '\t' || text.charAt(i + 1) == ' ')) {
					i++;
				}
				if (i + 1 < text.length() && text.charAt(i + 1) != '\n' && text.charAt(i + 1) != '\r') {
					out.append(indent).append('\t');
				}
			}
		}
		return out.toString();
	}
}
