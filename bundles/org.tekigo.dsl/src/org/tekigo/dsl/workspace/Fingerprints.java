package org.tekigo.dsl.workspace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short hashes of texts, as pins write them: the first 8 hex digits of the SHA-256 of the UTF-8 bytes. */
public final class Fingerprints {

	/** Hex digits kept of the SHA-256: 32 bits, plenty to tell one version of a text from the next. */
	public static final int LENGTH = 8;

	private Fingerprints() {
	}

	public static String of(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, LENGTH / 2);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}

	/** Whether a pin's hash is written as the tooling writes it: 8 lower-case hex digits. */
	public static boolean isWellFormed(String hash) {
		return hash != null && hash.length() == LENGTH && hash.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
	}
}
