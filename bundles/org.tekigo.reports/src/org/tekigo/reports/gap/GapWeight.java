package org.tekigo.reports.gap;

/** How much a 不適合 weighs: by the strongest class among the requirements it touches. */
public enum GapWeight {
	/** Touches at least one C (最低限のガイドライン) requirement: the hospital must not accept it as is. */
	MINIMUM,
	/** Touches D (推奨されるガイドライン) requirements only. */
	RECOMMENDED,
	/** Relates to no guideline requirement at all (a provider-guideline measure of its own). */
	UNCLASSIFIED
}
