package org.tekigo.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tekigo.cli.tests.CheckCommandTest.tekigo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.cli.tests.CheckCommandTest.Run;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Checklists on other scales than the provider checklist's, through the command line as a user
 * runs it: the cybersecurity checklist's shape (examples/cyber: はい / いいえ, a target date for
 * いいえ, one vendor's answers for two hospitals), and a questionnaire of four words
 * (対応済 / 一部対応 / 未対応 / 該当なし) that no part of the tool chain may mistake for three.
 */
class ScalesCommandTest {

	static final Path CYBER = Path.of("../../examples/cyber");
	static final List<String> CYBER_FILES = List.of("checklist.tekigo", "midori-sakura.tekigo", "midori-kaede.tekigo");

	/** A catalog with a scale of four words and answers using each once (shared with the language's tests). */
	static final Path QUESTIONNAIRE = Path.of("../fixtures/questionnaire");

	private static Path cyberCopy(Path dir) throws IOException {
		Path workspace = Files.createDirectories(dir.resolve("cyber"));
		for (String file : CYBER_FILES) {
			Files.copy(CYBER.resolve(file), workspace.resolve(file));
		}
		return workspace;
	}

	private static Path questionnaire(Path dir) throws IOException {
		Path workspace = Files.createDirectories(dir.resolve("questionnaire"));
		for (String file : List.of("questionnaire.tekigo", "vendor.tekigo")) {
			Files.copy(QUESTIONNAIRE.resolve(file), workspace.resolve(file));
		}
		return workspace;
	}

	private static Path report(Path workspace, Path out) {
		Run run = tekigo("report", workspace.toString(), "--out", out.toString());
		assertEquals(0, run.status(), run.out() + run.err());
		return out;
	}

	@Test
	void theCybersecurityChecklistChecksAndItsSpreadsheetHasItsOwnLayout(@TempDir Path dir) throws IOException {
		assertEquals("3 files checked: 0 errors, 0 warnings", tekigo("check", CYBER.toString()).outLines().getLast());
		Path out = report(CYBER, dir.resolve("out"));
		try (XSSFWorkbook workbook = open(out.resolve("midori-sakura/checklist.xlsx"))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertEquals(List.of("確認項目", "", "", "", "回答", "みどりメディカルシステム（さくら総合病院向け）の見解", "目標日", "Tekigo ID"),
					texts(sheet.getRow(0)));
			assertEquals(List.of("大項目", "小項目", "内容", "", "", "", "", ""), texts(sheet.getRow(1)));
			Row no = SpreadsheetRoundTripTest.rowWithId(sheet, "2.3-①-1");
			assertEquals(List.of("", "2.3.リモート保守", "①接続の管理", "リモート保守の接続は、作業のときだけ開けている。", "いいえ",
					"常時接続の VPN を使っています。作業時だけ開ける運用に切り替えます。", "2027-09-30", "2.3-①-1"), texts(no));
			// The drop-down offers the scale's two words, nothing else.
			List<String> choices = new ArrayList<>();
			for (XSSFDataValidation validation : sheet.getDataValidations()) {
				choices.addAll(List.of(validation.getValidationConstraint().getExplicitListValues()));
			}
			assertEquals(List.of("はい", "いいえ"), choices);
		}
		JsonObject summary = JsonParser.parseString(Files.readString(out.resolve("midori-sakura/gap-report.json"))).getAsJsonObject()
				.getAsJsonObject("summary");
		assertEquals(8, summary.get("conformant").getAsInt());
		assertEquals(2, summary.get("nonconformant").getAsInt());
		assertEquals(0, summary.get("gapsWithoutPlan").getAsInt(), "a いいえ asks only for a target date, and has one");
		String gaps = Files.readString(out.resolve("midori-sakura/gap-report.md"));
		assertTrue(gaps.contains("### Gaps (いいえ) (2)"), gaps);
		assertFalse(gaps.contains("対象外") || gaps.contains("minimum") || gaps.contains("requirements"), gaps);
	}

	@Test
	void compareTellsWhatTheVendorToldEachHospital(@TempDir Path dir) {
		Run run = tekigo("compare", CYBER.toString(), "--out", dir.toString());
		assertEquals(0, run.status(), run.out() + run.err());
		assertEquals(List.of("midori-kaede: 10 answers: 9 はい, 1 いいえ, 0 unanswered",
				"midori-sakura: 10 answers: 8 はい, 2 いいえ, 0 unanswered"), run.outLines().subList(0, 2));
		assertTrue(run.outLines().get(2).startsWith("2 disclosures, 10 items, 3 answered differently: "), run.out());
	}

	@Test
	void theCybersecurityChecklistComesBackFromItsSpreadsheetWithItsTargetDates(@TempDir Path dir) throws IOException {
		Path workspace = cyberCopy(dir);
		Path checklist = report(workspace, dir.resolve("out")).resolve("midori-sakura/checklist.xlsx");
		Run unchanged = tekigo("import", checklist.toString(), "--out", workspace.toString());
		assertEquals(0, unchanged.status(), unchanged.out() + unchanged.err());
		assertEquals(Files.readString(CYBER.resolve("midori-sakura.tekigo")), Files.readString(workspace.resolve("midori-sakura.tekigo")));

		edit(checklist, sheet -> {
			set(sheet, "2.1-②-1", "回答", "はい");
			set(sheet, "2.1-②-1", "目標日", "");
			set(sheet, "3.1-②-1", "回答", "いいえ");
			set(sheet, "3.1-②-1", "目標日", "2028/6/30"); // as a person types a date
		});
		Run run = tekigo("import", checklist.toString(), "--out", workspace.toString());
		assertEquals(0, run.status(), run.out() + run.err());
		String text = Files.readString(workspace.resolve("midori-sakura.tekigo"));
		assertTrue(text.contains("\t2.1-②-1 はい \"さくら総合病院の院内サーバは"), text);
		assertFalse(text.contains("2028-03-31"), "the cleared date is gone: " + text);
		assertTrue(text.contains("\t3.1-②-1 いいえ\n\t\tdue 2028-06-30\n"), text);
		assertTrue(run.out().contains("midori-sakura: 3.1-②-1: target date - → 2028-06-30"), run.out());
		assertEquals("3 files checked: 0 errors, 0 warnings", tekigo("check", workspace.toString()).outLines().getLast());
	}

	@Test
	void aHospitalReviewsWhatTheVendorToldIt(@TempDir Path dir) throws IOException {
		Path workspace = cyberCopy(dir);
		Path review = workspace.resolve("sakura-review.tekigo");
		Run started = tekigo("new-review", workspace.toString(), "--disclosure", "midori-sakura", "--name", "sakura-review", "--by",
				"さくら総合病院 情報システム課", "--out", review.toString());
		assertEquals(0, started.status(), started.out() + started.err());
		String verdicts = Files.readString(review);
		assertTrue(verdicts.contains("\t2.3-①-1 未判定 pinned いいえ "), "pinned to the word as written: " + verdicts);
		Files.writeString(review, verdicts.replace("\t2.3-①-1 未判定", "\t2.3-①-1 受入可"));
		// The vendor changes its answer after the hospital accepted it: the verdict is suspect.
		Path disclosure = workspace.resolve("midori-sakura.tekigo");
		Files.writeString(disclosure, Files.readString(disclosure).replace("\t2.3-①-1 いいえ", "\t2.3-①-1 はい"));
		Run check = tekigo("check", workspace.toString());
		assertTrue(check.out().contains("sakura-review.tekigo:8:25: warning: suspect: the answer changed since it was reviewed [tekigo.suspectVerdict]"),
				check.out());
		Path out = report(workspace, dir.resolve("out"));
		assertTrue(Files.readString(out.resolve("midori-sakura/review-sakura-review.md")).contains("はい"));
	}

	@Test
	void diffSaysWhatChangedInTheScalesWords(@TempDir Path dir) throws IOException {
		Path old = Files.createDirectories(dir.resolve("old"));
		Path now = Files.createDirectories(dir.resolve("new"));
		for (String file : List.of("checklist.tekigo", "midori-sakura.tekigo")) {
			Files.copy(CYBER.resolve(file), old.resolve(file));
			Files.copy(CYBER.resolve(file), now.resolve(file));
		}
		Path changed = now.resolve("midori-sakura.tekigo");
		Files.writeString(changed, Files.readString(changed).replace("\t2.3-①-1 いいえ", "\t2.3-①-1 はい")
				.replace("\t3.1-②-1 はい", "\t3.1-②-1 いいえ"));
		Run run = tekigo("diff", old.resolve("midori-sakura.tekigo").toString(), changed.toString());
		assertEquals(List.of("Status changes (2)", "  2.3-①-1: いいえ → はい", "  3.1-②-1: はい → いいえ", "New gaps (1)", "  3.1-②-1 いいえ",
				"Closed gaps (1)", "  2.3-①-1 いいえ 常時接続の VPN を使っています。作業時だけ開ける運用に切り替えます。"), run.outLines().subList(1, 8));
	}

	@Test
	void aWordOutsideTheScaleIsRefusedWithItsRow(@TempDir Path dir) throws IOException {
		Path workspace = cyberCopy(dir);
		Path checklist = report(workspace, dir.resolve("out")).resolve("midori-sakura/checklist.xlsx");
		int[] row = new int[1];
		edit(checklist, sheet -> row[0] = set(sheet, "1.1-①-2", "回答", "適合可能"));
		Run run = tekigo("import", checklist.toString(), "--out", workspace.toString());
		assertEquals(2, run.status(), run.out() + run.err());
		assertTrue(run.err().contains("sheet \"チェックリスト\", row " + row[0] + ": unknown status \"適合可能\" (expected はい, いいえ, or empty)"),
				run.err());
		assertEquals(Files.readString(CYBER.resolve("midori-sakura.tekigo")), Files.readString(workspace.resolve("midori-sakura.tekigo")));
	}

	@Test
	void aFourWordScaleGoesThroughCheckReportAndBothRoundTrips(@TempDir Path dir) throws IOException {
		Path workspace = questionnaire(dir);
		assertEquals("2 files checked: 0 errors, 0 warnings", tekigo("check", workspace.toString()).outLines().getLast());
		Path out = report(workspace, dir.resolve("out"));
		JsonObject json = JsonParser.parseString(Files.readString(out.resolve("vendor/gap-report.json"))).getAsJsonObject();
		JsonObject summary = json.getAsJsonObject("summary");
		assertEquals(List.of(1, 1, 1, 0, 0), List.of(summary.get("conformant").getAsInt(), summary.get("partlyFulfilled").getAsInt(),
				summary.get("nonconformant").getAsInt(), summary.get("notApplicable").getAsInt(), summary.get("unanswered").getAsInt()));
		assertEquals(4, json.getAsJsonArray("scale").size());
		String gaps = Files.readString(out.resolve("vendor/gap-report.md"));
		assertTrue(gaps.contains("| 一部対応 | 1 |") && gaps.contains("| 未対応 | 1 |") && gaps.contains("| 該当なし | 0 |"), gaps);
		assertTrue(gaps.contains("### Gaps (未対応) (1)"), gaps);
		Path checklist = out.resolve("vendor/checklist.xlsx");
		try (XSSFWorkbook workbook = open(checklist)) {
			assertEquals(List.of("対応済", "一部対応", "未対応", "該当なし"),
					List.of(workbook.getSheetAt(0).getDataValidations().get(0).getValidationConstraint().getExplicitListValues()));
		}
		// Unchanged, the text comes back byte for byte.
		Run unchanged = tekigo("import", checklist.toString(), "--out", workspace.toString());
		assertEquals(0, unchanged.status(), unchanged.out() + unchanged.err());
		assertEquals(Files.readString(QUESTIONNAIRE.resolve("vendor.tekigo")), Files.readString(workspace.resolve("vendor.tekigo")));
		// Edited, the words arrive (one answer changed to the fourth word).
		edit(checklist, sheet -> {
			set(sheet, "1.1-①-2", "回答", "対応済");
			set(sheet, "1.1-①-1", "回答", "該当なし");
			set(sheet, "1.1-①-1", "ベンダーの見解", "クラウドの事業者が行います。");
		});
		Run run = tekigo("import", checklist.toString(), "--out", workspace.toString());
		assertEquals(0, run.status(), run.out() + run.err());
		String text = Files.readString(workspace.resolve("vendor.tekigo"));
		assertTrue(text.contains("\t1.1-①-2 対応済 \"同じ建物の別の階に保管しています。\"\n"), text);
		assertTrue(text.contains("\t1.1-①-1 該当なし \"クラウドの事業者が行います。\"\n"), text);
		assertTrue(run.out().contains("vendor: 1.1-①-2: 一部対応 → 対応済"), run.out());
		assertEquals("2 files checked: 0 errors, 0 warnings", tekigo("check", workspace.toString()).outLines().getLast());
	}

	private static XSSFWorkbook open(Path xlsx) throws IOException {
		try (InputStream in = Files.newInputStream(xlsx)) {
			return new XSSFWorkbook(in);
		}
	}

	private static void edit(Path xlsx, Consumer<Sheet> change) throws IOException {
		try (XSSFWorkbook workbook = open(xlsx)) {
			change.accept(workbook.getSheetAt(0));
			try (OutputStream out = Files.newOutputStream(xlsx)) {
				workbook.write(out);
			}
		}
	}

	/** Sets the cell of the row with this Tekigo id under this header; returns the row's number as Excel shows it. */
	private static int set(Sheet sheet, String id, String header, String value) {
		Row row = SpreadsheetRoundTripTest.rowWithId(sheet, id);
		int column = SpreadsheetRoundTripTest.column(sheet, header);
		Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
		cell.setCellValue(value);
		return row.getRowNum() + 1;
	}

	private static List<String> texts(Row row) {
		DataFormatter formatter = new DataFormatter();
		List<String> texts = new ArrayList<>();
		for (int column = 0; column < row.getLastCellNum(); column++) {
			texts.add(row.getCell(column) == null ? "" : formatter.formatCellValue(row.getCell(column)));
		}
		return texts;
	}
}
