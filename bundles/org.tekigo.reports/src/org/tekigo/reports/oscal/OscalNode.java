package org.tekigo.reports.oscal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One element of an OSCAL document, independent of its format, as OSCAL's Metaschema models it:
 * an assembly with flags (uuid, id, name, …) and children in the model's order; a field with a
 * text value; markup (a description, remarks) or prose (a part's text). Children that OSCAL's JSON
 * groups into an array (props, links, controls…) carry that array's name. {@link OscalJson} and
 * {@link OscalXml} write the same tree as the two formats say it.
 */
public final class OscalNode {

	enum Kind {
		ASSEMBLY, FIELD, MARKUP, PROSE
	}

	final Kind kind;
	final String name;
	final String jsonGroup;
	final Map<String, String> flags = new LinkedHashMap<>();
	final List<OscalNode> children = new ArrayList<>();
	final String value;
	/** A field with flags is an object in JSON; its value goes under this key ("id" of a system-id). */
	String jsonValueKey;

	private OscalNode(Kind kind, String name, String jsonGroup, String value) {
		this.kind = kind;
		this.name = name;
		this.jsonGroup = jsonGroup;
		this.value = value;
	}

	/** An assembly: {@code group} is the JSON array it goes into ("props"), null when it stands alone. */
	public static OscalNode assembly(String name, String group) {
		return new OscalNode(Kind.ASSEMBLY, name, group, null);
	}

	public static OscalNode root(String name) {
		return assembly(name, null);
	}

	public OscalNode flag(String flag, String value) {
		if (value != null) {
			flags.put(flag, value);
		}
		return this;
	}

	public OscalNode add(OscalNode child) {
		children.add(child);
		return this;
	}

	/** A child assembly, returned to be filled. */
	public OscalNode child(String name, String group) {
		OscalNode child = assembly(name, group);
		children.add(child);
		return child;
	}

	/** A field with a value (title, version, last-modified…); nothing when the value is null. */
	public OscalNode field(String name, String value) {
		if (value != null) {
			children.add(new OscalNode(Kind.FIELD, name, null, value));
		}
		return this;
	}

	/** A field with one flag, as a system-id with its identifier-type: in JSON an object whose value is under {@code valueKey}. */
	public OscalNode field(String name, String value, String flag, String flagValue, String valueKey) {
		OscalNode field = new OscalNode(Kind.FIELD, name, null, value);
		field.flags.put(flag, flagValue);
		field.jsonValueKey = valueKey;
		children.add(field);
		return this;
	}

	/** A field repeated as a JSON array (a responsible role's party UUIDs…). */
	public OscalNode fieldIn(String name, String group, String value) {
		children.add(new OscalNode(Kind.FIELD, name, group, value));
		return this;
	}

	/** Multi-line markup (description, remarks): in XML paragraphs inside the element, in JSON a string. */
	public OscalNode markup(String name, String text) {
		if (text != null && !text.isBlank()) {
			children.add(new OscalNode(Kind.MARKUP, name, null, text));
		}
		return this;
	}

	/** A part's prose: in XML paragraphs directly in the part, in JSON its "prose". */
	public OscalNode prose(String text) {
		if (text != null && !text.isBlank()) {
			children.add(new OscalNode(Kind.PROSE, "prose", null, text));
		}
		return this;
	}

	/** A property: a name and a value, in OSCAL's namespace or another ({@code ns}, null for OSCAL's). */
	public OscalNode prop(String name, String value, String ns) {
		if (value != null && !value.isBlank()) {
			children.add(assembly("prop", "props").flag("name", name).flag("ns", ns).flag("value", value.strip()));
		}
		return this;
	}

	public OscalNode link(String href, String rel) {
		children.add(assembly("link", "links").flag("href", href).flag("rel", rel));
		return this;
	}

	public String name() {
		return name;
	}
}
