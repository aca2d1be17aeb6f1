package org.tekigo.dsl.edition;

import static org.eclipse.osgi.util.NLS.bind;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.tekigo.dsl.edition.AnswerPins.Change;
import org.tekigo.dsl.nls.DslMessages;
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.tekigo.Requirement;

/**
 * A stale answer's warning in full, as a hover shows it: each changed text as it was when the
 * answer was given (when the workspace still holds it) beside the text as it is now.
 */
public final class StaleDescriptions {

	private StaleDescriptions() {
	}

	/** Plain text, for the studio's hover: one block per change, the earlier text above today's. */
	public static String plain(List<Change> changes, TextsByFingerprint earlier) {
		StringBuilder text = new StringBuilder(bind(DslMessages.Hover_staleTitle, StaleTexts.summary(changes)));
		for (Change change : changes) {
			text.append("\n\n").append(StaleTexts.clause(change)).append('\n')
					.append(DslMessages.Hover_textWhenAnswered).append(' ').append(then(change, earlier)).append('\n')
					.append(DslMessages.Hover_textNow).append(' ').append(now(change));
		}
		return text.toString();
	}

	/** Markdown, for a language server's hover: a table with the earlier and today's text side by side. */
	public static String markdown(List<Change> changes, TextsByFingerprint earlier) {
		StringBuilder text = new StringBuilder("**").append(cell(bind(DslMessages.Hover_staleTitle, StaleTexts.summary(changes))))
				.append("**\n\n| | ").append(DslMessages.Hover_textWhenAnswered).append(" | ").append(DslMessages.Hover_textNow)
				.append(" |\n| --- | --- | --- |\n");
		for (Change change : changes) {
			text.append("| ").append(cell(change.id())).append(" | ").append(cell(then(change, earlier))).append(" | ")
					.append(cell(now(change))).append(" |\n");
		}
		return text.toString();
	}

	private static String then(Change change, TextsByFingerprint earlier) {
		return change.pinnedHash() == null ? "—" : earlier.text(change.pinnedHash()).orElse(DslMessages.Hover_textNotInWorkspace);
	}

	private static String now(Change change) {
		EObject now = change.now();
		return switch (now) {
			case Item item -> item.getText();
			case Requirement requirement -> requirement.getText();
			case null, default -> "—";
		};
	}

	/** A table cell: no line breaks, no pipes, no markup. */
	private static String cell(String text) {
		return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace("*", "\\*").replace("_", "\\_")
				.replaceAll("[\\r\\n]+", " ");
	}
}
