package org.tekigo.ui.wizards;

import org.tekigo.ui.nls.UiMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Document;
import org.tekigo.importer.ChecklistEdits;
import org.tekigo.importer.ChecklistModel;
import org.tekigo.importer.ChecklistModelBuilder;
import org.tekigo.importer.ChecklistModelCheck;
import org.tekigo.importer.TekigoFiles;
import org.tekigo.importer.VendorName;
import org.tekigo.importer.text.ChecklistFormatException;
import org.tekigo.importer.TableImport;
import org.tekigo.importer.table.TableFormatException;
import org.tekigo.importer.text.ChecklistTextParser;
import org.tekigo.importer.text.PublishedChecklist;
import org.tekigo.reports.checklist.ChecklistWorkbookReader;
import org.tekigo.reports.checklist.EditedAnswer;
import org.tekigo.reports.checklist.EditedChecklist;
import org.tekigo.ui.TekigoUiPlugin;
import org.tekigo.ui.builder.ProjectFiles;

import com.google.inject.Injector;

/**
 * A published checklist into a workspace folder, as `tekigo import` does it: the guideline,
 * catalog and disclosure files, then a refresh so that the workspace sees them. No UI.
 */
public final class ChecklistImport {

	/** The files written, and what the reader noticed and the user should hear (cells it could not read as text). */
	public record Result(List<IFile> files, List<String> notes) {
	}

	private final Injector injector;

	public ChecklistImport(Injector injector) {
		this.injector = injector;
	}

	/**
	 * Imports by the file's kind: a checklist.xlsx Tekigo wrote (its edits into the disclosure), a
	 * vendor's PDF or workbook (read as a table), else the text pdftotext gives.
	 */
	public Result run(Path source, IContainer target, boolean overwrite, IProgressMonitor monitor)
			throws CoreException, IOException, ChecklistFormatException {
		String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".xlsx") && ChecklistWorkbookReader.isTekigoChecklist(source)) {
			return importSpreadsheet(source, target, monitor);
		}
		if (name.endsWith(".xlsx") && org.tekigo.reports.review.ReviewWorkbookReader.isTekigoReview(source)) {
			return importReviewWorkbook(source, target, monitor);
		}
		if (TableImport.isTable(source)) {
			return importTable(source, target, overwrite, monitor);
		}
		return new Result(importText(source, target, overwrite, monitor), List.of());
	}

	public List<IFile> importText(Path source, IContainer target, boolean overwrite, IProgressMonitor monitor)
			throws CoreException, IOException, ChecklistFormatException {
		SubMonitor sub = SubMonitor.convert(monitor, bind(UiMessages.Import_importing, source.getFileName()), 4);
		sub.subTask(UiMessages.Import_reading);
		PublishedChecklist checklist = new ChecklistTextParser().parse(source);
		// The parser has read the file strictly as UTF-8, so this second reading cannot fail on encoding.
		String vendor = VendorName.in(Files.readAllLines(source), "vendor");
		// Each split also checks whether the user cancelled.
		sub.split(1);
		return write(ChecklistModelBuilder.build(checklist, vendor), target, overwrite, sub);
	}

	/** A vendor's checklist from its PDF or its own workbook, read as a table by its headings. */
	public Result importTable(Path source, IContainer target, boolean overwrite, IProgressMonitor monitor)
			throws CoreException, IOException {
		SubMonitor sub = SubMonitor.convert(monitor, bind(UiMessages.Import_importing, source.getFileName()), 4);
		sub.subTask(UiMessages.Import_reading);
		try {
			TableImport read = TableImport.read(source);
			sub.split(1);
			List<IFile> files = write(read.model(), target, overwrite, sub);
			return new Result(files, read.table().warnings().stream().map(warning -> source.getFileName() + ": " + warning).toList());
		} catch (TableFormatException e) {
			throw new CoreException(Status.error(source.getFileName() + ": " + e.getMessage()));
		} catch (ChecklistFormatException e) {
			// What the check of the imported documents found: they are not written.
			throw new CoreException(Status.error(source.getFileName() + ": " + e.getMessage()));
		}
	}

	/** Checks the imported documents, then writes them into the target and refreshes it. */
	private List<IFile> write(ChecklistModel model, IContainer target, boolean overwrite, SubMonitor sub)
			throws CoreException, IOException, ChecklistFormatException {
		Path folder = folderOf(target);
		ChecklistModelCheck.requireNoErrors(injector, model);
		List<Document> documents = model.documents();
		if (!overwrite) {
			refuseToReplace(folder, target, documents);
		}
		sub.split(1);
		sub.subTask(bind(UiMessages.Import_writing, String.join(", ", documents.stream().map(TekigoFiles::fileName).toList())));
		List<Path> written = TekigoFiles.write(injector, folder, documents);
		sub.split(1);
		target.refreshLocal(IResource.DEPTH_ONE, sub.split(1));
		List<IFile> files = new ArrayList<>();
		written.forEach(path -> files.add(target.getFile(IPath.fromPortableString(path.getFileName().toString()))));
		return files;
	}

	/** Brings the edits of a checklist.xlsx into the disclosure of the target's project that it answers. */
	public Result importSpreadsheet(Path source, IContainer target, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, bind(UiMessages.Import_importing, source.getFileName()), 3);
		try {
			EditedChecklist checklist = new ChecklistWorkbookReader().read(source);
			Map<String, EditedAnswer> edits = checklist.answers();
			progress.worked(1);
			XtextResourceSet resourceSet = TekigoUiPlugin.getDefault().newResourceSet();
			Map<Disclosure, IFile> disclosures = new LinkedHashMap<>();
			for (IFile file : ProjectFiles.in(target.getProject())) {
				ProjectFiles.load(resourceSet, file).getContents().stream().filter(Disclosure.class::isInstance)
						.forEach(d -> disclosures.put((Disclosure) d, file));
			}
			EcoreUtil.resolveAll(resourceSet);
			progress.worked(1);
			Disclosure disclosure = ChecklistEdits.disclosureAnswering(disclosures.keySet(), checklist).orElseThrow(() -> new CoreException(
					Status.error(bind(UiMessages.Import_noDisclosure, target.getProject().getName(), source.getFileName()))));
			ChecklistEdits.Result result = ChecklistEdits.apply(disclosure, edits);
			if (!result.unknownIds().isEmpty()) {
				throw new CoreException(Status.error(bind(UiMessages.Import_unknownIds, String.join(", ", result.unknownIds()))));
			}
			IFile file = disclosures.get(disclosure);
			TekigoFiles.rewrite(injector, disclosure, file.getLocation().toPath());
			file.refreshLocal(IResource.DEPTH_ZERO, progress.split(1));
			return new Result(List.of(file), checklist.notes().stream().map(note -> source.getFileName() + ": " + note).toList());
		} catch (org.tekigo.reports.checklist.ChecklistFormatException e) {
			throw new CoreException(Status.error(source.getFileName() + ": " + e.getMessage()));
		} catch (IOException e) {
			throw new CoreException(Status.error(source.getFileName() + ": " + e.getMessage(), e));
		}
	}

	/**
	 * Brings the judgements of a review workbook into the review of the target's project it was
	 * written from, as {@code tekigo import} does: only the changed verdicts' text (an unchanged
	 * workbook leaves the file untouched); an open editor takes the new text. Each change is one of
	 * the result's notes, as the command line prints it.
	 */
	public Result importReviewWorkbook(Path source, IContainer target, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, bind(UiMessages.Import_importing, source.getFileName()), 3);
		try {
			org.tekigo.reports.review.JudgedReview judged = new org.tekigo.reports.review.ReviewWorkbookReader().read(source);
			progress.worked(1);
			XtextResourceSet resourceSet = TekigoUiPlugin.getDefault().newResourceSet();
			Map<org.tekigo.dsl.tekigo.Review, IFile> reviews = new LinkedHashMap<>();
			for (IFile file : ProjectFiles.in(target.getProject())) {
				ProjectFiles.load(resourceSet, file).getContents().stream().filter(org.tekigo.dsl.tekigo.Review.class::isInstance)
						.forEach(r -> reviews.put((org.tekigo.dsl.tekigo.Review) r, file));
			}
			EcoreUtil.resolveAll(resourceSet);
			progress.worked(1);
			org.tekigo.dsl.tekigo.Review review = org.tekigo.importer.ReviewWorkbookEdits.reviewJudged(reviews.keySet(), judged)
					.orElseThrow(() -> new CoreException(Status.error(bind(UiMessages.Import_noReview, target.getProject().getName(),
							source.getFileName()))));
			org.tekigo.importer.ReviewWorkbookEdits.Result result = org.tekigo.importer.ReviewWorkbookEdits.apply(review, judged,
					java.time.Clock.systemDefaultZone());
			IFile file = reviews.get(review);
			String before = new String(file.getContents(true).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			if (!result.text().equals(before)) {
				file.setContents(new java.io.ByteArrayInputStream(result.text().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
						IResource.KEEP_HISTORY, progress.split(1));
			}
			List<String> notes = new java.util.ArrayList<>();
			result.changes().forEach(change -> notes.add(review.getName() + ": " + change.id() + ": "
					+ (change.before() == null ? "" : change.before() + " \u2192 ") + change.after()));
			result.answersGone().forEach(row -> notes.add(bind(UiMessages.Import_reviewAnswerGone, row.id())));
			return new Result(List.of(file), notes);
		} catch (org.tekigo.reports.checklist.ChecklistFormatException e) {
			throw new CoreException(Status.error(source.getFileName() + ": " + e.getMessage()));
		} catch (IOException e) {
			throw new CoreException(Status.error(source.getFileName() + ": " + e.getMessage(), e));
		}
	}

	/** The folder on disk, where TekigoFiles writes: virtual and remote folders have none. */
	private static Path folderOf(IContainer target) throws CoreException {
		IPath location = target.getLocation();
		if (location == null) {
			throw new CoreException(Status.error(bind(UiMessages.Import_notLocal, target.getFullPath())));
		}
		return location.toPath();
	}

	private static void refuseToReplace(Path folder, IContainer target, List<Document> documents) throws CoreException {
		List<String> existing = documents.stream().map(TekigoFiles::fileName)
				.filter(name -> Files.exists(folder.resolve(name))).toList();
		if (!existing.isEmpty()) {
			throw new CoreException(Status.error(bind(UiMessages.Import_exists, String.join(", ", existing), target.getFullPath())));
		}
	}
}
