package org.tekigo.reports.oscal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.tekigo.reports.oscal.ComponentDefinitionReader.ImportedAnswer;
import org.tekigo.reports.oscal.ComponentDefinitionReader.ImportedDisclosure;
import org.tekigo.reports.oscal.ComponentDefinitionReader.NotAComponentDefinition;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * An OSCAL component-definition in XML read as {@link ComponentDefinitionReader} reads the JSON:
 * the same properties and links, a description's paragraphs joined by a blank line. A document
 * type declaration is refused: OSCAL never has one, and it could make the parser fetch files.
 */
final class ImportedXml {

	private final Path file;

	ImportedXml(Path file) {
		this.file = file;
	}

	ImportedDisclosure read() throws IOException, NotAComponentDefinition {
		Element root = parse().getDocumentElement();
		if (!OscalXml.NAMESPACE.equals(root.getNamespaceURI()) || !"component-definition".equals(root.getLocalName())) {
			throw new NotAComponentDefinition("an OSCAL " + root.getLocalName() + ", not a component-definition");
		}
		Element metadata = first(root, "metadata");
		if (metadata == null) {
			throw new NotAComponentDefinition("its metadata is missing");
		}
		Map<String, String> documentProps = props(metadata);
		Element component = first(root, "component");
		Element implementation = component == null ? null : first(component, "control-implementation");
		if (implementation == null) {
			throw new NotAComponentDefinition("it has no component that implements controls");
		}
		String catalog = documentProps.get("catalog");
		if (catalog == null) {
			catalog = implementation.getAttribute("source").replaceAll(".*/", "").replaceAll("\\.catalog\\.(json|xml)$", "");
		}
		if (catalog.isBlank()) {
			throw new NotAComponentDefinition("it names no catalog (a Tekigo \"catalog\" property or a control-implementation source)");
		}
		String title = text(first(component, "title"));
		String id = documentProps.getOrDefault("tekigo-id", title == null ? "vendor" : title.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
		List<ImportedAnswer> answers = new ArrayList<>();
		for (Element requirement : children(implementation, "implemented-requirement")) {
			Map<String, String> props = props(requirement);
			String controlId = requirement.getAttribute("control-id");
			if (props.get("status") == null) {
				throw new NotAComponentDefinition("the implemented-requirement of " + controlId + " says no status (a Tekigo \"status\" property)");
			}
			List<String> urls = new ArrayList<>();
			children(requirement, "link").forEach(link -> urls.add(link.getAttribute("href")));
			List<String> documents = new ArrayList<>();
			for (Element prop : children(requirement, "prop")) {
				if (OscalIds.NS.equals(prop.getAttribute("ns")) && prop.getAttribute("name").equals("evidence-document")) {
					documents.add(prop.getAttribute("value"));
				} else if (OscalIds.NS.equals(prop.getAttribute("ns")) && prop.getAttribute("name").equals("evidence-url")) {
					urls.add(prop.getAttribute("value"));
				}
			}
			boolean noComment = "true".equals(props.get(ComponentDefinition.NO_COMMENT));
			answers.add(new ImportedAnswer(controlId, props.get("requirement"), props.get("status"), noComment ? null : paragraphs(first(requirement,
					"description")), props.get("statement"), urls, documents, props.get("plan"), props.get("owner"), props.get("due"), pin(props.get("pin"))));
		}
		return new ImportedDisclosure(id, title, catalog, answers);
	}

	private static String pin(String fingerprints) {
		return ComponentDefinitionReader.pin(fingerprints);
	}

	private Document parse() throws IOException, NotAComponentDefinition {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(file.toFile());
		} catch (SAXException e) {
			throw new NotAComponentDefinition("not well-formed XML (" + e.getMessage() + ")");
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException("the JDK's XML parser takes these features", e);
		}
	}

	private static Map<String, String> props(Element element) {
		Map<String, String> props = new HashMap<>();
		for (Element prop : children(element, "prop")) {
			if (OscalIds.NS.equals(prop.getAttribute("ns"))) {
				props.putIfAbsent(prop.getAttribute("name"), prop.getAttribute("value"));
			}
		}
		return props;
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> children = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && name.equals(element.getLocalName())) {
				children.add(element);
			}
		}
		return children;
	}

	private static Element first(Element parent, String name) {
		List<Element> children = children(parent, name);
		return children.isEmpty() ? null : children.get(0);
	}

	private static String text(Element element) {
		return element == null ? null : element.getTextContent().strip();
	}

	/** Markup's paragraphs as text, a blank line between them. */
	private static String paragraphs(Element markup) {
		if (markup == null) {
			return null;
		}
		List<String> paragraphs = new ArrayList<>();
		children(markup, "p").forEach(p -> paragraphs.add(p.getTextContent().strip()));
		return paragraphs.isEmpty() ? text(markup) : String.join("\n\n", paragraphs);
	}
}
