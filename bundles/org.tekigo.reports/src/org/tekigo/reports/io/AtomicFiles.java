package org.tekigo.reports.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a report so that its target path only ever holds a complete file: the content goes to a
 * temporary file in the target's folder (same file system, so the rename cannot turn into a
 * copy), is flushed to disk, then renamed over the target. A run that fails or is interrupted
 * leaves the previous report untouched and removes its temporary file.
 */
public final class AtomicFiles {

	/** Produces the content of a file; may fail half way, which then changes nothing. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFiles() {
	}

	public static void write(Path target, Content content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path folder = absolute.getParent();
		Files.createDirectories(folder);
		Path temp = createTempBeside(absolute);
		try {
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
				content.writeTo(out);
			}
			forceToDisk(temp);
			moveOver(temp, absolute);
		} catch (IOException | RuntimeException | Error failure) {
			try {
				Files.deleteIfExists(temp);
			} catch (IOException cleanupFailure) {
				failure.addSuppressed(cleanupFailure);
			}
			throw failure;
		}
	}

	public static void writeString(Path target, String text) throws IOException {
		write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
	}

	/*
	 * Files.createTempFile would create the file with mode 0600; a report is meant to be shared,
	 * so the file is created like any other (the umask decides) under a hidden unique name.
	 */
	private static Path createTempBeside(Path target) throws IOException {
		for (int attempt = 0;; attempt++) {
			Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
			try {
				return Files.createFile(temp);
			} catch (FileAlreadyExistsException taken) {
				if (attempt >= 10) {
					throw taken;
				}
			}
		}
	}

	/* Without this a crash right after the rename can leave an empty file under the new name. */
	private static void forceToDisk(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
	}

	private static void moveOver(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException | FileAlreadyExistsException notAtomicHere) {
			// Some file systems cannot rename atomically, or not over an existing file.
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
