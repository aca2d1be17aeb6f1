package org.tekigo.reports.gap;

import org.tekigo.reports.nls.ReportMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A CI gate over a gap analysis, as chosen by {@code --fail-on minimum-gap|any-gap|stale}.
 * Unanswered items and 対象外 without a reason do not fail a gate: they are incomplete, not
 * non-conformant, and the checker reports them already.
 */
public enum GapGate {
	/** Fails when a 不適合 answer touches a minimum (C) requirement. */
	FAIL_ON_MINIMUM_GAP("minimum-gap"),
	/** Fails on any 不適合 answer. */
	FAIL_ON_ANY_GAP("any-gap"),
	/** Fails while an answer is stale: given against a text that changed since, and not confirmed. */
	FAIL_ON_STALE("stale");

	private final String option;

	GapGate(String option) {
		this.option = option;
	}

	/** The value of {@code --fail-on}. */
	public String option() {
		return option;
	}

	/** The gate named by a {@code --fail-on} value. */
	public static GapGate fromOption(String value) {
		return Arrays.stream(values()).filter(gate -> gate.option.equals(value)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException(bind(ReportMessages.Gate_unknown, value,
						Arrays.stream(values()).map(GapGate::option).collect(Collectors.joining(" or ")))));
	}

	public boolean fails(GapAnalysis analysis) {
		return failingGaps(analysis) > 0;
	}

	/** Why the gate fails (or passes), for the console. */
	public String explain(GapAnalysis analysis) {
		int failing = failingGaps(analysis);
		return switch (this) {
			case FAIL_ON_MINIMUM_GAP -> analysis.weights().minimum(
					analysis.words().say(failing > 0 ? ReportMessages.Gate_minimumFails : ReportMessages.Gate_minimumPasses), option, failing);
			case FAIL_ON_ANY_GAP -> bind(analysis.words().say(failing > 0 ? ReportMessages.Gate_anyFails : ReportMessages.Gate_anyPasses),
					option, failing);
			case FAIL_ON_STALE -> bind(failing > 0 ? ReportMessages.Gate_staleFails : ReportMessages.Gate_stalePasses, option, failing);
		};
	}

	private int failingGaps(GapAnalysis analysis) {
		return switch (this) {
			case FAIL_ON_MINIMUM_GAP -> analysis.summary().minimumGaps();
			case FAIL_ON_ANY_GAP -> analysis.summary().nonconformant();
			case FAIL_ON_STALE -> analysis.stale().size();
		};
	}
}
