package org.tekigo.ui.navigation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.FilteredItemsSelectionDialog;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.tekigo.dsl.ide.navigation.IdAtOffset;
import org.tekigo.dsl.ide.symbols.TekigoWorkspaceSymbols;
import org.tekigo.ui.TekigoUiPlugin;
import org.tekigo.ui.nls.UiMessages;

/**
 * Navigate > Open Tekigo Element (Ctrl+Shift+F3): the items, requirements and statements of the
 * workspace's projects, found by id or by words of their text as the language server's workspace
 * symbols find them; the chosen one opens in its editor.
 */
public class OpenElementDialog extends FilteredItemsSelectionDialog {

	/** One element to choose: its name as workspace symbols give it, and where it is declared. */
	public record Element(String name, IEObjectDescription description, IFile file, int offset, int length) {
	}

	private static final String SETTINGS = "org.tekigo.ui.openElement";
	private final TekigoWorkspaceSymbols symbols = TekigoUiPlugin.getDefault().injector().getInstance(TekigoWorkspaceSymbols.class);
	private final List<Element> elements;

	public OpenElementDialog(Shell shell) throws CoreException {
		super(shell);
		setTitle(UiMessages.OpenElement_title);
		setMessage(UiMessages.OpenElement_message);
		elements = collect();
		setListLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Element e ? e.name() + "  \u2014 " + e.file().getFullPath().makeRelative() : "";
			}
		});
		setDetailsLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Element e ? e.file().getFullPath().makeRelative().toString() : "";
			}
		});
	}

	/** Every listed element of the open projects, as the editors show their texts. */
	private List<Element> collect() throws CoreException {
		List<Element> found = new ArrayList<>();
		IResourceDescription.Manager descriptions = TekigoUiPlugin.getDefault().injector().getInstance(IResourceDescription.Manager.class);
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (!project.isOpen()) {
				continue;
			}
			ProjectSnapshot snapshot = ProjectSnapshot.of(project);
			for (Resource resource : List.copyOf(snapshot.resourceSet().getResources())) {
				IFile file = snapshot.file(resource.getURI());
				if (file == null || !(resource instanceof XtextResource)) {
					continue;
				}
				for (IEObjectDescription description : descriptions.getResourceDescription(resource).getExportedObjects()) {
					if (!symbols.isListed(description)) {
						continue;
					}
					EObject element = resource.getEObject(description.getEObjectURI().fragment());
					INode name = element == null ? null : IdAtOffset.nameNode(element);
					if (name != null) {
						found.add(new Element(symbols.nameOf(description), description, file, name.getOffset(), name.getLength()));
					}
				}
			}
		}
		return found;
	}

	/** The elements a pattern keeps, in the dialog's order (for tests). */
	public List<String> matching(String pattern) {
		return elements.stream().filter(e -> symbols.matches(e.description(), pattern)).sorted(BY_NAME).map(Element::name).toList();
	}

	private static final Comparator<Element> BY_NAME = Comparator.comparing(Element::name);

	@Override
	protected Control createExtendedContentArea(Composite parent) {
		return null;
	}

	@Override
	protected IDialogSettings getDialogSettings() {
		IDialogSettings all = TekigoUiPlugin.getDefault().getDialogSettings();
		IDialogSettings section = all.getSection(SETTINGS);
		return section != null ? section : all.addNewSection(SETTINGS);
	}

	@Override
	protected IStatus validateItem(Object item) {
		return Status.OK_STATUS;
	}

	@Override
	protected ItemsFilter createFilter() {
		return new ItemsFilter() {
			@Override
			public boolean matchItem(Object item) {
				return item instanceof Element e && symbols.matches(e.description(), getPattern());
			}

			@Override
			public boolean isConsistentItem(Object item) {
				return true;
			}
		};
	}

	@Override
	@SuppressWarnings("rawtypes")
	protected Comparator getItemsComparator() {
		return BY_NAME;
	}

	@Override
	protected void fillContentProvider(AbstractContentProvider content, ItemsFilter filter, IProgressMonitor monitor) {
		for (Element element : elements) {
			content.add(element, filter);
		}
	}

	@Override
	public String getElementName(Object item) {
		return item instanceof Element e ? e.name() : null;
	}

	/** Opens the chosen element where it is declared. */
	@Override
	protected void okPressed() {
		super.okPressed();
		Object[] result = getResult();
		if (result != null && result.length > 0 && result[0] instanceof Element e) {
			Reveal.open(e.file(), e.offset(), e.length(), true);
		}
	}
}
