package org.tekigo.dsl.edition;

import static org.eclipse.osgi.util.NLS.bind;

import java.util.List;
import java.util.stream.Collectors;

import org.tekigo.dsl.edition.AnswerPins.Change;
import org.tekigo.dsl.nls.DslMessages;

/** How a stale answer's changes are said: one clause per change, in the user's language. */
public final class StaleTexts {

	private StaleTexts() {
	}

	/** "requirement 6.5/C/7 changed since this answer was given; …". */
	public static String summary(List<Change> changes) {
		return changes.stream().map(StaleTexts::clause).collect(Collectors.joining("; "));
	}

	public static String clause(Change change) {
		return switch (change.kind()) {
			case ITEM_CHANGED -> bind(DslMessages.Answer_itemChanged, change.id());
			case REQUIREMENT_CHANGED -> bind(DslMessages.Answer_requirementChanged, change.id());
			case REQUIREMENT_ADDED -> bind(DslMessages.Answer_requirementAdded, change.id());
			case REQUIREMENT_REMOVED -> bind(DslMessages.Answer_requirementRemoved, change.id());
		};
	}
}
