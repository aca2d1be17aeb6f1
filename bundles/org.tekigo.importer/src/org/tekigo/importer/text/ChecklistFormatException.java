package org.tekigo.importer.text;

import org.tekigo.importer.nls.ImporterMessages;
import static org.eclipse.osgi.util.NLS.bind;

/** The input is not a readable published checklist; {@link #getLine()} names the offending line. */
public class ChecklistFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    private final String detail;

    public ChecklistFormatException(int line, String message) {
        super(bind(ImporterMessages.Format_atLine, line, message));
        this.line = line;
        this.detail = message;
    }

    /** What is wrong, without the line: for a caller that names the file and the line itself. */
    public String detail() {
        return detail;
    }

    /** The 1-based line of the input where the problem was found. */
    public int getLine() {
        return line;
    }
}
