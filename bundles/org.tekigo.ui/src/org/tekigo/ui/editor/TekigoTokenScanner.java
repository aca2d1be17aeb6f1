package org.tekigo.ui.editor;

import java.util.List;
import java.util.Set;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.resource.JFaceResources;

/**
 * Highlighting: keywords, strings and comments as usual; statuses coloured by what they mean
 * (適合可能 green, 不適合 red, 対象外 grey), so a gap stands out in a long disclosure.
 */
class TekigoTokenScanner extends RuleBasedScanner {

	static final Set<String> KEYWORDS = Set.of("guideline", "version", "section", "class", "qualifier", "heading",
			"requirement", "previous", "catalog", "category", "group", "measure", "scenario", "item", "relates",
			"disclosure", "answers", "statement", "see", "evidence", "url", "document", "plan", "owner", "due");

	TekigoTokenScanner() {
		IToken keyword = token("keyword", new RGB(127, 0, 85), SWT.BOLD);
		IToken string = token("string", new RGB(42, 0, 255), SWT.NORMAL);
		IToken comment = token("comment", new RGB(63, 127, 95), SWT.ITALIC);
		IToken conformant = status(org.tekigo.dsl.tekigo.Meaning.FULFILLED);
		IToken nonconformant = status(org.tekigo.dsl.tekigo.Meaning.GAP);
		IToken notApplicable = status(org.tekigo.dsl.tekigo.Meaning.NOT_APPLICABLE);
		WordRule words = new WordRule(new Word(), Token.UNDEFINED);
		KEYWORDS.forEach(k -> words.addWord(k, keyword));
		List.of("適合可能", "conformant").forEach(w -> words.addWord(w, conformant));
		List.of("不適合", "nonconformant").forEach(w -> words.addWord(w, nonconformant));
		List.of("対象外", "notApplicable").forEach(w -> words.addWord(w, notApplicable));
		setRules(new IRule[] { new WhitespaceRule(Character::isWhitespace), new EndOfLineRule("//", comment),
				new MultiLineRule("/*", "*/", comment), new MultiLineRule("\"", "\"", string, '\\', true), words });
	}

	/** A status in its meaning's colour from the preferences, bold. */
	private static IToken status(org.tekigo.dsl.tekigo.Meaning meaning) {
		return new Token(new TextAttribute(org.tekigo.ui.preferences.TekigoPreferences.statusColour(meaning), null, SWT.BOLD));
	}

	private static IToken token(String key, RGB rgb, int style) {
		ColorRegistry colors = JFaceResources.getColorRegistry();
		String id = "org.tekigo.ui.syntax." + key;
		if (!colors.hasValueFor(id)) {
			colors.put(id, rgb);
		}
		return new Token(new TextAttribute(colors.get(id), null, style));
	}

	/** Words of the language: Latin letters, digits, '-', and Japanese characters. */
	private static final class Word implements IWordDetector {
		@Override
		public boolean isWordStart(char c) {
			return Character.isLetter(c);
		}

		@Override
		public boolean isWordPart(char c) {
			return Character.isLetterOrDigit(c) || c == '-' || c == '_';
		}
	}
}
