package org.tekigo.reports.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes a report so that its target path only ever holds a complete file: the content goes to a
 * temporary file in the target's folder (same file system, so the rename cannot turn into a
 * copy), is flushed to disk, then renamed over the target. A run that fails or is interrupted
 * leaves the previous report untouched and removes its temporary file. A run that is killed
 * cannot remove it; the next write of the same target does ({@link #removeStaleTemporaryFiles}).
 */
public final class AtomicFiles {

	/** Produces the content of a file; may fail half way, which then changes nothing. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private static final String TEMP_SUFFIX = ".tmp";
	/** A temporary file this old is left over whoever wrote it; no report takes a day to write. */
	private static final Duration ABANDONED = Duration.ofDays(1);

	private AtomicFiles() {
	}

	/**
	 * Removes the temporary files of {@code target} that a killed run left: those of a process
	 * that no longer runs, those without a process id (written by Tekigo before it recorded one),
	 * and any older than a day. Those of a run still writing are left alone.
	 */
	public static void removeStaleTemporaryFiles(Path target) throws IOException {
		Path absolute = target.toAbsolutePath();
		String prefix = tempPrefix(absolute);
		try (DirectoryStream<Path> temps = Files.newDirectoryStream(absolute.getParent(),
				entry -> entry.getFileName().toString().startsWith(prefix) && entry.getFileName().toString().endsWith(TEMP_SUFFIX))) {
			for (Path temp : temps) {
				String name = temp.getFileName().toString();
				if (isStale(name.substring(prefix.length(), name.length() - TEMP_SUFFIX.length()), temp)) {
					Files.deleteIfExists(temp);
				}
			}
		} catch (NoSuchFileException noFolderYet) {
			// nothing to remove
		}
	}

	/** {@code unique} is "<pid>.<uuid>", or "<uuid>" as earlier versions wrote it. */
	private static boolean isStale(String unique, Path temp) throws IOException {
		if (Files.getLastModifiedTime(temp).toInstant().isBefore(Instant.now().minus(ABANDONED))) {
			return true;
		}
		int dot = unique.indexOf('.');
		if (dot < 0) {
			return true;
		}
		try {
			return ProcessHandle.of(Long.parseLong(unique.substring(0, dot))).map(p -> !p.isAlive()).orElse(true);
		} catch (NumberFormatException notOurs) {
			return false;
		}
	}

	public static void write(Path target, Content content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path folder = absolute.getParent();
		Files.createDirectories(folder);
		removeStaleTemporaryFiles(absolute);
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
	 * so the file is created like any other (the umask decides) under a hidden unique name that
	 * carries the writing process's id: .checklist.xlsx.<pid>.<uuid>.tmp.
	 */
	private static Path createTempBeside(Path target) throws IOException {
		for (int attempt = 0;; attempt++) {
			Path temp = target.resolveSibling(tempPrefix(target) + ProcessHandle.current().pid() + "."
					+ UUID.randomUUID() + TEMP_SUFFIX);
			try {
				return Files.createFile(temp);
			} catch (FileAlreadyExistsException taken) {
				if (attempt >= 10) {
					throw taken;
				}
			}
		}
	}

	private static String tempPrefix(Path target) {
		return "." + target.getFileName() + ".";
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
