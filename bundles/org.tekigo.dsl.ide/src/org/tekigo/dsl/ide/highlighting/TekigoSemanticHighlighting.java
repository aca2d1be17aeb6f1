package org.tekigo.dsl.ide.highlighting;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Remediation;
import org.tekigo.dsl.tekigo.Meaning;
import org.tekigo.dsl.workspace.Scales;
import org.tekigo.dsl.tekigo.TekigoPackage;

/**
 * What the text means, for editors that colour by meaning (semantic tokens): each answer's word
 * by what it means in its catalog's scale (conformant, partly, nonconformant, not applicable), the
 * names a document declares, the ids it refers to, and due dates.
 */
public class TekigoSemanticHighlighting implements ISemanticHighlightingCalculator {

	/** Token types beside LSP's own, one per status; clients map them like the grammar's status scopes. */
	public static final String CONFORMANT = "conformant";
	public static final String NONCONFORMANT = "nonconformant";
	public static final String NOT_APPLICABLE = "notApplicable";
	public static final String PARTLY_CONFORMANT = "partlyConformant";

	// LSP's token types and modifiers used for the rest.
	static final String DECLARED = "property";
	static final String REFERENCE = "variable";
	static final String DATE = "number";
	static final String DECLARATION = "declaration";

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
		if (resource == null || resource.getParseResult() == null) {
			return;
		}
		resource.getAllContents().forEachRemaining(element -> {
			if (cancel != null && cancel.isCanceled()) {
				return;
			}
			highlightName(element, acceptor);
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (!reference.isContainment()) {
					highlight(element, reference, acceptor, REFERENCE);
				}
			}
			if (element instanceof Answer answer && Scales.meaning(answer) != null) {
				highlight(answer, TekigoPackage.Literals.ANSWER__STATUS, acceptor, statusType(Scales.meaning(answer)));
			}
			if (element instanceof Remediation) {
				highlight(element, TekigoPackage.Literals.REMEDIATION__DUE, acceptor, DATE);
			}
		});
	}

	/** By what the word means in its catalog's scale, whichever word it is (適合可能, はい, ○…). */
	public static String statusType(Meaning meaning) {
		return switch (meaning) {
			case FULFILLED -> CONFORMANT;
			case PARTLY_FULFILLED -> PARTLY_CONFORMANT;
			case GAP -> NONCONFORMANT;
			case NOT_APPLICABLE -> NOT_APPLICABLE;
		};
	}

	private static void highlightName(EObject element, IHighlightedPositionAcceptor acceptor) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		if (name != null) {
			highlight(element, name, acceptor, DECLARED, DECLARATION);
		}
	}

	private static void highlight(EObject element, EStructuralFeature feature, IHighlightedPositionAcceptor acceptor, String... ids) {
		for (INode node : NodeModelUtils.findNodesForFeature(element, feature)) {
			acceptor.addPosition(node.getOffset(), node.getLength(), ids);
		}
	}
}
