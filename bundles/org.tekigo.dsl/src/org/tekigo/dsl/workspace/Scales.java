package org.tekigo.dsl.workspace;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Catalog;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Duty;
import org.tekigo.dsl.tekigo.Meaning;
import org.tekigo.dsl.tekigo.Review;
import org.tekigo.dsl.tekigo.ScaleWord;

/**
 * The words a catalog's answers use: the ones it declares, or, declaring none, those of the
 * provider guideline's checklist (適合可能 / 不適合 / 対象外, with their English aliases), so that
 * every document written before scales were declared reads and checks as it did.
 */
public final class Scales {

	/**
	 * One word of a scale.
	 *
	 * @param word      the word as the checklist prints it
	 * @param alias     another word accepted for it (English), or null
	 * @param meaning   what an answer with it says
	 * @param requires  what such an answer must carry
	 * @param canonical the name a fingerprint of an answer uses for it: for the provider's words
	 *                  the names they always had (conformant…, the names of the enum they were), so that the verdicts pinned before
	 *                  scales were declared stay pinned; else the word
	 */
	public record Entry(String word, String alias, Meaning meaning, Set<Duty> requires, String canonical) {

		public boolean writtenAs(String written) {
			return word.equals(written) || written != null && written.equals(alias);
		}
	}

	/** The words of a catalog that declares none: the provider guideline's checklist's. */
	public static final List<Entry> PROVIDER = List.of(
			new Entry("適合可能", "conformant", Meaning.FULFILLED, Set.of(), "conformant"),
			new Entry("不適合", "nonconformant", Meaning.GAP, Set.of(Duty.COMMENT), "nonconformant"),
			new Entry("対象外", "notApplicable", Meaning.NOT_APPLICABLE, Set.of(Duty.REASON), "notApplicable"));

	private Scales() {
	}

	/** The scale of a catalog, in the order declared; the provider's words when it declares none. */
	public static List<Entry> of(Catalog catalog) {
		if (catalog == null || catalog.eIsProxy() || catalog.getScale() == null) {
			return PROVIDER;
		}
		return catalog.getScale().getWords().stream().filter(w -> w.getWord() != null).map(Scales::entry).toList();
	}

	/** The scale an answer (or a verdict's pin) is read with: its disclosure's catalog's. */
	public static List<Entry> around(EObject context) {
		EObject root = context == null ? null : EcoreUtil.getRootContainer(context);
		Catalog catalog = switch (root) {
			case Disclosure disclosure -> disclosure.getCatalog();
			case Review review -> review.getDisclosure() == null || review.getDisclosure().eIsProxy() ? null
					: review.getDisclosure().getCatalog();
			case Catalog c -> c;
			case null, default -> null;
		};
		return of(catalog);
	}

	/** The entry of a word in a scale: the word itself or its alias. */
	public static Optional<Entry> entry(List<Entry> scale, String written) {
		return scale.stream().filter(e -> e.writtenAs(written)).findFirst();
	}

	/** The entry of an answer's word; empty when the word is not its catalog's. */
	public static Optional<Entry> entryOf(Answer answer) {
		return entry(around(answer), answer.getStatus());
	}

	/** What an answer says; null when its word is not its catalog's (an error reported as such). */
	public static Meaning meaning(Answer answer) {
		return entryOf(answer).map(Entry::meaning).orElse(null);
	}

	public static boolean isGap(Answer answer) {
		return meaning(answer) == Meaning.GAP;
	}

	/** The word of a meaning in a scale, when it has one. */
	public static Optional<Entry> word(List<Entry> scale, Meaning meaning) {
		return scale.stream().filter(e -> e.meaning() == meaning).findFirst();
	}

	private static Entry entry(ScaleWord word) {
		Set<Duty> requires = word.getRequires().isEmpty() ? Set.of() : EnumSet.copyOf(word.getRequires());
		// A catalog that declares the provider's words keeps their fingerprints' names: declaring the
		// default explicitly must not make the verdicts pinned to its answers suspect.
		String canonical = PROVIDER.stream().filter(p -> p.word().equals(word.getWord()) && p.meaning() == word.getMeaning())
				.map(Entry::canonical).findFirst().orElse(word.getWord());
		return new Entry(word.getWord(), word.getAlias(), word.getMeaning(), requires, canonical);
	}
}
