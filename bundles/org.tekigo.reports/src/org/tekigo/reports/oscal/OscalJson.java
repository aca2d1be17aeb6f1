package org.tekigo.reports.oscal;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.stream.JsonWriter;

/** Writes an OSCAL tree as OSCAL JSON: {"catalog": {...}}, flags and fields as members, groups as arrays. */
public final class OscalJson {

	private OscalJson() {
	}

	public static String write(OscalNode root) {
		StringWriter text = new StringWriter();
		try (JsonWriter json = new JsonWriter(text)) {
			json.setIndent("  ");
			json.setHtmlSafe(false);
			json.beginObject();
			json.name(root.name);
			object(json, root);
			json.endObject();
		} catch (IOException e) {
			throw new IllegalStateException("writing to a string", e);
		}
		return text + "\n";
	}

	private static void object(JsonWriter json, OscalNode node) throws IOException {
		json.beginObject();
		for (Map.Entry<String, String> flag : node.flags.entrySet()) {
			json.name(flag.getKey()).value(flag.getValue());
		}
		// Children in the model's order; those of one JSON array written together where the first stands.
		Map<String, List<OscalNode>> grouped = new LinkedHashMap<>();
		for (OscalNode child : node.children) {
			grouped.computeIfAbsent(child.jsonGroup != null ? child.jsonGroup : child.name, key -> new ArrayList<>()).add(child);
		}
		for (Map.Entry<String, List<OscalNode>> entry : grouped.entrySet()) {
			json.name(entry.getKey());
			if (entry.getValue().get(0).jsonGroup != null) {
				json.beginArray();
				for (OscalNode child : entry.getValue()) {
					value(json, child);
				}
				json.endArray();
			} else {
				value(json, entry.getValue().get(0));
			}
		}
		json.endObject();
	}

	private static void value(JsonWriter json, OscalNode node) throws IOException {
		if (node.kind == OscalNode.Kind.ASSEMBLY) {
			object(json, node);
		} else if (node.jsonValueKey != null) {
			json.beginObject();
			for (Map.Entry<String, String> flag : node.flags.entrySet()) {
				json.name(flag.getKey()).value(flag.getValue());
			}
			json.name(node.jsonValueKey).value(node.value);
			json.endObject();
		} else {
			json.value(node.value);
		}
	}
}
