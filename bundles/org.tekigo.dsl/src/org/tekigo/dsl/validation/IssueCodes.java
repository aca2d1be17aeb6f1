package org.tekigo.dsl.validation;

import org.eclipse.xtext.diagnostics.Diagnostic;

/**
 * The contract between the validator, the quick fixes and the command line: every diagnostic
 * Tekigo reports carries one of these codes.
 */
public interface IssueCodes {

	String PREFIX = "tekigo.";

	/** The text does not follow the grammar (reported by the parser). */
	String SYNTAX_ERROR = Diagnostic.SYNTAX_DIAGNOSTIC;
	/** A name that nothing in the workspace declares (reported by the linker). */
	String UNRESOLVED_REFERENCE = Diagnostic.LINKING_DIAGNOSTIC;

	String DUPLICATE_ID = PREFIX + "duplicateId";

	// disclosure ↔ catalog
	String UNANSWERED_ITEM = PREFIX + "unansweredItem";
	String ITEM_OF_OTHER_CATALOG = PREFIX + "itemOfOtherCatalog";
	String REQUIREMENT_NOT_RELATED = PREFIX + "requirementNotRelated";
	String DUPLICATE_ANSWER = PREFIX + "duplicateAnswer";
	String MIXED_ANSWER = PREFIX + "mixedAnswer";
	String MISSING_GUIDELINE = PREFIX + "missingGuideline";

	// the content of an answer
	String NONCONFORMANT_WITHOUT_COMMENT = PREFIX + "nonconformantWithoutComment";
	String NOT_APPLICABLE_WITHOUT_REASON = PREFIX + "notApplicableWithoutReason";
	String MINIMUM_GAP_WITHOUT_PLAN = PREFIX + "minimumGapWithoutPlan";
	String MALFORMED_DUE_DATE = PREFIX + "malformedDueDate";
	String DUE_DATE_PAST = PREFIX + "dueDatePast";
	String MALFORMED_URL = PREFIX + "malformedUrl";
	String URL_NOT_HTTPS = PREFIX + "urlNotHttps";
	String UNUSED_STATEMENT = PREFIX + "unusedStatement";

	// a review of a disclosure
	String VERDICT_WITHOUT_ANSWER = PREFIX + "verdictWithoutAnswer";
	String DUPLICATE_VERDICT = PREFIX + "duplicateVerdict";
	String UNPINNED_VERDICT = PREFIX + "unpinnedVerdict";
	String SUSPECT_VERDICT = PREFIX + "suspectVerdict";
	String ANSWER_WITHOUT_VERDICT = PREFIX + "answerWithoutVerdict";
	String PENDING_VERDICT = PREFIX + "pendingVerdict";
	String MINIMUM_GAP_ACCEPTED_WITHOUT_NOTE = PREFIX + "minimumGapAcceptedWithoutNote";
	String MALFORMED_REVIEW_DATE = PREFIX + "malformedReviewDate";
	String FOLLOW_UP_PAST_DUE = PREFIX + "followUpPastDue";

	// a guideline: its weights and editions
	String UNDECLARED_WEIGHT = PREFIX + "undeclaredWeight";
	String TWO_DEFAULT_WEIGHTS = PREFIX + "twoDefaultWeights";
	String SUCCESSION_CYCLE = PREFIX + "successionCycle";
	String COUNTERPART_OUTSIDE_PREDECESSOR = PREFIX + "counterpartOutsidePredecessor";

	// answer scales
	String UNKNOWN_WORD = PREFIX + "unknownWord";
	String MISSING_PLAN = PREFIX + "missingPlan";
	String MISSING_DUE = PREFIX + "missingDue";
	String NO_GAP_WORD = PREFIX + "noGapWord";
	String SAME_MEANING = PREFIX + "sameMeaning";
	String DUPLICATE_WORD = PREFIX + "duplicateWord";

	// what an answer was given against
	String MALFORMED_PIN = PREFIX + "malformedPin";
	String STALE_ANSWER = PREFIX + "staleAnswer";
	String UNPINNED_ANSWERS = PREFIX + "unpinnedAnswers";

	// the catalog's text
	String UNKNOWN_SIBLING_CITATION = PREFIX + "unknownSiblingCitation";
}
