package org.tekigo.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.tekigo.dsl.edition.Editions;
import org.tekigo.dsl.tekigo.Catalog;
import org.tekigo.dsl.tekigo.Guideline;
import org.tekigo.dsl.tekigo.Heading;
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.tekigo.Qualifier;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.tekigo.RequirementClass;
import org.tekigo.dsl.tekigo.Section;
import org.tekigo.dsl.workspace.Ids;

/**
 * The earlier edition a published checklist prints beside each requirement (its 内容 column), as a
 * guideline of its own with the same numbering, and the catalog's items related to it: so that a
 * workspace holds both editions and a disclosure can move between them ({@code tekigo migrate}).
 * A requirement the checklist prints without an earlier text is new in the later edition and has
 * no place in the earlier one.
 */
final class EarlierEdition {

	public static final String GUIDELINE_ID = "mhlw50";
	public static final String VERSION = "5";
	public static final String CATALOG_ID = "provider-mhlw50";

	/** The printed number of a text ("3.", "(3)", "（3）", "3．"), with what follows it. */
	private static final Pattern LABEL = Pattern.compile("^\\s*[（(]?\\s*([0-9０-９]+)\\s*[）)．.]\\s*");

	private EarlierEdition() {
	}

	/**
	 * The earlier guideline: the later one's outline with the earlier texts. A text keeps its
	 * printed number only where that differs from the requirement's own (the earlier edition
	 * numbered it otherwise), as the later texts are written without theirs.
	 */
	static Guideline guideline(Guideline later) {
		Guideline earlier = EcoreUtil.copy(later);
		earlier.setName(GUIDELINE_ID);
		earlier.setVersion(VERSION);
		earlier.setSucceeds(null);
		List<Requirement> requirements = new ArrayList<>();
		earlier.eAllContents().forEachRemaining(e -> {
			if (e instanceof Requirement requirement) {
				requirements.add(requirement);
			}
		});
		for (Requirement requirement : requirements) {
			if (requirement.getPrevious() == null) {
				EcoreUtil.remove(requirement);
			} else {
				requirement.setText(withoutOwnNumber(requirement.getPrevious(), requirement.getName()));
				requirement.setPrevious(null);
			}
		}
		removeEmpty(earlier);
		return earlier;
	}

	/** The catalog of the same items, each related to what the earlier guideline has of its requirements. */
	static Catalog catalog(Catalog later, Guideline earlierGuideline) {
		Map<String, Requirement> earlier = Editions.requirementsById(earlierGuideline);
		Catalog catalog = EcoreUtil.copy(later);
		catalog.setName(CATALOG_ID);
		catalog.setGuideline(earlierGuideline);
		catalog.eAllContents().forEachRemaining(e -> {
			if (e instanceof Item item) {
				List<Requirement> related = item.getRelations().stream().map(r -> earlier.get(Ids.of(r)))
						.filter(r -> r != null).toList();
				item.getRelations().clear();
				item.getRelations().addAll(related);
			}
		});
		return catalog;
	}

	static String withoutOwnNumber(String text, String number) {
		Matcher label = LABEL.matcher(text);
		if (label.find() && number.equals(String.valueOf(Integer.parseInt(toAscii(label.group(1)))))) {
			return text.substring(label.end());
		}
		return text;
	}

	private static String toAscii(String digits) {
		StringBuilder ascii = new StringBuilder();
		digits.codePoints().forEach(c -> ascii.append(Character.forDigit(Character.digit(c, 10), 10)));
		return ascii.toString();
	}

	/** Classes, qualifiers, headings and sections left without a requirement go too. */
	private static void removeEmpty(Guideline guideline) {
		boolean removed = true;
		while (removed) {
			List<EObject> empty = new ArrayList<>();
			guideline.eAllContents().forEachRemaining(e -> {
				boolean container = e instanceof Section || e instanceof RequirementClass || e instanceof Qualifier || e instanceof Heading;
				if (container && e.eContents().isEmpty()) {
					empty.add(e);
				}
			});
			empty.forEach(EcoreUtil::remove);
			removed = !empty.isEmpty();
		}
	}
}
