package org.tekigo.reports.oscal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Identifiers in OSCAL: tokens made of a Tekigo id ({@code 6.3/C/3} → {@code req-6.3_C_3}, letters
 * of any script kept, as OSCAL's token allows them), and UUIDs that are the same on every export
 * (version 5, from Tekigo's namespace and the document and element they name).
 */
public final class OscalIds {

	/** Tekigo's namespace for its UUIDs and properties. */
	public static final String NS = "https://tekigo.org/ns/oscal";
	private static final UUID NAMESPACE = UUID.fromString("5c1a7d3e-2f0b-5c5e-9a4f-7e0d1b2c3a40");

	private OscalIds() {
	}

	/** An OSCAL token: the prefix, a dash and the id with every character a token may not hold as '_'. */
	public static String token(String prefix, String id) {
		StringBuilder token = new StringBuilder(prefix).append('-');
		id.codePoints().forEach(c -> token.appendCodePoint(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_'
				|| Character.getType(c) == Character.OTHER_NUMBER ? c : '_'));
		return token.toString();
	}

	/** The control an item is in OSCAL: in its catalog, and in the component-definitions that answer it. */
	public static String control(org.tekigo.dsl.tekigo.Item item) {
		return token("item", org.tekigo.dsl.workspace.Ids.of(item));
	}

	/** A version 5 UUID of these names, joined: the same names give the same UUID. */
	public static String uuid(String... names) {
		try {
			MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
			ByteBuffer namespace = ByteBuffer.allocate(16).putLong(NAMESPACE.getMostSignificantBits())
					.putLong(NAMESPACE.getLeastSignificantBits());
			sha1.update(namespace.array());
			sha1.update(String.join("\u0000", names).getBytes(StandardCharsets.UTF_8));
			byte[] hash = sha1.digest();
			hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
			hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
			ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
			return new UUID(bytes.getLong(), bytes.getLong()).toString();
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-1", e);
		}
	}
}
