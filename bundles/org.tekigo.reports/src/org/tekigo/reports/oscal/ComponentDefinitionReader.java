package org.tekigo.reports.oscal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Reads back an OSCAL component-definition (JSON) that answers a Tekigo catalog: the disclosure's
 * id, title and catalog from its metadata, and per implemented-requirement the answer: the item's
 * control, the requirement, status, comment, shared statement, evidence, plan and pin from Tekigo's
 * properties (as {@link ComponentDefinition} writes them). A component-definition from another
 * tool reads the same way when it answers a catalog Tekigo exported and says each status.
 */
public final class ComponentDefinitionReader {

	/** One answer as the component-definition gives it. */
	public record ImportedAnswer(String controlId, String requirementId, String status, String comment, String statement,
			List<String> urls, List<String> documents, String plan, String owner, String due, String pin) {
	}

	/** The disclosure: its id, title, the catalog it answers and its answers in the document's order. */
	public record ImportedDisclosure(String id, String title, String catalogId, List<ImportedAnswer> answers) {
	}

	/** A file that is not such a component-definition; the message says what is missing or wrong. */
	public static final class NotAComponentDefinition extends Exception {
		private static final long serialVersionUID = 1L;

		NotAComponentDefinition(String message) {
			super(message);
		}
	}

	private ComponentDefinitionReader() {
	}

	public static ImportedDisclosure read(Path file) throws IOException, NotAComponentDefinition {
		if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xml")) {
			return new ImportedXml(file).read();
		}
		JsonElement json;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			json = JsonParser.parseReader(reader);
		} catch (JsonParseException e) {
			throw new NotAComponentDefinition("not JSON (" + e.getMessage() + ")");
		}
		try {
			return read(json);
		} catch (IllegalStateException | UnsupportedOperationException e) {
			// An element of another JSON type than OSCAL gives it (a string where an object belongs…).
			throw new NotAComponentDefinition("not a well-formed component-definition (" + e.getMessage() + ")");
		}
	}

	private static ImportedDisclosure read(JsonElement json) throws NotAComponentDefinition {
		JsonObject root = json.isJsonObject() ? json.getAsJsonObject() : null;
		if (root == null || !root.has("component-definition") || !root.get("component-definition").isJsonObject()) {
			String model = root == null || root.keySet().isEmpty() ? "nothing" : root.keySet().iterator().next();
			throw new NotAComponentDefinition("an OSCAL " + model + ", not a component-definition");
		}
		JsonObject definition = root.getAsJsonObject("component-definition");
		JsonObject metadata = object(definition, "metadata");
		Map<String, String> documentProps = props(metadata);
		String catalog = documentProps.get("catalog");
		JsonArray components = array(definition, "components");
		if (components.isEmpty()) {
			throw new NotAComponentDefinition("the component-definition has no component");
		}
		JsonObject component = components.get(0).getAsJsonObject();
		JsonArray implementations = array(component, "control-implementations");
		if (implementations.isEmpty()) {
			throw new NotAComponentDefinition("its component implements no controls");
		}
		JsonObject implementation = implementations.get(0).getAsJsonObject();
		if (catalog == null) {
			// Another tool's: the catalog by the file the control-implementation names (provider.catalog.json).
			String source = string(implementation, "source");
			catalog = source == null ? null : source.replaceAll(".*/", "").replaceAll("\\.catalog\\.(json|xml)$", "");
		}
		if (catalog == null || catalog.isBlank()) {
			throw new NotAComponentDefinition("it names no catalog (a Tekigo \"catalog\" property or a control-implementation source)");
		}
		String title = string(component, "title");
		String id = documentProps.getOrDefault("tekigo-id", title == null ? "vendor" : title.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
		List<ImportedAnswer> answers = new ArrayList<>();
		for (JsonElement element : array(implementation, "implemented-requirements")) {
			JsonObject requirement = element.getAsJsonObject();
			Map<String, String> props = props(requirement);
			String status = props.get("status");
			String controlId = string(requirement, "control-id");
			if (status == null || controlId == null) {
				throw new NotAComponentDefinition("the implemented-requirement of " + controlId + " says no status (a Tekigo \"status\" property)");
			}
			String description = string(requirement, "description");
			boolean noComment = "true".equals(props.get(ComponentDefinition.NO_COMMENT));
			List<String> urls = new ArrayList<>();
			for (JsonElement link : array(requirement, "links")) {
				urls.add(string(link.getAsJsonObject(), "href"));
			}
			List<String> documents = new ArrayList<>(all(requirement, "evidence-document"));
			urls.addAll(all(requirement, "evidence-url"));
			answers.add(new ImportedAnswer(controlId, props.get("requirement"), status, noComment ? null : description,
					props.get("statement"), urls, documents, props.get("plan"), props.get("owner"), props.get("due"), pin(props.get("pin"))));
		}
		return new ImportedDisclosure(id, title, catalog, answers);
	}

	/** The pin as the Tekigo text writes it, from its fingerprints. */
	static String pin(String fingerprints) {
		return fingerprints == null ? null : "pinned " + fingerprints;
	}

	/** Tekigo's properties of an element, by name (the first of each). */
	private static Map<String, String> props(JsonObject element) {
		Map<String, String> props = new HashMap<>();
		for (JsonElement prop : array(element, "props")) {
			JsonObject object = prop.getAsJsonObject();
			if (OscalIds.NS.equals(string(object, "ns"))) {
				props.putIfAbsent(string(object, "name"), string(object, "value"));
			}
		}
		return props;
	}

	private static List<String> all(JsonObject element, String name) {
		List<String> values = new ArrayList<>();
		for (JsonElement prop : array(element, "props")) {
			JsonObject object = prop.getAsJsonObject();
			if (OscalIds.NS.equals(string(object, "ns")) && name.equals(string(object, "name"))) {
				values.add(string(object, "value"));
			}
		}
		return values;
	}

	private static JsonObject object(JsonObject parent, String name) throws NotAComponentDefinition {
		JsonElement element = parent.get(name);
		if (element == null || !element.isJsonObject()) {
			throw new NotAComponentDefinition("its " + name + " is missing");
		}
		return element.getAsJsonObject();
	}

	private static JsonArray array(JsonObject parent, String name) {
		JsonElement element = parent.get(name);
		return element != null && element.isJsonArray() ? element.getAsJsonArray() : new JsonArray();
	}

	private static String string(JsonObject parent, String name) {
		JsonElement element = parent.get(name);
		return element != null && element.isJsonPrimitive() ? element.getAsString() : null;
	}
}
