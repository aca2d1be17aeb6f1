package org.tekigo.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.tekigo.dsl.ide.contentassist.TekigoCrossrefProposalProvider;
import org.tekigo.dsl.ide.highlighting.TekigoSemanticHighlighting;
import org.tekigo.dsl.ide.quickfix.TekigoIdeQuickfixProvider;
import org.tekigo.dsl.ide.symbols.TekigoDocumentSymbols;
import org.tekigo.dsl.ide.symbols.TekigoWorkspaceSymbols;

/** IDE-neutral services of Tekigo: what the studio and the language server share. */
public class TekigoIdeModule extends AbstractTekigoIdeModule {

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return TekigoCrossrefProposalProvider.class;
	}

	public Class<? extends org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return org.tekigo.dsl.ide.contentassist.TekigoContentProposalProvider.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return TekigoIdeQuickfixProvider.class;
	}

	/** Code actions are the quick fixes, as the studio's Ctrl+1 offers them. */
	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return QuickFixCodeActionService.class;
	}

	/** Hovering a stale answer shows the texts it was given against beside today's. */
	public Class<? extends org.eclipse.xtext.ide.server.hover.IHoverService> bindIHoverService() {
		return org.tekigo.dsl.ide.hover.TekigoHoverService.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return TekigoSemanticHighlighting.class;
	}

	public Class<? extends HierarchicalDocumentSymbolService> bindHierarchicalDocumentSymbolService() {
		return TekigoDocumentSymbols.class;
	}

	public Class<? extends DocumentSymbolService> bindDocumentSymbolService() {
		return TekigoWorkspaceSymbols.class;
	}
}
