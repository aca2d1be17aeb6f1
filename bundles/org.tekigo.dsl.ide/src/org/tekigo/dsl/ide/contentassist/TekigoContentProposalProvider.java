package org.tekigo.dsl.ide.contentassist;

import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.tekigo.dsl.services.TekigoGrammarAccess;
import org.tekigo.dsl.tekigo.TekigoPackage;
import org.tekigo.dsl.workspace.ScaleWordTexts;
import org.tekigo.dsl.workspace.Scales;

import com.google.inject.Inject;

/**
 * After an answer's item, the words of its catalog's scale (はい / いいえ, or 適合可能 / 不適合 /
 * 対象外 for a catalog that declares none), each with what it means and asks: a word is no
 * keyword, so without this the editor would propose nothing there.
 */
public class TekigoContentProposalProvider extends IdeContentProposalProvider {

	@Inject
	private TekigoGrammarAccess grammar;

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (!isAnswersWord(assignment)) {
			super._createProposals(assignment, context, acceptor);
			return;
		}
		for (Scales.Entry entry : Scales.around(context.getCurrentModel())) {
			// The creator's overload without an initializer: the initializer's type is Xbase's, not a dependency here.
			ContentAssistEntry proposal = getProposalCreator().createProposal(entry.word(), context);
			if (proposal != null) {
				proposal.setKind(ContentAssistEntry.KIND_VALUE);
				proposal.setDescription(ScaleWordTexts.meaning(entry.meaning()));
				proposal.setDocumentation(ScaleWordTexts.describe(entry));
				acceptor.accept(proposal, getProposalPriorities().getDefaultPriority(proposal));
			}
		}
	}

	private boolean isAnswersWord(Assignment assignment) {
		return assignment.getTerminal() instanceof RuleCall call && call.getRule() == grammar.getWordRule()
				&& TekigoPackage.Literals.ANSWER__STATUS.getName().equals(assignment.getFeature())
				&& assignment.eContainer() != null && grammar.getAnswerRule().equals(org.eclipse.xtext.GrammarUtil.containingRule(assignment));
	}
}
