package org.tekigo.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.tekigo.dsl.ide.contentassist.TekigoCrossrefProposalProvider;
import org.tekigo.dsl.ide.quickfix.TekigoIdeQuickfixProvider;

/** IDE-neutral services of Tekigo: what the studio and a language server share. */
public class TekigoIdeModule extends AbstractTekigoIdeModule {

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return TekigoCrossrefProposalProvider.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return TekigoIdeQuickfixProvider.class;
	}
}
