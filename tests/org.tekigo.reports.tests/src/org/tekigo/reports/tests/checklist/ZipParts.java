package org.tekigo.reports.tests.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites one part of an xlsx package as a hostile or careless tool might, leaving the others
 * byte for byte: what the reader sees is exactly what such a file holds.
 */
final class ZipParts {

	private ZipParts() {
	}

	static Path rewrite(Path xlsx, Path target, String partName, UnaryOperator<String> change) throws IOException {
		try (ZipFile in = new ZipFile(xlsx.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
			out.setLevel(Deflater.BEST_COMPRESSION);
			for (ZipEntry entry : java.util.Collections.list(in.entries())) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				byte[] bytes;
				try (InputStream part = in.getInputStream(entry)) {
					bytes = part.readAllBytes();
				}
				if (entry.getName().equals(partName)) {
					bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
				}
				out.write(bytes);
				out.closeEntry();
			}
		}
		return target;
	}

}
