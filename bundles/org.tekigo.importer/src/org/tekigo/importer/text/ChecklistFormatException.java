package org.tekigo.importer.text;

/** The input is not a readable published checklist; {@link #getLine()} names the offending line. */
public class ChecklistFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    public ChecklistFormatException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    /** The 1-based line of the input where the problem was found. */
    public int getLine() {
        return line;
    }
}
