package org.tekigo.reports.oscal;

import java.io.StringWriter;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an OSCAL tree as OSCAL XML: flags as attributes, fields as elements, markup as paragraphs,
 * in the OSCAL namespace. The exporters add children in the order OSCAL's XML schema requires.
 */
public final class OscalXml {

	public static final String NAMESPACE = "http://csrc.nist.gov/ns/oscal/1.0";

	private OscalXml() {
	}

	public static String write(OscalNode root) {
		StringWriter text = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.setDefaultNamespace(NAMESPACE);
			element(xml, root, 0, true);
			xml.writeEndDocument();
			xml.close();
		} catch (XMLStreamException e) {
			throw new IllegalStateException("writing to a string", e);
		}
		return text + "\n";
	}

	private static void element(XMLStreamWriter xml, OscalNode node, int depth, boolean root) throws XMLStreamException {
		if (!root) {
			indent(xml, depth);
		}
		xml.writeStartElement(NAMESPACE, node.name);
		if (root) {
			xml.writeDefaultNamespace(NAMESPACE);
		}
		for (Map.Entry<String, String> flag : node.flags.entrySet()) {
			xml.writeAttribute(flag.getKey(), flag.getValue());
		}
		switch (node.kind) {
			case FIELD -> xml.writeCharacters(node.value);
			case MARKUP -> paragraphs(xml, node.value, depth + 1);
			case PROSE, ASSEMBLY -> {
				for (OscalNode child : node.children) {
					if (child.kind == OscalNode.Kind.PROSE) {
						paragraphs(xml, child.value, depth + 1);
					} else {
						element(xml, child, depth + 1, false);
					}
				}
				if (!node.children.isEmpty()) {
					indent(xml, depth);
				}
			}
		}
		if (node.kind == OscalNode.Kind.MARKUP) {
			indent(xml, depth);
		}
		xml.writeEndElement();
	}

	/** Markup as paragraphs: one per block of text between blank lines, its line breaks kept as spaces. */
	private static void paragraphs(XMLStreamWriter xml, String text, int depth) throws XMLStreamException {
		for (String paragraph : text.strip().split("\\n\\s*\\n")) {
			indent(xml, depth);
			xml.writeStartElement(NAMESPACE, "p");
			xml.writeCharacters(paragraph.strip().replace('\n', ' '));
			xml.writeEndElement();
		}
	}

	private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
		xml.writeCharacters("\n" + "  ".repeat(depth));
	}
}
