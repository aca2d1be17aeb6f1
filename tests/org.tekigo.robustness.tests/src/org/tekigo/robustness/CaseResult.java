package org.tekigo.robustness;

/** How a case ended, with a word on why, and how long it took. */
public record CaseResult(FuzzCase fuzzCase, Outcome outcome, String detail, long millis) {

	@Override
	public String toString() {
		return fuzzCase + ": " + outcome + (detail.isEmpty() ? "" : " (" + detail + ")") + ", " + millis + " ms";
	}
}
