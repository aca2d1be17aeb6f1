package org.tekigo.reports.review;

import java.io.IOException;
import java.nio.file.Path;

import org.tekigo.reports.io.AtomicFiles;
import org.tekigo.reports.review.ReviewView.Row;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The review as JSON, for CI gates and dashboards; the field names are a contract, as for the
 * gap analysis.
 *
 * <pre>
 * { "format": "tekigo-review", "version": 1,
 *   "review": { "id", "title", "reviewer", "disclosure", "vendor" },
 *   "summary": { "answers", "accepted", "needsClarification", "notAccepted", "pending", "suspect",
 *                "acceptedMinimumGaps", "followUps", "open" },
 *   "verdicts": [ { "answer", "item", "status", "comment", "minimumGap", "judged",
 *                   "verdict": "accepted" | "needsClarification" | "notAccepted" | "pending",
 *                   "note", "date", "suspect", "orphan", "followUp": { "action", "owner", "due" } | null, "line" } ] }
 * </pre>
 */
public final class ReviewJsonWriter {

	public static final String FORMAT = "tekigo-review";
	public static final int VERSION = 1;

	private final Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

	public void write(ReviewAnalysis analysis, Path target) throws IOException {
		AtomicFiles.writeString(target, render(analysis));
	}

	public String render(ReviewAnalysis analysis) {
		ReviewView review = analysis.review();
		JsonObject root = new JsonObject();
		root.addProperty("format", FORMAT);
		root.addProperty("version", VERSION);
		JsonObject about = new JsonObject();
		about.addProperty("id", review.id());
		about.addProperty("title", review.title());
		about.addProperty("reviewer", review.reviewer());
		about.addProperty("disclosure", review.disclosureId());
		about.addProperty("vendor", review.vendor());
		root.add("review", about);
		root.add("summary", gson.toJsonTree(analysis.summary()));
		JsonArray verdicts = new JsonArray();
		review.rows().forEach(row -> verdicts.add(verdict(row)));
		root.add("verdicts", verdicts);
		return gson.toJson(root) + "\n";
	}

	private JsonObject verdict(Row row) {
		JsonObject json = new JsonObject();
		json.addProperty("answer", row.answerId());
		json.addProperty("item", row.itemText());
		json.addProperty("status", row.status());
		json.addProperty("comment", row.comment());
		json.addProperty("minimumGap", row.minimumGap());
		json.addProperty("judged", row.judged());
		json.addProperty("verdict", row.judgement().alias());
		json.addProperty("note", row.note());
		json.addProperty("date", row.date());
		json.addProperty("suspect", row.suspect());
		json.addProperty("orphan", row.orphan());
		json.add("followUp", row.followUp() == null ? null : gson.toJsonTree(row.followUp()));
		json.addProperty("line", row.line());
		return json;
	}
}
