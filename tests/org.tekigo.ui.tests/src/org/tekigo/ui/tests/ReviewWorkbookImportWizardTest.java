package org.tekigo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tekigo.dsl.tekigo.Review;
import org.tekigo.reports.ReviewViews;
import org.tekigo.reports.nls.ReportMessages;
import org.tekigo.reports.review.ReviewAnalysis;
import org.tekigo.reports.review.ReviewWorkbookWriter;
import org.tekigo.ui.TekigoUiPlugin;
import org.tekigo.ui.navigation.ProjectSnapshot;
import org.tekigo.ui.wizards.ChecklistImport;

/**
 * File > Import takes a review workbook too: the example review's workbook, one verdict changed in
 * it as a judge would in Excel, comes back into the review's text as that verdict only; unchanged,
 * the file stays as it was.
 */
class ReviewWorkbookImportWizardTest {

	private IProject project;

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.closeEditorsAndDelete(project);
	}

	@Test
	void aVerdictChangedInTheWorkbookComesBackAsThatVerdictOnly(@TempDir Path dir) throws Exception {
		project = Workbench.projectWith("review-import", "chatwork");
		IFile file = project.getFile("kyoto-chatwork.tekigo");
		file.create(Files.newInputStream(Workbench.EXAMPLES.resolve("hospital/kyoto-chatwork.tekigo")), true, null);
		String original = text(file);
		Review review = (Review) ProjectSnapshot.of(project).resource(file).getContents().get(0);
		Path workbook = dir.resolve("review-kyoto-chatwork.xlsx");
		new ReviewWorkbookWriter().write(ReviewAnalysis.of(ReviewViews.of(review)), workbook);

		ChecklistImport.Result unchanged = new ChecklistImport(TekigoUiPlugin.getDefault().injector()).run(workbook, project, false, null);
		assertEquals(original, text(file), "an unchanged workbook leaves the review as it was");
		assertTrue(unchanged.notes().isEmpty(), unchanged.notes()::toString);

		setVerdict(workbook, "1.1-①-2", "受入不可");
		ChecklistImport.Result changed = new ChecklistImport(TekigoUiPlugin.getDefault().injector()).run(workbook, project, false, null);
		assertEquals(original.replace("\t1.1-①-2 受入可 on 2026-11-20 pinned 適合可能 151aec6f\n",
				"\t1.1-①-2 受入不可 on " + LocalDate.now() + " pinned 適合可能 151aec6f\n"), text(file));
		assertEquals(1, changed.notes().size(), changed.notes()::toString);
		assertTrue(changed.notes().get(0).contains("1.1-①-2") && changed.notes().get(0).contains("受入不可"), changed.notes()::toString);
	}

	/** As a judge does in Excel: the verdict cell of the answer's row set to another word of the list. */
	private static void setVerdict(Path workbook, String answer, String verdict) throws Exception {
		XSSFWorkbook book;
		try (InputStream in = Files.newInputStream(workbook)) {
			book = new XSSFWorkbook(in);
		}
		Sheet sheet = book.getSheet(ReviewWorkbookWriter.VERDICTS_SHEET);
		int column = -1;
		for (Cell header : sheet.getRow(0)) {
			column = ReportMessages.Review_columnVerdict.equals(header.getStringCellValue()) ? header.getColumnIndex() : column;
		}
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && answer.equals(row.getCell(0).getStringCellValue())) {
				row.getCell(column).setCellValue(verdict);
			}
		}
		try (OutputStream out = Files.newOutputStream(workbook)) {
			book.write(out);
		}
		book.close();
	}

	private static String text(IFile file) throws Exception {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
