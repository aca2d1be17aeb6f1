package org.tekigo.dsl.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.tekigo.dsl.review.AnswerFingerprint;
import org.tekigo.dsl.review.ReviewedAnswers;
import org.tekigo.dsl.review.ReviewedAnswers.Key;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.FollowUp;
import org.tekigo.dsl.tekigo.Review;
import org.tekigo.dsl.tekigo.Status;
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
			error("Disclosure " + review.getDisclosure().getName() + " has no answer " + Key.of(verdict).id(), verdict,
					VERDICT__ITEM, IssueCodes.VERDICT_WITHOUT_ANSWER);
		}
	}

	@Check(CheckType.NORMAL)
	public void checkVerdictsAreUnique(Review review) {
		Set<Key> seen = new HashSet<>();
		for (Verdict verdict : review.getVerdicts()) {
			if (!verdict.getItem().eIsProxy() && !seen.add(Key.of(verdict))) {
				error("Answer " + Key.of(verdict).id() + " has a verdict already", verdict, VERDICT__ITEM,
						IssueCodes.DUPLICATE_VERDICT);
			}
		}
	}

	@Check
	public void checkVerdictIsPinned(Verdict verdict) {
		if (verdict.getPin() == null) {
			ReviewedAnswers.answer(verdict).ifPresent(answer -> warning("Verdict on " + Key.of(verdict).id()
					+ " is not pinned to the answer it judges", verdict, VERDICT__VERDICT, IssueCodes.UNPINNED_VERDICT));
		}
	}

	@Check
	public void checkVerdictIsNotSuspect(Verdict verdict) {
		Optional<Answer> answer = ReviewedAnswers.answer(verdict);
		if (verdict.getPin() == null || answer.isEmpty()) {
			return;
		}
		if (!AnswerFingerprint.matches(verdict, answer.get())) {
			String since = verdict.getDate() == null ? "" : " on " + verdict.getDate();
			warning("suspect: the answer changed since it was reviewed" + since, verdict, VERDICT__PIN, IssueCodes.SUSPECT_VERDICT);
		}
	}

	@Check(CheckType.NORMAL)
	public void checkEveryAnswerHasVerdict(Review review) {
		Set<Key> judged = new HashSet<>();
		review.getVerdicts().forEach(verdict -> judged.add(Key.of(verdict)));
		ReviewedAnswers.disclosure(review).map(ReviewedAnswers::answers).orElse(Map.of()).keySet().stream()
				.filter(key -> !judged.contains(key))
				.forEach(key -> warning("Answer " + key.id() + " has no verdict", review, REVIEW__DISCLOSURE,
						IssueCodes.ANSWER_WITHOUT_VERDICT, key.id()));
	}

	@Check
	public void checkVerdictIsGiven(Verdict verdict) {
		if (verdict.getVerdict() == VerdictKind.PENDING) {
			warning("Answer " + Key.of(verdict).id() + " is not judged yet", verdict, VERDICT__VERDICT,
					IssueCodes.PENDING_VERDICT);
		}
	}

	@Check
	public void checkAcceptedMinimumGapHasNote(Verdict verdict) {
		if (verdict.getVerdict() != VerdictKind.ACCEPTED || (verdict.getNote() != null && !verdict.getNote().isBlank())) {
			return;
		}
		ReviewedAnswers.answer(verdict).filter(answer -> answer.getStatus() == Status.NONCONFORMANT)
				.flatMap(Requirements::firstMinimum)
				.ifPresent(minimum -> warning("不適合 against minimum requirement " + Ids.of(minimum)
						+ " accepted without a note: say why the risk is acceptable", verdict, VERDICT__VERDICT,
						IssueCodes.MINIMUM_GAP_ACCEPTED_WITHOUT_NOTE));
	}

	@Check
	public void checkVerdictDate(Verdict verdict) {
		if (verdict.getDate() != null && Dates.parse(verdict.getDate()).isEmpty()) {
			error("Date " + verdict.getDate() + " is not a date: write YYYY-MM-DD", verdict, VERDICT__DATE,
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
			error("Due date " + followUp.getDue() + " is not a date: write YYYY-MM-DD", followUp, FOLLOW_UP__DUE,
					IssueCodes.MALFORMED_DUE_DATE);
		} else if (due.get().isBefore(LocalDate.now(clock))) {
			warning("Follow-up due " + followUp.getDue() + " is past", followUp, FOLLOW_UP__DUE, IssueCodes.FOLLOW_UP_PAST_DUE);
		}
	}
}
