package org.tekigo.reports.model;

import java.util.List;
import java.util.Optional;

import org.tekigo.reports.model.DisclosureView.Meaning;
import org.tekigo.reports.model.DisclosureView.Status;

/**
 * The words a report uses for what answers say, taken from the disclosure's scale: 適合可能 /
 * 不適合 / 対象外 for the provider's checklist, はい / いいえ for the cybersecurity checklist.
 * The reports' messages are written in the provider's words (they read naturally so in both
 * languages and in the translations); {@link #say} puts the scale's words in their place, so a
 * disclosure on another scale never reads "不適合" where its vendor answered "いいえ".
 */
public record ScaleWords(List<Status> scale) {

	public static final ScaleWords PROVIDER = new ScaleWords(Status.PROVIDER);

	public static ScaleWords of(DisclosureView disclosure) {
		return new ScaleWords(disclosure.scale());
	}

	/** The first word of a meaning, as the scale orders them; empty when the scale has none. */
	public Optional<Status> word(Meaning meaning) {
		return scale.stream().filter(status -> status.meaning() == meaning).findFirst();
	}

	/** The word of a meaning, or the provider's word when the scale has none (so messages stay sentences). */
	public String label(Meaning meaning) {
		return word(meaning).map(Status::label).orElseGet(() -> PROVIDER.word(meaning).map(Status::label).orElse(""));
	}

	/** All words of a meaning, "/"-joined: "いいえ" or "未対応/×". */
	public String labels(Meaning meaning) {
		List<String> labels = scale.stream().filter(status -> status.meaning() == meaning).map(Status::label).toList();
		return labels.isEmpty() ? label(meaning) : String.join("/", labels);
	}

	public boolean has(Meaning meaning) {
		return word(meaning).isPresent();
	}

	/** A message written in the provider's words, in this scale's words. */
	public String say(String message) {
		if (scale.equals(Status.PROVIDER)) {
			return message;
		}
		// 不適合 holds 適合: replace it first, through a mark that no message contains.
		return message.replace(Status.NONCONFORMANT.label(), "\u0000")
				.replace(Status.CONFORMANT.label(), labels(Meaning.FULFILLED))
				.replace(Status.NOT_APPLICABLE.label(), labels(Meaning.NOT_APPLICABLE))
				.replace("\u0000", labels(Meaning.GAP));
	}
}
