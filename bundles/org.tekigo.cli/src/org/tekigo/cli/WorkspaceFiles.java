package org.tekigo.cli;

import org.tekigo.cli.nls.CliMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The .tekigo files named on the command line: files as given, folders searched recursively. */
public final class WorkspaceFiles {

	public static final String EXTENSION = ".tekigo";

	private WorkspaceFiles() {
	}

	public static List<SourceFile> collect(List<String> arguments) throws InputException {
		TreeSet<SourceFile> files = new TreeSet<>();
		for (String argument : arguments) {
			Path path = Path.of(argument);
			if (Files.isDirectory(path)) {
				addFolder(argument, path, files);
			} else if (Files.isRegularFile(path)) {
				if (!Files.isReadable(path)) {
					throw new InputException(bind(CliMessages.Files_cannotRead, argument));
				}
				files.add(new SourceFile(path, argument));
			} else {
				throw new InputException(bind(CliMessages.Files_noSuchFileOrFolder, argument));
			}
		}
		if (files.isEmpty()) {
			throw new InputException(bind(CliMessages.Files_noTekigoFiles, String.join(", ", arguments)));
		}
		return List.copyOf(files);
	}

	private static void addFolder(String argument, Path folder, TreeSet<SourceFile> files) throws InputException {
		try (Stream<Path> walk = Files.walk(folder)) {
			walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(EXTENSION))
					.forEach(p -> files.add(new SourceFile(p, displayName(argument, folder, p))));
		} catch (IOException | java.io.UncheckedIOException e) {
			throw new InputException(bind(CliMessages.Workspace_cannotRead, argument, e.getMessage()));
		}
	}

	private static String displayName(String argument, Path folder, Path file) {
		String relative = folder.relativize(file).toString();
		return argument.endsWith("/") ? argument + relative : argument + "/" + relative;
	}
}
