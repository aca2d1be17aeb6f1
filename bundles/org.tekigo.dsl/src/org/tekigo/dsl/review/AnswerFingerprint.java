package org.tekigo.dsl.review;

import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Evidence;
import org.tekigo.dsl.tekigo.Remediation;
import org.tekigo.dsl.tekigo.Verdict;
import org.tekigo.dsl.workspace.Fingerprints;
import org.tekigo.dsl.workspace.Scales;

import java.util.Optional;

/**
 * What a verdict is pinned to: a short hash of what an answer says (its status, its comment or
 * the text of the statement it refers to, its evidence and its plan). Layout, comments in the
 * file and the alias a word is written with do not change it; a changed word does.
 */
public final class AnswerFingerprint {

	/** Hex digits kept of the SHA-256: 32 bits, plenty to tell one version of an answer from the next. */
	public static final int LENGTH = Fingerprints.LENGTH;

	private AnswerFingerprint() {
	}

	/** The verdict is pinned to the answer as it is now: same word (or its alias), same fingerprint. */
	public static boolean matches(Verdict verdict, Answer answer) {
		return verdict.getPin() != null && verdict.getPin().equals(of(answer)) && sameWord(verdict.getPinnedStatus(), answer);
	}

	/** Whether a word pinned by a verdict is the answer's word now, or its alias. */
	public static boolean sameWord(String pinned, Answer answer) {
		Optional<Scales.Entry> now = Scales.entryOf(answer);
		return now.isPresent() ? now.get().writtenAs(pinned) : answer.getStatus() != null && answer.getStatus().equals(pinned);
	}

	public static String of(Answer answer) {
		StringBuilder said = new StringBuilder();
		said.append(Scales.entryOf(answer).map(Scales.Entry::canonical).orElse(String.valueOf(answer.getStatus()))).append('\u0000');
		said.append(answer.getStatement() != null && !answer.getStatement().eIsProxy() ? answer.getStatement().getText()
				: nullToEmpty(answer.getComment())).append('\u0000');
		for (Evidence evidence : answer.getEvidence()) {
			said.append(evidence.getKind().getName()).append(' ').append(nullToEmpty(evidence.getValue())).append('\u0001');
		}
		said.append('\u0000');
		Remediation remediation = answer.getRemediation();
		if (remediation != null) {
			said.append(nullToEmpty(remediation.getPlan())).append('\u0001').append(nullToEmpty(remediation.getOwner()))
					.append('\u0001').append(nullToEmpty(remediation.getDue()));
		}
		return Fingerprints.of(said.toString());
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
