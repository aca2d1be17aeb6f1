package org.tekigo.dsl.workspace;

import static org.eclipse.osgi.util.NLS.bind;

import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.tekigo.dsl.nls.DslMessages;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Duty;
import org.tekigo.dsl.tekigo.Meaning;
import org.tekigo.dsl.tekigo.TekigoPackage;

/**
 * What a word of a scale means and asks, in a sentence: the hover over an answer's word (in the
 * studio and the language server) and the description of the words content assist proposes.
 */
public final class ScaleWordTexts {

	private ScaleWordTexts() {
	}

	/** "いいえ (no): a gap. An answer with it must give a target date." */
	public static String describe(Scales.Entry entry) {
		String sentence = bind(DslMessages.Word_means, new Object[] { entry.word(),
				entry.alias() == null ? "" : bind(DslMessages.Word_alias, entry.alias()), meaning(entry.meaning()) });
		if (entry.requires().isEmpty()) {
			return sentence;
		}
		String duties = entry.requires().stream().sorted().map(ScaleWordTexts::duty).collect(Collectors.joining(DslMessages.Word_dutySeparator));
		return sentence + " " + bind(DslMessages.Word_requires, duties);
	}

	/** The description of an answer's word when the offset is on it; empty elsewhere, or for a word not of its scale. */
	public static Optional<String> at(Answer answer, int offset) {
		for (INode node : NodeModelUtils.findNodesForFeature(answer, TekigoPackage.Literals.ANSWER__STATUS)) {
			if (offset >= node.getOffset() && offset <= node.getEndOffset()) {
				return Scales.entryOf(answer).map(ScaleWordTexts::describe);
			}
		}
		return Optional.empty();
	}

	public static String meaning(Meaning meaning) {
		return switch (meaning) {
			case FULFILLED -> DslMessages.Meaning_fulfilled;
			case PARTLY_FULFILLED -> DslMessages.Meaning_partlyFulfilled;
			case GAP -> DslMessages.Meaning_gap;
			case NOT_APPLICABLE -> DslMessages.Meaning_notApplicable;
		};
	}

	private static String duty(Duty duty) {
		return switch (duty) {
			case COMMENT -> DslMessages.Duty_comment;
			case REASON -> DslMessages.Duty_reason;
			case PLAN -> DslMessages.Duty_plan;
			case DUE -> DslMessages.Duty_due;
		};
	}
}
