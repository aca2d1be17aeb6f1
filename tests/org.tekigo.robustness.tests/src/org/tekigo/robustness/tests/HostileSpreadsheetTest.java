package org.tekigo.robustness.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.cli.TekigoCli;
import org.tekigo.robustness.WorkbookMutation;

/**
 * `tekigo import` of a real checklist.xlsx made hostile: bad input, exit 2, one sentence that
 * says what is wrong with the file and that nothing was changed; never "internal error".
 */
class HostileSpreadsheetTest {

	@TempDir
	Path dir;

	@Test
	void aZipBombIsRefusedInOneSentence() throws IOException {
		assertRefused(WorkbookMutation.ZIP_BOMB, "refused: its part xl/worksheets/sheet1.xml would expand to far more"
				+ " than its stored size, as a \"zip bomb\" does; nothing was changed");
	}

	@Test
	void xmlWithAnExternalEntityIsRefusedInOneSentence() throws IOException {
		assertRefused(WorkbookMutation.DOCTYPE_ENTITY, "refused: its XML declares a document type (DTD), which Excel and"
				+ " LibreOffice never write and which could make a reader fetch other files; nothing was changed");
	}

	private void assertRefused(WorkbookMutation mutation, String sentence) throws IOException {
		Path workspace = Files.createDirectories(dir.resolve("ws"));
		for (String file : List.of("mhlw50.tekigo", "mhlw51.tekigo", "provider.tekigo", "chatwork.tekigo")) {
			Files.copy(FuzzSubsetTest.SAMPLE.resolve(file), workspace.resolve(file));
		}
		PrintWriter discard = new PrintWriter(new StringWriter());
		assertEquals(0, TekigoCli.run(new String[] { "report", workspace.toString(), "--out", dir.resolve("out").toString() },
				discard, discard));
		Path hostile = dir.resolve("checklist.xlsx");
		mutation.mutate(dir.resolve("out/chatwork/checklist.xlsx"), hostile, 1);

		StringWriter out = new StringWriter(), err = new StringWriter();
		int status = TekigoCli.run(new String[] { "import", hostile.toString(), "--out", workspace.toString() },
				new PrintWriter(out, true), new PrintWriter(err, true));

		assertEquals(TekigoCli.EXIT_BAD_INPUT, status, err.toString());
		assertEquals("tekigo: " + hostile + ": " + sentence + System.lineSeparator(), err.toString());
		assertEquals("", out.toString());
		assertEquals(Files.readString(FuzzSubsetTest.SAMPLE.resolve("chatwork.tekigo")), Files.readString(workspace.resolve("chatwork.tekigo")));
	}

}
