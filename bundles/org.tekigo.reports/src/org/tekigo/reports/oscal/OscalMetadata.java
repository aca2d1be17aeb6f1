package org.tekigo.reports.oscal;

/** The metadata every OSCAL document opens with, in the order OSCAL's XML schema has it. */
final class OscalMetadata {

	/** The OSCAL version written, the one NIST's liboscal-java 3.0.3 validates. */
	static final String OSCAL_VERSION = "1.1.2";

	private OscalMetadata() {
	}

	/** A disclosure's: its title, and its id and the catalog it answers in Tekigo's namespace (read back on import). */
	static OscalNode of(org.tekigo.dsl.tekigo.Disclosure disclosure, String lastModified) {
		return of(disclosure.getTitle(), lastModified, null).prop("tekigo-document", "disclosure", OscalIds.NS)
				.prop("tekigo-id", disclosure.getName(), OscalIds.NS).prop("catalog", disclosure.getCatalog().getName(), OscalIds.NS);
	}

	/** Title, last-modified, version and oscal-version; the caller adds properties after them. */
	static OscalNode of(String title, String lastModified, String version) {
		return OscalNode.assembly("metadata", null).field("title", title).field("last-modified", lastModified)
				.field("version", version == null || version.isBlank() ? "1" : version).field("oscal-version", OSCAL_VERSION);
	}
}
