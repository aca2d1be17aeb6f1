package org.tekigo.dsl.validation;

import org.tekigo.dsl.nls.DslMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.tekigo.dsl.edition.AnswerPins;
import org.tekigo.dsl.edition.StaleTexts;
import org.tekigo.dsl.review.AnswerFingerprint;
import org.tekigo.dsl.review.ReviewedAnswers;
import org.tekigo.dsl.review.ReviewedAnswers.Key;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.FollowUp;
import org.tekigo.dsl.tekigo.Review;
import org.tekigo.dsl.workspace.Scales;
import org.tekigo.dsl.tekigo.Verdict;
import org.tekigo.dsl.tekigo.VerdictKind;
import org.tekigo.dsl.workspace.Dates;
import org.tekigo.dsl.workspace.Ids;
import org.tekigo.dsl.workspace.Requirements;

import com.google.inject.Inject;

import static org.tekigo.dsl.tekigo.TekigoPackage.Literals.*;

/**
 * A hospital's review against the disclosure it judges: a verdict per answer, each still about
 * the answer as it is now, and the risks it accepts explained.
 */
public class TekigoReviewValidator extends ComposedValidator {

	@Inject(optional = true)
	private Clock clock = Clock.systemDefaultZone();

	@Check
	public void checkVerdictHasAnswer(Verdict verdict) {
		Review review = (Review) verdict.eContainer();
		if (ReviewedAnswers.disclosure(review).isPresent() && !verdict.getItem().eIsProxy()
				&& (verdict.getRequirement() == null || !verdict.getRequirement().eIsProxy())
				&& ReviewedAnswers.answer(verdict).isEmpty()) {
			error(bind(DslMessages.Review_verdictWithoutAnswer, review.getDisclosure().getName(), Key.of(verdict).id()), verdict,
					VERDICT__ITEM, IssueCodes.VERDICT_WITHOUT_ANSWER);
		}
	}

	@Check(CheckType.NORMAL)
	public void checkVerdictsAreUnique(Review review) {
		Set<Key> seen = new HashSet<>();
		for (Verdict verdict : review.getVerdicts()) {
			if (!verdict.getItem().eIsProxy() && !seen.add(Key.of(verdict))) {
				error(bind(DslMessages.Review_duplicateVerdict, Key.of(verdict).id()), verdict, VERDICT__ITEM,
						IssueCodes.DUPLICATE_VERDICT);
			}
		}
	}

	@Check
	public void checkVerdictIsPinned(Verdict verdict) {
		if (verdict.getPin() == null) {
			ReviewedAnswers.answer(verdict).ifPresent(answer -> warning(bind(DslMessages.Review_unpinnedVerdict,
					Key.of(verdict).id()), verdict, VERDICT__VERDICT, IssueCodes.UNPINNED_VERDICT));
		}
	}

	@Check
	public void checkVerdictIsNotSuspect(Verdict verdict) {
		Optional<Answer> answer = ReviewedAnswers.answer(verdict);
		if (verdict.getPin() == null || answer.isEmpty()) {
			return;
		}
		if (!AnswerFingerprint.matches(verdict, answer.get())) {
			String message = verdict.getDate() == null ? DslMessages.Review_suspectVerdict
					: bind(DslMessages.Review_suspectVerdictSince, verdict.getDate());
			warning(message, verdict, VERDICT__PIN, IssueCodes.SUSPECT_VERDICT);
		} else if (ReviewedAnswers.isSuspect(verdict, answer.get())) { // the answer is stale
			warning(bind(DslMessages.Review_suspectVerdictStale, StaleTexts.summary(AnswerPins.changes(answer.get()))), verdict,
					VERDICT__PIN, IssueCodes.SUSPECT_VERDICT);
		}
	}

	@Check(CheckType.NORMAL)
	public void checkEveryAnswerHasVerdict(Review review) {
		Set<Key> judged = new HashSet<>();
		review.getVerdicts().forEach(verdict -> judged.add(Key.of(verdict)));
		ReviewedAnswers.disclosure(review).map(ReviewedAnswers::answers).orElse(Map.of()).keySet().stream()
				.filter(key -> !judged.contains(key))
				.forEach(key -> warning(bind(DslMessages.Review_answerWithoutVerdict, key.id()), review, REVIEW__DISCLOSURE,
						IssueCodes.ANSWER_WITHOUT_VERDICT, key.id()));
	}

	@Check
	public void checkVerdictIsGiven(Verdict verdict) {
		if (verdict.getVerdict() == VerdictKind.PENDING) {
			warning(bind(DslMessages.Review_pendingVerdict, Key.of(verdict).id()), verdict, VERDICT__VERDICT,
					IssueCodes.PENDING_VERDICT);
		}
	}

	@Check
	public void checkAcceptedMinimumGapHasNote(Verdict verdict) {
		if (verdict.getVerdict() != VerdictKind.ACCEPTED || (verdict.getNote() != null && !verdict.getNote().isBlank())) {
			return;
		}
		ReviewedAnswers.answer(verdict).filter(Scales::isGap).ifPresent(answer -> Requirements.firstMinimum(answer)
				.ifPresent(minimum -> warning(bind(DslMessages.Review_minimumGapAcceptedWithoutNote, Ids.of(minimum),
						Scales.entryOf(answer).map(Scales.Entry::word).orElse(answer.getStatus())), verdict, VERDICT__VERDICT,
						IssueCodes.MINIMUM_GAP_ACCEPTED_WITHOUT_NOTE)));
	}

	@Check
	public void checkVerdictDate(Verdict verdict) {
		if (verdict.getDate() != null && Dates.parse(verdict.getDate()).isEmpty()) {
			error(bind(DslMessages.Review_malformedDate, verdict.getDate()), verdict, VERDICT__DATE,
					IssueCodes.MALFORMED_REVIEW_DATE);
		}
	}

	@Check
	public void checkFollowUpDue(FollowUp followUp) {
		if (followUp.getDue() == null) {
			return;
		}
		Optional<LocalDate> due = Dates.parse(followUp.getDue());
		if (due.isEmpty()) {
			error(bind(DslMessages.Answer_malformedDueDate, followUp.getDue()), followUp, FOLLOW_UP__DUE,
					IssueCodes.MALFORMED_DUE_DATE);
		} else if (due.get().isBefore(LocalDate.now(clock))) {
			warning(bind(DslMessages.Review_followUpPastDue, followUp.getDue()), followUp, FOLLOW_UP__DUE, IssueCodes.FOLLOW_UP_PAST_DUE);
		}
	}
}
