package org.tekigo.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.cli.TekigoCli;
import org.tekigo.cli.tests.process.ChildTekigo;

import com.google.gson.Gson;

/**
 * A real editor as the client: Neovim from Debian's packages (bin/install-test-tools installs
 * it), headless, runs resources/neovim-client.lua against `tekigo lsp` on a copy of the sample:
 * it must see what `tekigo check` says, apply a quick fix, and stop the server cleanly.
 */
class NeovimClientTest {

	@Test
	void neovimSeesTheDiagnosticsOfTekigoCheckAndAppliesAQuickFix(@TempDir Path dir) throws Exception {
		Path workspace = LanguageServerTest.copyOfSample(dir.resolve("chatwork"));
		Path disclosure = workspace.resolve("chatwork.tekigo");
		Path seen = dir.resolve("seen.txt");
		List<String> expected = checkLines(workspace); // before Neovim saves its fix
		List<String> server = ChildTekigo.command(dir, "lsp").command();

		ProcessBuilder neovim = new ProcessBuilder("nvim", "--headless", "-u", "NONE", "-i", "NONE", "-n",
				"-c", "luafile " + Path.of("resources/neovim-client.lua").toAbsolutePath())
				.directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("nvim.log").toFile());
		neovim.environment().put("TEKIGO_NVIM_OUT", seen.toString());
		neovim.environment().put("TEKIGO_ROOT", workspace.toString());
		neovim.environment().put("TEKIGO_FILE", disclosure.toString());
		neovim.environment().put("TEKIGO_LSP_CMD", new Gson().toJson(server));
		neovim.environment().put("XDG_STATE_HOME", dir.resolve("state").toString()); // the LSP log stays here
		Process process = neovim.start();
		assertTrue(process.waitFor(300, TimeUnit.SECONDS), "Neovim finished");
		assertEquals(0, process.exitValue(), Files.readString(dir.resolve("nvim.log")));

		List<String> report = Files.readAllLines(seen);
		List<String> diagnostics = report.stream().filter(line -> line.startsWith("diagnostic ")).map(line -> line.substring(11)).toList();
		assertEquals(expected, diagnostics, String.join("\n", report));
		assertTrue(report.contains("action Add a remediation plan"), String.join("\n", report));
		assertTrue(report.contains("applied true"), String.join("\n", report));
		assertTrue(report.contains("after fix 51 diagnostics"), String.join("\n", report));
		assertTrue(report.contains("stopped true"), String.join("\n", report));
		assertTrue(Files.readString(disclosure).contains("\t\tplan \"対応計画を記入してください\" owner \"担当部署\" due "),
				"Neovim saved the fixed text");
	}

	/** What `tekigo check` says of the disclosure, as line:col: message [code], in its order. */
	private static List<String> checkLines(Path workspace) {
		StringWriter out = new StringWriter();
		TekigoCli.run(new String[] { "check", workspace.toString() }, new PrintWriter(out), new PrintWriter(out));
		String prefix = workspace + "/chatwork.tekigo:";
		List<String> lines = new ArrayList<>();
		for (String line : out.toString().lines().filter(l -> l.startsWith(prefix)).collect(Collectors.toList())) {
			String rest = line.substring(prefix.length());
			// path:line:col: severity: message [code] → line:col: message [code]
			lines.add(rest.replaceFirst("^(\\d+:\\d+): (warning|error): ", "$1: "));
		}
		return lines;
	}
}
