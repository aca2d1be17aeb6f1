package org.tekigo.dsl.formatting2;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegionsFinder;
import org.eclipse.xtext.formatting2.regionaccess.ISequentialRegion;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Document;
import org.tekigo.dsl.tekigo.Verdict;

/**
 * The layout of a Tekigo file: one declaration per line, blocks indented by a tab, an
 * answer's evidence, remediation and pin (a verdict's follow-up) on indented lines below it, no spaces inside brackets
 * ({@code [6.3/C/3]}). One blank line the writer left between declarations is kept.
 */
public class TekigoFormatter extends AbstractJavaFormatter {

	protected void format(Document document, IFormattableDocument doc) {
		formatTokens(document, doc);
		formatBlock(document, doc);
		document.eAllContents().forEachRemaining(element -> {
			formatBlock(element, doc);
			if (element instanceof Answer answer) {
				formatAnswer(answer, doc);
			} else if (element instanceof Verdict verdict && verdict.getFollowUp() != null) {
				formatContinuation(verdict, getTextRegionAccess().regionForEObject(verdict.getFollowUp()), doc);
				doc.prepend(verdict.getFollowUp(), it -> it.newLine());
			}
		});
	}

	/** Every token on a line is separated by one space; the file ends with a line break. */
	private void formatTokens(Document document, IFormattableDocument doc) {
		for (ISemanticRegion region : getTextRegionAccess().regionForRootEObject().getAllSemanticRegions()) {
			doc.append(region, it -> { it.oneSpace(); it.lowPriority(); });
		}
		doc.append(document, it -> it.setNewLines(1));
		ISemanticRegionsFinder all = getTextRegionAccess().regionForRootEObject().getAllRegionsFor();
		for (ISemanticRegion open : all.keywords("[")) {
			doc.append(open, it -> it.noSpace());
		}
		for (ISemanticRegion close : all.keywords("]")) {
			doc.prepend(close, it -> it.noSpace());
		}
		for (ISemanticRegion comma : all.keywords(",")) {
			doc.prepend(comma, it -> it.noSpace());
		}
	}

	/** Declarations inside braces go on their own lines, indented. */
	private void formatBlock(EObject element, IFormattableDocument doc) {
		ISemanticRegion open = regionFor(element).keyword("{");
		ISemanticRegion close = regionFor(element).keyword("}");
		if (open == null || close == null) {
			return;
		}
		doc.interior(open, close, it -> it.indent());
		doc.prepend(close, it -> it.newLine());
		for (EObject child : element.eContents()) {
			if (!(child instanceof org.tekigo.dsl.tekigo.Evidence) && !(child instanceof org.tekigo.dsl.tekigo.Remediation)
					&& !(child instanceof org.tekigo.dsl.tekigo.FollowUp)) {
				doc.prepend(child, it -> it.setNewLines(1, 1, 2));
			}
		}
	}

	/** The lines of a declaration after its first, from {@code first} on, indented one more. */
	private void formatContinuation(EObject declaration, ISequentialRegion first, IFormattableDocument doc) {
		doc.set(first.getPreviousHiddenRegion(), getTextRegionAccess().regionForEObject(declaration).getNextHiddenRegion(),
				it -> it.indent());
	}

	private void formatAnswer(Answer answer, IFormattableDocument doc) {
		ISemanticRegion evidence = regionFor(answer).keyword("evidence");
		ISequentialRegion remediation = answer.getRemediation() == null ? null
				: getTextRegionAccess().regionForEObject(answer.getRemediation());
		ISemanticRegion pin = regionFor(answer).feature(org.tekigo.dsl.tekigo.TekigoPackage.Literals.ANSWER__PIN);
		ISequentialRegion first = evidence != null ? evidence : remediation != null ? remediation : pin;
		if (first == null) {
			return;
		}
		formatContinuation(answer, first, doc);
		if (evidence != null) {
			doc.prepend(evidence, it -> it.newLine());
		}
		if (answer.getRemediation() != null) {
			doc.prepend(answer.getRemediation(), it -> it.newLine());
		}
		if (pin != null) {
			doc.prepend(pin, it -> it.newLine());
		}
	}
}
