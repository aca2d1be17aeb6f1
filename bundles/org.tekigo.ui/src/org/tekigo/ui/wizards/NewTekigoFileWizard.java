package org.tekigo.ui.wizards;

import static org.eclipse.osgi.util.NLS.bind;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.tekigo.dsl.workspace.NewDocuments;
import org.tekigo.ui.builder.ProjectFiles;
import org.tekigo.ui.nls.UiMessages;

/**
 * File > New > Tekigo Disclosure, Catalog, Guideline or Review: one page (the folder, the new document's
 * id and title, and the document it answers or follows, chosen among those of the workspace), then
 * a new file with a valid text, opened in the Tekigo editor.
 */
public abstract class NewTekigoFileWizard extends Wizard implements INewWizard {

	private IContainer selected;
	private Text folder;
	private Text id;
	private Text title;
	private Combo reference;
	private Text reviewer;
	private IFile created;

	/**
	 * What a wizard makes: its page's words, the documents it may refer to, a reviewer's name when
	 * it asks for one, and its text.
	 */
	public record Kind(String title, String description, String referenceKeyword, String referenceLabel, boolean referenceRequired,
			boolean asksReviewer, DocumentText text) {
	}

	/** What the page was given: the new document's id and title, the id it refers to (null for none), the reviewer. */
	public record Fields(String id, String title, String reference, String reviewer) {
	}

	/** The new document's text from the page's fields. */
	@FunctionalInterface
	public interface DocumentText {
		String of(Fields fields) throws CoreException;
	}

	static final Kind DISCLOSURE = new Kind(UiMessages.New_disclosureTitle, UiMessages.New_disclosureDescription, "catalog",
			UiMessages.New_catalog, true, false, f -> NewDocuments.disclosure(f.id(), f.title(), f.reference()));
	static final Kind CATALOG = new Kind(UiMessages.New_catalogTitle, UiMessages.New_catalogDescription, "guideline",
			UiMessages.New_guideline, false, false, f -> NewDocuments.catalog(f.id(), f.title(), f.reference()));
	static final Kind GUIDELINE = new Kind(UiMessages.New_guidelineTitle, UiMessages.New_guidelineDescription, null, null, false,
			false, f -> NewDocuments.guideline(f.id(), f.title()));
	static final Kind REVIEW = new Kind(UiMessages.New_reviewTitle, UiMessages.New_reviewDescription, "disclosure",
			UiMessages.New_disclosure, true, true, NewReviewText::of);

	private final Kind kind;

	protected NewTekigoFileWizard(Kind kind) {
		this.kind = kind;
		setWindowTitle(kind.title());
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		setNeedsProgressMonitor(false);
		if (selection != null && !selection.isEmpty()) {
			IResource resource = Adapters.adapt(selection.getFirstElement(), IResource.class);
			selected = resource == null ? null : resource instanceof IContainer container ? container : resource.getParent();
		}
	}

	@Override
	public void addPages() {
		addPage(new WizardPage("new", kind.title(), null) {
			@Override
			public void createControl(Composite parent) {
				setDescription(kind.description());
				Composite page = new Composite(parent, SWT.NONE);
				page.setLayout(new GridLayout(2, false));
				folder = field(page, UiMessages.New_folder);
				folder.setText(selected == null ? "" : selected.getFullPath().toString());
				id = field(page, UiMessages.New_id);
				title = field(page, UiMessages.New_title);
				if (kind.referenceKeyword() != null) {
					new Label(page, SWT.NONE).setText(kind.referenceLabel());
					reference = new Combo(page, SWT.READ_ONLY);
					reference.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
					if (!kind.referenceRequired()) {
						reference.add("");
					}
					documentIds(kind.referenceKeyword()).forEach(reference::add);
					reference.select(reference.getItemCount() > (kind.referenceRequired() ? 0 : 1) ? (kind.referenceRequired() ? 0 : 1) : 0);
					reference.addListener(SWT.Selection, event -> validate());
				}
				if (kind.asksReviewer()) {
					reviewer = field(page, UiMessages.New_reviewer);
					reviewer.addListener(SWT.Modify, event -> validate());
				}
				folder.addListener(SWT.Modify, event -> validate());
				id.addListener(SWT.Modify, event -> validate());
				title.addListener(SWT.Modify, event -> validate());
				setControl(page);
				validate();
			}

			private void validate() {
				String problem = problem();
				setErrorMessage(problem);
				setPageComplete(problem == null);
			}
		});
	}

	/** Fills the page as a user would type: for tests and callers that know what they want. */
	public void fill(String folderPath, String newId, String newTitle, String referenced) {
		folder.setText(folderPath);
		id.setText(newId);
		title.setText(newTitle);
		if (reference != null && referenced != null) {
			reference.select(reference.indexOf(referenced));
		}
	}

	/** The reviewer's name, as a user would type it (a review's wizard only). */
	public void reviewer(String name) {
		reviewer.setText(name);
	}

	/** The file made by the last finish. */
	public IFile created() {
		return created;
	}

	private static Text field(Composite page, String label) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return text;
	}

	private String problem() {
		if (id == null || folder == null) {
			return null;
		}
		IContainer container = container();
		if (container == null || !container.exists()) {
			return UiMessages.New_noFolder;
		}
		if (!id.getText().matches(NewDocuments.ID)) {
			return id.getText().isEmpty() ? UiMessages.New_noId : bind(UiMessages.New_badId, id.getText());
		}
		if (container.getFile(IPath.fromPortableString(id.getText() + ".tekigo")).exists()) {
			return bind(UiMessages.New_exists, id.getText() + ".tekigo");
		}
		if (reference != null && kind.referenceRequired() && reference.getText().isEmpty()) {
			return bind(UiMessages.New_noReference, kind.referenceLabel());
		}
		if (reviewer != null && reviewer.getText().isBlank()) {
			return UiMessages.Review_nameReviewer;
		}
		return null;
	}

	private IContainer container() {
		String path = folder.getText().strip();
		if (path.isEmpty()) {
			return null;
		}
		IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(IPath.fromPortableString(path));
		return resource instanceof IContainer container ? container : null;
	}

	/** The ids of the documents of a kind in the workspace's open projects, read off their first line. */
	private static List<String> documentIds(String keyword) {
		Pattern declaration = Pattern.compile("(?m)^\\s*" + keyword + "\\s+([A-Za-z_][A-Za-z0-9_-]*)");
		TreeSet<String> ids = new TreeSet<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (!project.isOpen()) {
				continue;
			}
			try {
				for (IFile file : ProjectFiles.in(project)) {
					try (var in = file.getContents()) {
						Matcher matcher = declaration.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
						if (matcher.find()) {
							ids.add(matcher.group(1));
						}
					}
				}
			} catch (CoreException | java.io.IOException e) {
				// a project that cannot be read offers nothing to choose
			}
		}
		return new ArrayList<>(ids);
	}

	@Override
	public boolean performFinish() {
		IFile file = container().getFile(IPath.fromPortableString(id.getText() + ".tekigo"));
		String referenced = reference == null || reference.getText().isEmpty() ? null : reference.getText();
		String name = title.getText().isBlank() ? id.getText() : title.getText().strip();
		try {
			Fields fields = new Fields(id.getText(), name, referenced, reviewer == null ? null : reviewer.getText().strip());
			file.create(new ByteArrayInputStream(kind.text().of(fields).getBytes(StandardCharsets.UTF_8)), false, null);
			created = file;
			IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
			return true;
		} catch (PartInitException e) {
			return true; // written; only the editor did not open
		} catch (CoreException e) {
			((WizardPage) getPages()[0]).setErrorMessage(e.getStatus().getMessage());
			return false;
		}
	}
}
