package org.tekigo.reports.tests.gap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads the reviewed expected outputs under resources/golden/. */
public final class GoldenFiles {

	private GoldenFiles() {
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
