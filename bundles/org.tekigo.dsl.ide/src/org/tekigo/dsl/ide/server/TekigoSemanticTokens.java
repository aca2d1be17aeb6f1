package org.tekigo.dsl.ide.server;

import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.tekigo.dsl.ide.highlighting.TekigoSemanticHighlighting;

/** LSP's token types and Tekigo's three status types, in the legend the server announces. */
public class TekigoSemanticTokens extends SemanticTokensService {

	@Override
	protected void addTokenTypes() {
		super.addTokenTypes();
		getTokenTypes().add(TekigoSemanticHighlighting.CONFORMANT);
		getTokenTypes().add(TekigoSemanticHighlighting.NONCONFORMANT);
		getTokenTypes().add(TekigoSemanticHighlighting.NOT_APPLICABLE);
		getTokenTypes().add(TekigoSemanticHighlighting.PARTLY_CONFORMANT);
	}
}
