package org.tekigo.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tekigo.cli.tests.CheckCommandTest.tekigo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.cli.tests.CheckCommandTest.Run;

/** `tekigo new-disclosure`: a disclosure of the sample's catalog whose only findings are its 428 items to answer. */
class NewDisclosureCommandTest {

	@Test
	void aNewDisclosureOfTheSamplesCatalogListsItsItemsToAnswer(@TempDir Path dir) throws IOException {
		Path ws = Files.createDirectories(dir.resolve("ws"));
		for (String file : ImportCommandTest.FILES) {
			Files.copy(ImportCommandTest.SAMPLE.resolve(file), ws.resolve(file));
		}
		Path out = ws.resolve("acme.tekigo");
		Run run = tekigo("new-disclosure", ws.toString(), "--catalog", "provider", "--name", "acme", "--title", "ACME クラウド", "--out",
				out.toString());
		assertEquals(0, run.status(), run.out() + run.err());
		assertEquals("wrote " + out + ": a disclosure of provider, 428 items to answer", run.outLines().getLast());
		assertEquals("disclosure acme \"ACME クラウド\" answers provider {\n}\n", Files.readString(out));
		Run check = tekigo("check", out.toString(), ws.toString());
		assertEquals(0, check.status(), check.out());
		long acme = check.outLines().stream().filter(line -> line.startsWith(out.toString())).count();
		long unanswered = check.outLines().stream().filter(line -> line.startsWith(out.toString()) && line.endsWith("[tekigo.unansweredItem]"))
				.count();
		assertEquals(428, unanswered);
		assertEquals(428, acme, "nothing but the items to answer");

		Run again = tekigo("new-disclosure", ws.toString(), "--catalog", "provider", "--name", "acme", "--out", out.toString());
		assertEquals(2, again.status());
		assertTrue(again.err().contains("exists already; a disclosure is not overwritten"), again.err());
		Run unknown = tekigo("new-disclosure", ws.toString(), "--catalog", "provider99", "--name", "x", "--out", dir.resolve("x.tekigo").toString());
		assertEquals(2, unknown.status());
		assertTrue(unknown.err().contains("no catalog provider99"), unknown.err());
	}
}
