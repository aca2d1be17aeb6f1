package org.tekigo.cli.launch;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.tekigo.cli.TekigoCli;

/**
 * The training run for the JDK's AOT cache: the commands a user runs, on the sample, in one JVM,
 * so that the cache holds the classes of every command (check, report, both imports, diff).
 *
 * <pre>Training &lt;examples folder&gt; &lt;scratch folder&gt;</pre>
 */
public final class Training {

	private Training() {
	}

	public static void main(String[] args) throws IOException {
		Path examples = Path.of(args[0]);
		Path scratch = Files.createDirectories(Path.of(args[1]));
		Path sample = examples.resolve("chatwork");
		Path workspace = Files.createDirectories(scratch.resolve("ws"));
		for (String file : List.of("mhlw51.tekigo", "provider.tekigo", "chatwork.tekigo")) {
			Files.copy(sample.resolve(file), workspace.resolve(file));
		}
		int failures = 0;
		failures += run("report", examples.toString(), "--out", scratch.resolve("reports").toString(), "--fail-on", "minimum-gap") > 1 ? 1 : 0;
		failures += run("check", examples.toString()) > 1 ? 1 : 0;
		failures += run("import", sample.resolve("published/chatwork-checklist.txt").toString(), "--out", scratch.resolve("imported").toString());
		failures += run("import", scratch.resolve("reports/chatwork/checklist.xlsx").toString(), "--out", workspace.toString());
		failures += run("diff", sample.resolve("chatwork.tekigo").toString(), workspace.resolve("chatwork.tekigo").toString(),
				"--html", scratch.resolve("diff.html").toString());
		System.exit(failures == 0 ? 0 : 1);
	}

	private static int run(String... args) {
		StringWriter output = new StringWriter();
		PrintWriter writer = new PrintWriter(output);
		int status = TekigoCli.run(args, writer, writer);
		if (status > 1) {
			System.err.println("training: tekigo " + String.join(" ", args) + " exited " + status + ": " + output);
		}
		return status;
	}
}
