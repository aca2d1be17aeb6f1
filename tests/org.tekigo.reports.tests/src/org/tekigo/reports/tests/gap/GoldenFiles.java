package org.tekigo.reports.tests.gap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads the reviewed expected outputs under resources/golden/. */
public final class GoldenFiles {

	private GoldenFiles() {
	}

	/**
	 * The reviewed output in the language of this run: golden/&lt;name&gt; in Japanese, golden/en/&lt;name&gt;
	 * in English. This run's output is left in target/ (target/en/ in English), to compare or to review anew.
	 */
	public static String readInLanguage(String name, String actual) throws IOException {
		String folder = java.util.Locale.getDefault().getLanguage().equals("ja") ? "" : "en/";
		java.nio.file.Path written = java.nio.file.Path.of("target", folder + name);
		java.nio.file.Files.createDirectories(written.getParent());
		java.nio.file.Files.writeString(written, actual);
		return read(folder + name);
	}

	public static String read(String name) throws IOException {
		try (InputStream in = GoldenFiles.class.getClassLoader().getResourceAsStream("golden/" + name)) {
			if (in == null) {
				throw new IOException("golden/" + name + " is not on the test class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
