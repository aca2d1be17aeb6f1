package org.tekigo.dsl.nls;

import org.eclipse.osgi.util.NLS;

/**
 * The validator's messages and the hovers' texts of the Tekigo language.
 * The texts are in messages.properties (English, the fallback) and messages_ja.properties;
 * Eclipse's NLS picks them by the locale ({@code -nl} in the studio, {@code --lang} or the
 * environment on the command line). Sentences take their values as {0}, {1}, never as pieces.
 */
@SuppressWarnings("javadoc")
public final class DslMessages extends NLS {

	private static final String BUNDLE_NAME = "org.tekigo.dsl.nls.messages";

	public static String Answer_nonconformantWithoutComment;
	public static String Answer_notApplicableWithoutReason;
	public static String Answer_minimumGapWithoutPlan;
	public static String Answer_malformedDueDate;
	public static String Answer_dueDatePast;
	public static String Answer_urlNotHttps;
	public static String Answer_malformedUrl;
	public static String Catalog_unknownSiblingCitation;
	public static String Disclosure_unansweredItem;
	public static String Disclosure_duplicateAnswer;
	public static String Disclosure_duplicateAnswerForRequirement;
	public static String Disclosure_mixedAnswer;
	public static String Disclosure_itemOfOtherCatalog;
	public static String Disclosure_requirementNotRelated;
	public static String Disclosure_missingGuideline;
	public static String Disclosure_unusedStatement;
	public static String Names_duplicateId;
	public static String Names_duplicateDocument;
	public static String Review_verdictWithoutAnswer;
	public static String Review_duplicateVerdict;
	public static String Review_unpinnedVerdict;
	public static String Review_suspectVerdict;
	public static String Review_suspectVerdictSince;
	public static String Review_answerWithoutVerdict;
	public static String Review_pendingVerdict;
	public static String Review_minimumGapAcceptedWithoutNote;
	public static String Review_malformedDate;
	public static String Review_followUpPastDue;
	public static String Linking_unresolved;
	public static String Linking_Item;
	public static String Linking_Requirement;
	public static String Linking_Catalog;
	public static String Linking_Guideline;
	public static String Linking_Disclosure;
	public static String Linking_Statement;
	public static String Hover_item;
	public static String Hover_requirement;
	public static String Hover_scenario;
	public static String Hover_relatesTo;

	public static String Guideline_undeclaredWeight;
	public static String Guideline_twoDefaultWeights;
	public static String Guideline_successionCycle;
	public static String Guideline_counterpartOutsidePredecessor;
	public static String Guideline_counterpartWithoutPredecessor;
	public static String Answer_malformedPin;
	public static String Answer_stale;
	public static String Answer_itemChanged;
	public static String Answer_requirementChanged;
	public static String Answer_requirementAdded;
	public static String Answer_requirementRemoved;
	public static String Disclosure_unpinnedAnswers;
	public static String Review_suspectVerdictStale;
	public static String Hover_levelMinimum;
	public static String Hover_levelRecommended;
	public static String Hover_noWeight;
	public static String Hover_counterpart;
	public static String Hover_staleTitle;
	public static String Hover_textWhenAnswered;
	public static String Hover_textNow;
	public static String Hover_textNotInWorkspace;
	public static String Migration_sameCatalog;
	public static String Migration_noItemInCommon;
	public static String Migration_guidelineMissing;
	public static String Migration_itemNotInTarget;
	public static String Migration_noCounterpart;
	public static String Migration_counterpartNotRelated;
	public static String Answer_missingPlan;
	public static String Answer_missingDue;
	public static String Answer_unknownWord;
	public static String Scale_noGapWord;
	public static String Scale_sameMeaning;
	public static String Scale_duplicateWord;
	public static String Word_means;
	public static String Word_alias;
	public static String Word_requires;
	public static String Word_dutySeparator;
	public static String Meaning_fulfilled;
	public static String Meaning_partlyFulfilled;
	public static String Meaning_gap;
	public static String Meaning_notApplicable;
	public static String Duty_comment;
	public static String Duty_reason;
	public static String Duty_plan;
	public static String Duty_due;
	static {
		NLS.initializeMessages(BUNDLE_NAME, DslMessages.class);
	}

	private DslMessages() {
	}
}
