package org.tekigo.dsl.nls;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.Properties;

/**
 * Loads message classes again in another language, for the one case NLS does not cover: a
 * language server learns its client's language from {@code initialize}, after the JVM started and
 * NLS fixed its language for good (the platform's own messages are read at start). The texts come
 * from the same files NLS reads: messages.properties, overlaid with messages_&lt;language&gt;.properties.
 */
public final class MessageLanguage {

	private MessageLanguage() {
	}

	public static void use(Locale locale, Class<?>... messageClasses) {
		for (Class<?> messages : messageClasses) {
			String base = messages.getPackageName().replace('.', '/') + "/messages";
			Properties texts = new Properties();
			load(messages, base + ".properties", texts);
			if (!locale.getLanguage().isEmpty() && !locale.getLanguage().equals("en")) {
				load(messages, base + "_" + locale.getLanguage() + ".properties", texts);
			}
			for (Field field : messages.getFields()) {
				if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class && texts.containsKey(field.getName())) {
					try {
						field.set(null, texts.getProperty(field.getName()));
					} catch (IllegalAccessException e) {
						throw new IllegalStateException(messages.getName() + "." + field.getName() + " is not a message field", e);
					}
				}
			}
		}
	}

	private static void load(Class<?> messages, String resource, Properties into) {
		try (InputStream in = messages.getClassLoader().getResourceAsStream(resource)) {
			if (in != null) {
				into.load(in); // ISO-8859-1 with \\u escapes, as NLS reads them
			}
		} catch (IOException e) {
			throw new UncheckedIOException(resource, e);
		}
	}
}
