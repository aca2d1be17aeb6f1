package org.tekigo.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A file about to be written, checked first with the workspace it goes into: the text in a
 * temporary folder, loaded with the workspace's other files (less the one it replaces, if any).
 * Nothing is written where the result would not check.
 */
final class CandidateWorkspace {

	private CandidateWorkspace() {
	}

	/**
	 * The diagnostics of the text as {@code out} in the workspace of {@code files}: beside them, or in
	 * place of {@code replaced} when it takes that file's place (null: none).
	 */
	static Diagnostics check(List<SourceFile> files, SourceFile replaced, Path out, String text) throws InputException, IOException {
		Path folder = Files.createTempDirectory("tekigo-candidate");
		try {
			Path candidate = folder.resolve(out.getFileName().toString().endsWith(".tekigo") ? out.getFileName().toString() : "candidate.tekigo");
			Files.writeString(candidate, text);
			List<SourceFile> result = new ArrayList<>(files);
			result.remove(replaced);
			SourceFile written = new SourceFile(candidate, out.toString());
			result.add(written);
			return Diagnostics.of(Workspace.load(TekigoCli.injector(), result)).of(written);
		} finally {
			try (var stream = Files.list(folder)) {
				for (Path file : stream.toList()) {
					Files.deleteIfExists(file);
				}
			}
			Files.deleteIfExists(folder);
		}
	}
}
