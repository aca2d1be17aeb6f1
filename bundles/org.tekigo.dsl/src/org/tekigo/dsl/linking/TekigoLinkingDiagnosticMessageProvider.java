package org.tekigo.dsl.linking;

import static org.eclipse.osgi.util.NLS.bind;

import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.tekigo.dsl.nls.DslMessages;
import org.tekigo.dsl.validation.IssueCodes;

/**
 * A reference to nothing, said in the user's language and with the guideline's words ("対策項目
 * 「1.1-①-22」が見つかりません。"). The issue code and its data stay Xtext's, which the quick fixes
 * for a mistyped id read.
 */
public class TekigoLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		DiagnosticMessage xtext = super.getUnresolvedProxyMessage(context);
		String type = switch (context.getReference().getEReferenceType().getName()) {
			case "Item" -> DslMessages.Linking_Item;
			case "Requirement" -> DslMessages.Linking_Requirement;
			case "Catalog" -> DslMessages.Linking_Catalog;
			case "Guideline" -> DslMessages.Linking_Guideline;
			case "Disclosure" -> DslMessages.Linking_Disclosure;
			case "Statement" -> DslMessages.Linking_Statement;
			default -> context.getReference().getEReferenceType().getName();
		};
		return new DiagnosticMessage(bind(DslMessages.Linking_unresolved, type, context.getLinkText()), Severity.ERROR,
				IssueCodes.UNRESOLVED_REFERENCE, xtext.getIssueData());
	}
}
