package org.tekigo.robustness;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Pattern;

import org.tekigo.cli.TekigoCli;

/** Runs the command line in this JVM, as a user runs it, and keeps what it printed. */
record Cli(int status, String out, String err) {

	/** A Java stack frame, or an exception's class name, in what the user reads. */
	private static final Pattern JAVA_TRACE = Pattern.compile(
			"(?m)^\\s+at [\\w$.]+\\(|\\b(?:java|javax|org|com)\\.[\\w.$]+(?:Exception|Error)\\b");

	static Cli run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int status = TekigoCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
		return new Cli(status, out.toString(), err.toString());
	}

	boolean showsJava() {
		return JAVA_TRACE.matcher(out).find() || JAVA_TRACE.matcher(err).find();
	}

	String firstErrorLine() {
		return err.lines().findFirst().orElse("");
	}
}
