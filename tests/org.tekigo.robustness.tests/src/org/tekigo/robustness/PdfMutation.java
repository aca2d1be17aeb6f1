package org.tekigo.robustness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What happens to a checklist's PDF on its way to a hospital: a download cut short, bytes damaged
 * in transit, a page left out when the file was put together again.
 */
public enum PdfMutation {

	TRUNCATE {
		@Override
		public void mutate(Path source, Path target, long seed) throws IOException {
			PdfFixtures.truncated(source, target, new Random(seed).nextInt(100));
		}
	},
	FLIP_BYTES {
		@Override
		public void mutate(Path source, Path target, long seed) throws IOException {
			Random random = new Random(seed);
			byte[] bytes = Files.readAllBytes(source);
			for (int i = 0, n = 1 + random.nextInt(20); i < n; i++) {
				bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
			}
			Files.write(target, bytes);
		}
	},
	DROP_PAGE {
		@Override
		public void mutate(Path source, Path target, long seed) throws IOException {
			try (PDDocument document = Loader.loadPDF(source.toFile())) {
				document.removePage(new Random(seed).nextInt(document.getNumberOfPages()));
				document.save(target.toFile());
			}
		}
	};

	/** Writes {@code target}: {@code source} with this mutation; the same seed gives the same file. */
	public abstract void mutate(Path source, Path target, long seed) throws IOException;
}
