package org.tekigo.robustness;

/**
 * How a fuzzing case ended. The first three are the documented outcomes; every other one is a
 * defect to fix.
 */
public enum Outcome {

	/** Tekigo text: parsed, validated, formatted and reported; diagnostics where the text is wrong. */
	CHECKED(true),
	/** Refused with exit 2 and one line naming the file (and line) at fault; nothing written or changed. */
	REFUSED(true),
	/** Imported (exit 0), and the workspace written or changed checks without errors. */
	IMPORTED(true),

	/** Exit 3, or an exception out of the command. */
	INTERNAL_ERROR(false),
	/** A Java stack trace or exception name in what the user sees. */
	STACK_TRACE(false),
	/** An exit status the command does not document for this input. */
	UNEXPECTED_EXIT(false),
	/** A refusal that does not name the file (and, for a checklist text, the line). */
	UNCLEAR_MESSAGE(false),
	/** A refusal that still wrote or changed files. */
	CHANGED_ON_REFUSAL(false),
	/** An import that wrote a workspace with errors. */
	BROKEN_WORKSPACE(false),
	/** A report said written whose files are not whole. */
	PARTIAL_REPORT(false),
	/** Formatting a document that parsed gave text that parses to another model, or not at all. */
	FORMAT_CHANGED_MEANING(false),
	/** The case took longer than the limit. */
	SLOW(false);

	private final boolean expected;

	Outcome(boolean expected) {
		this.expected = expected;
	}

	public boolean expected() {
		return expected;
	}
}
