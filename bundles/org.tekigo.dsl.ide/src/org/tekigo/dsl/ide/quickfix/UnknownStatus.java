package org.tekigo.dsl.ide.quickfix;

import java.util.regex.Pattern;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.ide.server.Document;

/**
 * Tells a syntax error on a status: the offending word follows an answer's item id (and its
 * optional [requirement]) at the start of a line, where only 適合可能, 不適合 or 対象外 may stand.
 */
final class UnknownStatus {

	private static final Pattern BEFORE_STATUS = Pattern.compile("^\\s*\\S+(\\s*\\[[^\\]]*\\])?\\s+$");

	private UnknownStatus() {
	}

	static boolean isAt(Document document, Diagnostic diagnostic) {
		int start = document.getOffSet(diagnostic.getRange().getStart());
		int lineStart = TekigoIdeQuickfixProvider.lineStart(document, start);
		String before = document.getContents().substring(lineStart, start);
		String word = document.getContents().substring(start, wordEnd(document, start));
		return !word.isBlank() && BEFORE_STATUS.matcher(before).matches()
				&& !TekigoIdeQuickfixProvider.STATUSES.contains(word);
	}

	/** The end of the word starting at offset: the parser may report it with the blank after it. */
	static int wordEnd(Document document, int offset) {
		String text = document.getContents();
		int end = offset;
		while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
			end++;
		}
		return end;
	}
}
