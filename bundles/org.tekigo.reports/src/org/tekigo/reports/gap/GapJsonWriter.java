package org.tekigo.reports.gap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.tekigo.reports.io.AtomicFiles;
import org.tekigo.reports.model.DisclosureView.Meaning;
import org.tekigo.reports.model.DisclosureView.RequirementView;
import org.tekigo.reports.model.DisclosureView.Status;
import org.tekigo.reports.model.ScaleWords;
import org.tekigo.reports.model.DisclosureView.StaleChange;

/**
 * The gap analysis as JSON, for CI gates and dashboards. The field names are a contract: add
 * fields freely, but rename or remove one only with a new {@code version}.
 *
 * <pre>
 * {
 *   "format": "tekigo-gap-analysis", "version": 1,
 *   "disclosure": { "id", "vendor", "catalog", "guideline" },
 *   "scale": [ { "word", "alias", "meaning": "fulfilled" | "partlyFulfilled" | "gap" | "notApplicable" } ]
 *            (only for a catalog with a scale of its own; "conformant" counts its fulfilled words,
 *            "nonconformant" its gap words, and "partlyFulfilled" is there when it has such a word),
 *   "summary": { "items", "answers", "conformant", "nonconformant", "notApplicable", "unanswered",
 *                "minimumGaps", "recommendedGaps", "unclassifiedGaps", "gapsWithoutPlan",
 *                "notApplicableWithoutReason", "minimumRequirementsAllNonconformant" },
 *   "byCategory": [ { "label", "conformant", "nonconformant", "notApplicable", "unanswered" } ],
 *   "byGroup":    [ same as byCategory ],
 *   "gaps": [ { "id", "item", "category", "group", "measure", "text",
 *               "weight": "minimum" | "recommended" | "unclassified",
 *               "requirements": [ requirement ], "comment", "statement" (or null),
 *               "plan", "owner", "due" (each "" when none), "hasPlan", "line" } ],
 *   "unanswered": [ { "item", "category", "group", "measure", "text", "requirements": [ requirement ] } ],
 *   "notApplicableWithoutReason": [ { "id", "item", "category", "group", "measure", "text", "line" } ],
 *   "minimumRequirementsAllNonconformant": [ { "requirement": requirement, "answers": [ answer id ] } ],
 *   "stale": [ { "id", "item", "category", "group", "measure", "text", "status", "line",
 *                "changes": [ { "id", "change", "then" (null when not in the workspace), "now" (null when gone) } ] } ]
 * }
 * requirement = { "id", "section", "sectionTitle", "class": the weight's name ("C" | "D" in 5.1), "qualifiers": [ text ], "text" }
 * </pre>
 */
public final class GapJsonWriter {

	public static final String FORMAT = "tekigo-gap-analysis";
	public static final int VERSION = 1;

	/* Pretty and without HTML escaping: the JSON is read by people in CI logs as well. */
	private final Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

	public void write(GapAnalysis analysis, Path target) throws IOException {
		AtomicFiles.writeString(target, render(analysis));
	}

	public String render(GapAnalysis analysis) {
		return gson.toJson(toJson(analysis)) + "\n";
	}

	public JsonObject toJson(GapAnalysis analysis) {
		JsonObject root = new JsonObject();
		root.addProperty("format", FORMAT);
		root.addProperty("version", VERSION);
		JsonObject disclosure = new JsonObject();
		disclosure.addProperty("id", analysis.disclosureId());
		disclosure.addProperty("vendor", analysis.vendor());
		disclosure.addProperty("catalog", analysis.catalogTitle());
		disclosure.addProperty("guideline", analysis.guidelineTitle());
		root.add("disclosure", disclosure);
		ScaleWords words = analysis.words();
		boolean partly = words.has(Meaning.PARTLY_FULFILLED);
		if (!words.equals(ScaleWords.PROVIDER)) {
			root.add("scale", scale(words));
		}
		root.add("summary", summary(analysis.summary(), partly));
		root.add("byCategory", counts(analysis.byCategory(), partly));
		root.add("byGroup", counts(analysis.byGroup(), partly));
		JsonArray gaps = new JsonArray();
		analysis.gaps().forEach(gap -> gaps.add(gap(gap)));
		root.add("gaps", gaps);
		JsonArray unanswered = new JsonArray();
		for (UnansweredItem item : analysis.unanswered()) {
			JsonObject json = item(item.item());
			json.add("requirements", requirements(item.requirements()));
			unanswered.add(json);
		}
		root.add("unanswered", unanswered);
		JsonArray withoutReason = new JsonArray();
		for (NotApplicableWithoutReason answer : analysis.notApplicableWithoutReason()) {
			JsonObject json = new JsonObject();
			json.addProperty("id", answer.id());
			addItem(json, answer.item());
			json.addProperty("line", answer.answer().line());
			withoutReason.add(json);
		}
		root.add("notApplicableWithoutReason", withoutReason);
		JsonArray unmet = new JsonArray();
		for (NonconformantMinimumRequirement requirement : analysis.minimumRequirementsAllNonconformant()) {
			JsonObject json = new JsonObject();
			json.add("requirement", requirement(requirement.requirement()));
			JsonArray answers = new JsonArray();
			requirement.answerIds().forEach(answers::add);
			json.add("answers", answers);
			unmet.add(json);
		}
		root.add("minimumRequirementsAllNonconformant", unmet);
		root.add("stale", stale(analysis.stale()));
		return root;
	}

	private static JsonArray stale(List<StaleAnswer> stale) {
		JsonArray array = new JsonArray();
		for (StaleAnswer answer : stale) {
			JsonObject json = new JsonObject();
			json.addProperty("id", answer.answer().id());
			addItem(json, answer.item());
			json.addProperty("status", answer.answer().status().label());
			json.addProperty("line", answer.answer().line());
			JsonArray changes = new JsonArray();
			for (StaleChange change : answer.answer().stale()) {
				JsonObject changed = new JsonObject();
				changed.addProperty("id", change.id());
				changed.addProperty("change", change.sentence());
				changed.addProperty("then", change.then());
				changed.addProperty("now", change.now());
				changes.add(changed);
			}
			json.add("changes", changes);
			array.add(json);
		}
		return array;
	}

	/** The words of a catalog's own scale, in its order, with what each means. */
	private static JsonArray scale(ScaleWords words) {
		JsonArray array = new JsonArray();
		for (Status status : words.scale()) {
			JsonObject json = new JsonObject();
			json.addProperty("word", status.label());
			json.addProperty("alias", status.alias());
			json.addProperty("meaning", MEANINGS.get(status.meaning()));
			array.add(json);
		}
		return array;
	}

	private static final java.util.Map<Meaning, String> MEANINGS = java.util.Map.of(Meaning.FULFILLED, "fulfilled",
			Meaning.PARTLY_FULFILLED, "partlyFulfilled", Meaning.GAP, "gap", Meaning.NOT_APPLICABLE, "notApplicable");

	private static JsonObject summary(GapSummary summary, boolean partly) {
		JsonObject json = new JsonObject();
		json.addProperty("items", summary.items());
		json.addProperty("answers", summary.answers());
		json.addProperty("conformant", summary.conformant());
		if (partly) {
			json.addProperty("partlyFulfilled", summary.partlyFulfilled());
		}
		json.addProperty("nonconformant", summary.nonconformant());
		json.addProperty("notApplicable", summary.notApplicable());
		json.addProperty("unanswered", summary.unanswered());
		json.addProperty("minimumGaps", summary.minimumGaps());
		json.addProperty("recommendedGaps", summary.recommendedGaps());
		json.addProperty("unclassifiedGaps", summary.unclassifiedGaps());
		json.addProperty("gapsWithoutPlan", summary.gapsWithoutPlan());
		json.addProperty("notApplicableWithoutReason", summary.notApplicableWithoutReason());
		json.addProperty("minimumRequirementsAllNonconformant", summary.minimumRequirementsAllNonconformant());
		return json;
	}

	private static JsonArray counts(List<StatusCount> counts, boolean partly) {
		JsonArray array = new JsonArray();
		for (StatusCount count : counts) {
			JsonObject json = new JsonObject();
			json.addProperty("label", count.label());
			json.addProperty("conformant", count.conformant());
			if (partly) {
				json.addProperty("partlyFulfilled", count.partlyFulfilled());
			}
			json.addProperty("nonconformant", count.nonconformant());
			json.addProperty("notApplicable", count.notApplicable());
			json.addProperty("unanswered", count.unanswered());
			array.add(json);
		}
		return array;
	}

	private static JsonObject gap(Gap gap) {
		JsonObject json = new JsonObject();
		json.addProperty("id", gap.id());
		addItem(json, gap.item());
		json.addProperty("weight", gap.weight().name().toLowerCase(java.util.Locale.ROOT));
		json.add("requirements", requirements(gap.requirements()));
		json.addProperty("comment", gap.comment());
		json.addProperty("statement", gap.answer().statement());
		json.addProperty("plan", gap.plan());
		json.addProperty("owner", gap.owner());
		json.addProperty("due", gap.due());
		json.addProperty("hasPlan", gap.hasPlan());
		json.addProperty("line", gap.answer().line());
		return json;
	}

	private static JsonObject item(ItemContext item) {
		JsonObject json = new JsonObject();
		addItem(json, item);
		return json;
	}

	private static void addItem(JsonObject json, ItemContext item) {
		json.addProperty("item", item.itemId());
		json.addProperty("category", item.category());
		json.addProperty("group", item.group());
		json.addProperty("measure", item.measure());
		json.addProperty("text", item.itemText());
	}

	private static JsonArray requirements(List<RequirementView> requirements) {
		JsonArray array = new JsonArray();
		requirements.forEach(requirement -> array.add(requirement(requirement)));
		return array;
	}

	private static JsonObject requirement(RequirementView requirement) {
		JsonObject json = new JsonObject();
		json.addProperty("id", requirement.id());
		json.addProperty("section", requirement.section());
		json.addProperty("sectionTitle", requirement.sectionTitle());
		json.addProperty("class", requirement.weight());
		JsonArray qualifiers = new JsonArray();
		requirement.qualifiers().forEach(qualifiers::add);
		json.add("qualifiers", qualifiers);
		json.addProperty("text", requirement.text());
		return json;
	}
}
