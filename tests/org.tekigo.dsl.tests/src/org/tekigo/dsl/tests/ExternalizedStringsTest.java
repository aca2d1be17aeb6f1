package org.tekigo.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every bundle's user-visible strings in both languages: for each NLS message class (a class in an
 * {@code nls} package) its fields, the keys of messages.properties and of messages_ja.properties
 * are the same set, every message is used by the bundle's code, both languages take the same
 * arguments, and no message that takes arguments holds a lone apostrophe (NLS.bind would drop it);
 * for each plugin.xml, its %keys and those of plugin.properties and plugin_ja.properties agree.
 * The files are read as Eclipse reads them: ISO-8859-1 with \\u escapes.
 */
class ExternalizedStringsTest {

	private static final Path BUNDLES = Path.of("../../bundles");
	private static final Pattern FIELD = Pattern.compile("public static String (\\w+);");
	/** What the workbench shows of a plugin.xml: names, labels, descriptions, tooltips. */
	private static final Pattern VISIBLE_LITERAL = Pattern.compile(
			"<(editor|view|wizard|command|category|context|extension|product)\\b[^>]*\\bname=\"(?!%)[^\"]+\"|\\b(label|description|tooltip)=\"(?!%)[^\"]+\"|<description>(?!%)[^<]+</description>");
	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)\\}");

	@Test
	void everyMessageClassHasEachKeyInBothLanguagesAndUsesIt() throws IOException {
		List<Path> classes = messageClasses();
		assertTrue(classes.size() >= 4, "message classes found: " + classes);
		for (Path messages : classes) {
			String name = messages.getFileName().toString().replace(".java", "");
			Set<String> fields = new TreeSet<>();
			Matcher field = FIELD.matcher(Files.readString(messages));
			while (field.find()) {
				fields.add(field.group(1));
			}
			Properties english = properties(messages.resolveSibling("messages.properties"));
			Properties japanese = properties(messages.resolveSibling("messages_ja.properties"));
			assertEquals(fields, new TreeSet<>(english.stringPropertyNames()), name + ": fields and messages.properties");
			assertEquals(fields, new TreeSet<>(japanese.stringPropertyNames()), name + ": fields and messages_ja.properties");
			String code = codeOf(bundleOf(messages), messages);
			for (String key : fields) {
				assertTrue(code.contains(name + "." + key), name + "." + key + " is used nowhere in its bundle");
				String en = english.getProperty(key), ja = japanese.getProperty(key);
				assertEquals(arguments(en), arguments(ja), name + "." + key + ": the languages take other arguments: " + en + " / " + ja);
				if (!arguments(en).isEmpty()) {
					assertFalse(en.replace("''", "").contains("'") || ja.replace("''", "").contains("'"),
							name + "." + key + ": a lone ' in a message with arguments is dropped by NLS.bind");
				}
			}
		}
	}

	@Test
	void everyPluginXmlKeyIsInBothLanguagesAndNoneIsUnused() throws IOException {
		try (Stream<Path> bundles = Files.list(BUNDLES)) {
			for (Path bundle : bundles.filter(b -> Files.exists(b.resolve("plugin.xml"))).toList()) {
				String xml = Files.readString(bundle.resolve("plugin.xml"));
				Matcher literal = VISIBLE_LITERAL.matcher(xml);
				assertFalse(literal.find(), () -> bundle + "/plugin.xml: a text not from plugin.properties: " + literal.group());
				Set<String> used = new TreeSet<>();
				Matcher key = Pattern.compile("%([\\w.]+)").matcher(xml);
				while (key.find()) {
					used.add(key.group(1));
				}
				if (used.isEmpty()) {
					continue; // nothing a user reads (the language bundle's plugin.xml registers its EMF package)
				}
				String manifest = Files.readString(bundle.resolve("META-INF/MANIFEST.MF"));
				assertTrue(manifest.contains("Bundle-Localization: plugin"), bundle + ": plugin.xml is not localized");
				assertEquals(used, new TreeSet<>(properties(bundle.resolve("plugin.properties")).stringPropertyNames()), bundle + ": plugin.properties");
				assertEquals(used, new TreeSet<>(properties(bundle.resolve("plugin_ja.properties")).stringPropertyNames()), bundle + ": plugin_ja.properties");
				String build = Files.readString(bundle.resolve("build.properties"));
				assertTrue(build.contains("plugin.properties") && build.contains("plugin_ja.properties"), bundle + ": build.properties");
			}
		}
	}

	@Test
	void theJapaneseFilesAreEscapedAndJapanese() throws IOException {
		for (Path messages : messageClasses()) {
			Path japanese = messages.resolveSibling("messages_ja.properties");
			byte[] bytes = Files.readAllBytes(japanese);
			for (byte b : bytes) {
				assertTrue(b >= 0, japanese + ": not ASCII; NLS reads ISO-8859-1, so Japanese is written as \\u escapes");
			}
			long inJapanese = properties(japanese).values().stream().map(String.class::cast)
					.filter(text -> text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
							|| Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
					.count();
			assertTrue(inJapanese * 10 >= properties(japanese).size() * 9L, japanese + ": nine in ten messages at least are in Japanese");
		}
	}

	private static List<Path> messageClasses() throws IOException {
		try (Stream<Path> files = Files.walk(BUNDLES)) {
			return files.filter(f -> f.getParent().getFileName().toString().equals("nls") && f.toString().endsWith("Messages.java"))
					.filter(f -> !f.toString().contains("/target/")).sorted().toList();
		}
	}

	private static Path bundleOf(Path messages) {
		Path path = messages;
		while (!path.getParent().equals(BUNDLES)) {
			path = path.getParent();
		}
		return path;
	}

	/** The bundle's Java code but the message class itself. */
	private static String codeOf(Path bundle, Path messages) throws IOException {
		StringBuilder code = new StringBuilder();
		try (Stream<Path> files = Files.walk(bundle.resolve("src"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.equals(messages)).toList()) {
				code.append(Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		return code.toString();
	}

	private static Set<String> arguments(String message) {
		Set<String> found = new TreeSet<>();
		Matcher argument = ARGUMENT.matcher(message);
		while (argument.find()) {
			found.add(argument.group(1));
		}
		return found;
	}

	/** The file's properties; a key written twice is an error (the second silently wins, and one text is lost). */
	private static Properties properties(Path file) throws IOException {
		Properties properties = new Properties() {
			private static final long serialVersionUID = 1L;

			@Override
			public synchronized Object put(Object key, Object value) {
				Object previous = super.put(key, value);
				org.junit.jupiter.api.Assertions.assertNull(previous, () -> file + ": " + key + " twice");
				return previous;
			}
		};
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(in); // ISO-8859-1, as NLS and the extension registry read them
		}
		return properties;
	}
}
