package org.tekigo.dsl.workspace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** Short hashes of texts, as pins write them: the first 8 hex digits of the SHA-256 of the UTF-8 bytes. */
public final class Fingerprints {

	/** Hex digits kept of the SHA-256: 32 bits, plenty to tell one version of a text from the next. */
	public static final int LENGTH = 8;

	private Fingerprints() {
	}

	/** How many texts' fingerprints are kept: the texts of a large workspace's requirements and items, several times over. */
	private static final int REMEMBERED = 16_384;

	/*
	 * Validation asks for the same texts' fingerprints again and again (a requirement's for every
	 * answer that concerns it, on every keystroke in the studio); the last ones are remembered.
	 */
	private static final Map<String, String> REMEMBER = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
			return size() > REMEMBERED;
		}
	});

	private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	});

	public static String of(String text) {
		String known = REMEMBER.get(text);
		if (known != null) {
			return known;
		}
		byte[] digest = SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8));
		String fingerprint = HexFormat.of().formatHex(digest, 0, LENGTH / 2);
		REMEMBER.put(text, fingerprint);
		return fingerprint;
	}

	/** Whether a pin's hash is written as the tooling writes it: 8 lower-case hex digits. */
	public static boolean isWellFormed(String hash) {
		if (hash == null || hash.length() != LENGTH) {
			return false;
		}
		for (int i = 0; i < LENGTH; i++) {
			char c = hash.charAt(i);
			if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
				return false;
			}
		}
		return true;
	}
}
