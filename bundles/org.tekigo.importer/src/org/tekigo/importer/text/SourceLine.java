package org.tekigo.importer.text;

/** A line of the input, or the part of it that belongs to one cell, with its 1-based number. */
record SourceLine(int number, String text) {
}
