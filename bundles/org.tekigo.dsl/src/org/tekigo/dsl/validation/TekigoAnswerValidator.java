package org.tekigo.dsl.validation;

import org.tekigo.dsl.nls.DslMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.validation.Check;
import org.tekigo.dsl.edition.AnswerPins;
import org.tekigo.dsl.edition.AnswerPins.Change;
import org.tekigo.dsl.edition.StaleTexts;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Evidence;
import org.tekigo.dsl.tekigo.EvidenceKind;
import org.tekigo.dsl.tekigo.Remediation;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Duty;
import org.tekigo.dsl.workspace.DocumentLinks;
import org.tekigo.dsl.workspace.Scales;
import org.tekigo.dsl.workspace.Dates;
import org.tekigo.dsl.workspace.Ids;
import org.tekigo.dsl.workspace.Requirements;

import com.google.inject.Inject;

import static org.tekigo.dsl.tekigo.TekigoPackage.Literals.*;

/** What one answer must say: why it is not conformant or not applicable, and how a gap closes. */
public class TekigoAnswerValidator extends ComposedValidator {

	@Inject(optional = true)
	private Clock clock = Clock.systemDefaultZone();

	@Check
	public void checkWordIsInScale(Answer answer) {
		if (answer.getStatus() == null || Scales.entryOf(answer).isPresent()) {
			return;
		}
		Disclosure disclosure = (Disclosure) answer.eContainer();
		if (disclosure.getCatalog() != null && disclosure.getCatalog().eIsProxy()) {
			return; // an unresolved catalog is the linker's to report
		}
		List<String> words = Scales.around(answer).stream().map(Scales.Entry::word).toList();
		error(bind(DslMessages.Answer_unknownWord, new Object[] { answer.getStatus(), DocumentLinks.catalogName(disclosure),
				String.join(" / ", words) }), answer, ANSWER__STATUS, IssueCodes.UNKNOWN_WORD, words.toArray(String[]::new));
	}

	/** What the answer's word requires it to carry (a 不適合 a comment, a 対象外 a reason, a いいえ a target date…). */
	@Check
	public void checkAnswerCarriesWhatItsWordRequires(Answer answer) {
		Scales.entryOf(answer).ifPresent(entry -> {
			for (Duty duty : entry.requires()) {
				switch (duty) {
					case COMMENT -> {
						if (!hasReason(answer)) {
							warning(bind(DslMessages.Answer_nonconformantWithoutComment, entry.word()), answer, ANSWER__STATUS,
									IssueCodes.NONCONFORMANT_WITHOUT_COMMENT);
						}
					}
					case REASON -> {
						if (!hasReason(answer)) {
							warning(bind(DslMessages.Answer_notApplicableWithoutReason, entry.word()), answer, ANSWER__STATUS,
									IssueCodes.NOT_APPLICABLE_WITHOUT_REASON);
						}
					}
					case PLAN -> {
						if (answer.getRemediation() == null || answer.getRemediation().getPlan() == null) {
							warning(bind(DslMessages.Answer_missingPlan, entry.word()), answer, ANSWER__STATUS, IssueCodes.MISSING_PLAN);
						}
					}
					case DUE -> {
						if (answer.getRemediation() == null || answer.getRemediation().getDue() == null) {
							warning(bind(DslMessages.Answer_missingDue, entry.word()), answer, ANSWER__STATUS, IssueCodes.MISSING_DUE);
						}
					}
				}
			}
		});
	}

	@Check
	public void checkMinimumGapHasPlan(Answer answer) {
		if (!Scales.isGap(answer) || answer.getRemediation() != null) {
			return;
		}
		String word = Scales.entryOf(answer).map(Scales.Entry::word).orElse(answer.getStatus());
		Requirements.firstMinimum(answer).ifPresent(requirement -> warning(bind(DslMessages.Answer_minimumGapWithoutPlan,
				Ids.of(requirement), word), answer, ANSWER__STATUS, IssueCodes.MINIMUM_GAP_WITHOUT_PLAN));
	}

	@Check
	public void checkPinIsWellFormed(Answer answer) {
		if (answer.getPin() != null && !AnswerPins.isWellFormed(answer.getPin())) {
			error(DslMessages.Answer_malformedPin, answer, ANSWER__PIN, IssueCodes.MALFORMED_PIN);
		}
	}

	@Check
	public void checkAnswerIsNotStale(Answer answer) {
		if (answer.getPin() == null) {
			return;
		}
		List<Change> changes = AnswerPins.changes(answer);
		if (!changes.isEmpty() && AnswerPins.isWellFormed(answer.getPin())) { // a malformed pin is an error of its own
			warning(bind(DslMessages.Answer_stale, StaleTexts.summary(changes)), answer, ANSWER__ITEM, IssueCodes.STALE_ANSWER);
		}
	}

	@Check
	public void checkDueDate(Remediation remediation) {
		if (remediation.getDue() == null) {
			return;
		}
		Optional<LocalDate> due = Dates.parse(remediation.getDue());
		if (due.isEmpty()) {
			error(bind(DslMessages.Answer_malformedDueDate, remediation.getDue()), remediation, REMEDIATION__DUE,
					IssueCodes.MALFORMED_DUE_DATE);
		} else if (due.get().isBefore(LocalDate.now(clock))) {
			warning(bind(DslMessages.Answer_dueDatePast, remediation.getDue()), remediation, REMEDIATION__DUE, IssueCodes.DUE_DATE_PAST);
		}
	}

	@Check
	public void checkEvidenceUrl(Evidence evidence) {
		if (evidence.getKind() != EvidenceKind.URL || evidence.getValue() == null) {
			return;
		}
		String url = evidence.getValue();
		try {
			URI uri = new URI(url);
			if (uri.getScheme() == null || uri.getHost() == null) {
				throw new URISyntaxException(url, "no scheme or host");
			}
			if (!"https".equalsIgnoreCase(uri.getScheme())) {
				warning(bind(DslMessages.Answer_urlNotHttps, url), evidence, EVIDENCE__VALUE, IssueCodes.URL_NOT_HTTPS);
			}
		} catch (URISyntaxException e) {
			error(bind(DslMessages.Answer_malformedUrl, url), evidence, EVIDENCE__VALUE, IssueCodes.MALFORMED_URL);
		}
	}

	private static boolean hasReason(Answer answer) {
		return answer.getStatement() != null || (answer.getComment() != null && !answer.getComment().isBlank());
	}
}
