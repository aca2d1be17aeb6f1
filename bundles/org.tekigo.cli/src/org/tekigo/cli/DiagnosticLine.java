package org.tekigo.cli;

import java.util.Comparator;
import java.util.Locale;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** One diagnostic as the command prints it: {@code path:line:col: severity: message [code]}. */
public record DiagnosticLine(String path, int line, int column, Severity severity, String message, String code)
		implements Comparable<DiagnosticLine> {

	private static final Comparator<DiagnosticLine> ORDER = Comparator.comparing(DiagnosticLine::path)
			.thenComparingInt(DiagnosticLine::line).thenComparingInt(DiagnosticLine::column)
			.thenComparing(DiagnosticLine::severity).thenComparing(DiagnosticLine::message);

	public static DiagnosticLine of(SourceFile file, Issue issue) {
		return new DiagnosticLine(file.displayName(), orOne(issue.getLineNumber()), orOne(issue.getColumn()),
				issue.getSeverity(), oneLine(issue.getMessage()), issue.getCode());
	}

	@Override
	public String toString() {
		String text = path + ":" + line + ":" + column + ": " + severity.name().toLowerCase(Locale.ROOT) + ": " + message;
		return code == null ? text : text + " [" + code + "]";
	}

	@Override
	public int compareTo(DiagnosticLine other) {
		return ORDER.compare(this, other);
	}

	private static int orOne(Integer value) {
		return value == null || value < 1 ? 1 : value;
	}

	private static String oneLine(String message) {
		return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ");
	}
}
