package org.tekigo.importer;

import org.tekigo.importer.nls.ImporterMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Catalog;
import org.tekigo.dsl.edition.AnswerPins;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Guideline;
import org.tekigo.dsl.tekigo.Weight;
import org.tekigo.dsl.workspace.Scales;
import org.tekigo.dsl.workspace.Weights;
import org.tekigo.dsl.workspace.Weights.RequirementWeight;
import org.tekigo.dsl.tekigo.Evidence;
import org.tekigo.dsl.tekigo.EvidenceKind;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.tekigo.Statement;
import org.tekigo.dsl.tekigo.TekigoFactory;
import org.tekigo.importer.text.AnswerRow;
import org.tekigo.importer.text.ChecklistFormatException;
import org.tekigo.importer.text.Category;
import org.tekigo.importer.text.Group;
import org.tekigo.importer.text.Item;
import org.tekigo.importer.text.Measure;
import org.tekigo.importer.text.PublishedChecklist;
import org.tekigo.importer.text.Relation;

/**
 * Turns what a published checklist says into Tekigo's three documents: the guideline
 * requirements it cites, the provider guideline's measures, and the vendor's answers.
 * Every printed answer row becomes exactly one answer; an item printed on several rows is
 * answered per related requirement, one answer per row.
 */
public final class ChecklistModelBuilder {

	public static final String GUIDELINE_ID = "mhlw51";
	public static final String GUIDELINE_TITLE = "医療情報システムの安全管理に関するガイドライン";
	public static final String CATALOG_ID = "provider";
	public static final String CATALOG_TITLE = "医療情報を取り扱う情報システム・サービスの提供事業者における安全管理ガイドライン";

	/** A comment printed word for word this often becomes a named statement. */
	static final int STATEMENT_THRESHOLD = 3;

	private static final Pattern URL = Pattern.compile("https?://[\\x21-\\x7E&&[^\"<>]]+");
	private static final TekigoFactory F = TekigoFactory.eINSTANCE;

	private final GuidelineBuilder guideline = new GuidelineBuilder(GUIDELINE_ID, GUIDELINE_TITLE, "5.1");
	private final Catalog catalog = F.createCatalog();
	private final Disclosure disclosure = F.createDisclosure();
	private final Map<String, Statement> statements = new LinkedHashMap<>();
	private final Map<EObject, Integer> sourceLines = new HashMap<>();

	private ChecklistModelBuilder(String vendor) {
		catalog.setName(CATALOG_ID);
		catalog.setTitle(CATALOG_TITLE);
		catalog.setGuideline(guideline.guideline());
		disclosure.setName(disclosureId(vendor));
		disclosure.setTitle(vendor);
		disclosure.setCatalog(catalog);
	}

	/** The three documents; refuses, with the line, a row that would give an item two answers of the same kind. */
	public static ChecklistModel build(PublishedChecklist checklist, String vendor) throws ChecklistFormatException {
		ChecklistModelBuilder builder = new ChecklistModelBuilder(vendor);
		builder.declareStatements(checklist);
		for (Category category : checklist.categories()) {
			builder.category(category);
		}
		Guideline later = builder.guideline.guideline();
		declareWeights(later);
		Guideline earlier = EarlierEdition.guideline(later);
		later.setSucceeds(earlier);
		Catalog earlierCatalog = EarlierEdition.catalog(builder.catalog, earlier);
		builder.disclosure.getAnswers().forEach(AnswerPins::pinNow);
		return new ChecklistModel(later, builder.catalog, builder.disclosure, earlier, earlierCatalog, builder.sourceLines);
	}

	/** The weights the checklist prints in its 区分 column, declared as the 5.1 edition has them. */
	private static void declareWeights(Guideline guideline) {
		for (RequirementWeight weight : Weights.MHLW51) {
			Weight declared = F.createWeight();
			declared.setName(weight.name());
			declared.setTitle(weight.title());
			declared.setLevel(weight.level());
			guideline.getWeights().add(declared);
		}
	}

	/** "Chatwork" → "chatwork"; a name with no Latin letters gives "vendor". */
	static String disclosureId(String vendor) {
		String id = vendor.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		return id.isEmpty() || !Character.isLetter(id.charAt(0)) ? "vendor" : id;
	}

	private void declareStatements(PublishedChecklist checklist) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		checklist.answers().map(AnswerRow::comment).filter(c -> !c.isBlank()).forEach(c -> counts.merge(c, 1, Integer::sum));
		counts.forEach((comment, count) -> {
			if (count >= STATEMENT_THRESHOLD) {
				Statement statement = F.createStatement();
				statement.setName("shared-" + (statements.size() + 1));
				statement.setText(comment);
				statements.put(comment, statement);
				disclosure.getStatements().add(statement);
			}
		});
	}

	private void category(Category source) throws ChecklistFormatException {
		org.tekigo.dsl.tekigo.Category category = F.createCategory();
		category.setName(source.number());
		category.setTitle(source.title());
		catalog.getCategories().add(category);
		for (Group sourceGroup : source.groups()) {
			org.tekigo.dsl.tekigo.Group group = F.createGroup();
			group.setName(sourceGroup.number());
			group.setTitle(sourceGroup.title());
			category.getGroups().add(group);
			for (Measure measure : sourceGroup.measures()) {
				group.getMeasures().add(measure(sourceGroup, measure));
			}
		}
	}

	private org.tekigo.dsl.tekigo.Measure measure(Group group, Measure source) throws ChecklistFormatException {
		org.tekigo.dsl.tekigo.Measure measure = F.createMeasure();
		measure.setName(source.mark());
		measure.setTitle(source.title());
		measure.setScenario(source.scenario().isEmpty() ? null : source.scenario());
		for (Item sourceItem : source.items()) {
			org.tekigo.dsl.tekigo.Item item = F.createItem();
			item.setName(String.valueOf(sourceItem.number()));
			item.setText(sourceItem.text());
			measure.getItems().add(item);
			List<List<Requirement>> rowRequirements = new ArrayList<>();
			Set<Requirement> relations = new LinkedHashSet<>();
			for (AnswerRow row : sourceItem.answers()) {
				List<Requirement> requirements = new ArrayList<>();
				row.relations().forEach(relation -> requirements.addAll(guideline.requirements(relation)));
				rowRequirements.add(requirements);
				relations.addAll(requirements);
			}
			item.getRelations().addAll(relations);
			sourceLines.put(item, sourceItem.answers().get(0).line());
			answers(item, group.number() + "-" + source.mark() + "-" + sourceItem.number(), sourceItem.answers(), rowRequirements);
		}
		return measure;
	}

	/**
	 * One answer per printed row. With several rows, each row answers the first requirement of
	 * its own cells that no earlier row of the item answered: the printed table gives every
	 * row its own requirement columns.
	 */
	private void answers(org.tekigo.dsl.tekigo.Item item, String itemId, List<AnswerRow> rows, List<List<Requirement>> rowRequirements)
			throws ChecklistFormatException {
		Set<Requirement> answered = new LinkedHashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			AnswerRow row = rows.get(i);
			Answer answer = answer(item, row);
			if (rows.size() > 1) {
				Requirement own = rowRequirements.get(i).stream().filter(answered::add).findFirst().orElseThrow(
						() -> new ChecklistFormatException(row.line(), bind(ImporterMessages.Format_rowWithoutRequirement, itemId, rows.size(),
								rows.get(0).line())));
				answer.setRequirement(own);
			}
			sourceLines.put(answer, row.line());
			disclosure.getAnswers().add(answer);
		}
	}

	private Answer answer(org.tekigo.dsl.tekigo.Item item, AnswerRow row) {
		Answer answer = F.createAnswer();
		answer.setItem(item);
		answer.setStatus(status(row.status()));
		Statement statement = statements.get(row.comment());
		if (statement != null) {
			answer.setStatement(statement);
		} else if (!row.comment().isBlank()) {
			answer.setComment(row.comment());
		}
		for (String url : urls(row.comment())) {
			Evidence evidence = F.createEvidence();
			evidence.setKind(EvidenceKind.URL);
			evidence.setValue(url);
			answer.getEvidence().add(evidence);
		}
		return answer;
	}

	static List<String> urls(String comment) {
		Set<String> urls = new LinkedHashSet<>();
		Matcher matcher = URL.matcher(comment);
		while (matcher.find()) {
			urls.add(matcher.group().replaceAll("[.,;:)]+$", ""));
		}
		return List.copyOf(urls);
	}

	/** The provider checklist prints its own words (適合可能 / 不適合 / 対象外): the answer writes them as printed. */
	private static String status(String printed) {
		return Scales.entry(Scales.PROVIDER, printed).map(Scales.Entry::word)
				.orElseThrow(() -> new IllegalArgumentException("not a status: " + printed));
	}
}
