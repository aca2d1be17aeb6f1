package org.tekigo.dsl.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Formats a parsed document's text as Format (Ctrl+Shift+F) does: the formatter's replacements
 * over the text as written, so comments and the writer's blank lines stay. Only for a resource
 * that parsed without syntax errors: the formatter lays out what the parser understood.
 */
public class TekigoTextFormatting {

	@Inject
	private Provider<IFormatter2> formatter;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private Provider<TextRegionAccessBuilder> regions;

	/** The replacements that format the whole text. */
	public List<ITextReplacement> replacements(XtextResource resource) {
		return replacements(regions.get().forNodeModel(resource).create());
	}

	/** The whole text, formatted. */
	public String format(XtextResource resource) {
		ITextRegionAccess access = regions.get().forNodeModel(resource).create();
		return access.getRewriter().renderToString(replacements(access));
	}

	private List<ITextReplacement> replacements(ITextRegionAccess access) {
		FormatterRequest request = requests.get();
		request.setAllowIdentityEdits(false);
		request.setTextRegionAccess(access);
		return formatter.get().format(request);
	}
}
