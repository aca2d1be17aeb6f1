package org.tekigo.ui.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.workspace.Ids;
import org.tekigo.reports.DisclosureViews;
import org.tekigo.reports.compare.CompareMatrix;
import org.tekigo.reports.model.DisclosureView;
import org.tekigo.ui.navigation.ProjectSnapshot;

/**
 * {@code tekigo compare}'s matrix over the disclosures of a project that answer one catalog (the
 * catalog most of them answer), with where each vendor's answer to each item is, to open it.
 */
public record ProjectComparison(String catalogId, List<String> comparableCatalogs, CompareMatrix matrix, List<IFile> files,
		List<Map<String, int[]>> answerRegions) {

	/** The comparison of the project's disclosures of the catalog most of them answer; null when fewer than two answer one. */
	public static ProjectComparison of(IProject project) throws CoreException {
		return of(project, null);
	}

	/**
	 * The comparison of the project's disclosures of this catalog (null: the catalog most of them
	 * answer); null when fewer than two answer it.
	 */
	public static ProjectComparison of(IProject project, String catalog) throws CoreException {
		ProjectSnapshot snapshot = ProjectSnapshot.of(project);
		Map<Disclosure, IFile> fileOf = new LinkedHashMap<>();
		Map<String, List<Disclosure>> byCatalog = disclosuresByCatalog(snapshot, fileOf);
		List<Disclosure> compared = catalog != null ? byCatalog.getOrDefault(catalog, List.of())
				: byCatalog.values().stream().max(Comparator.comparingInt(List::size)).orElse(List.of());
		if (compared.size() < 2) {
			return null;
		}
		List<DisclosureView> views = new ArrayList<>();
		List<IFile> files = new ArrayList<>();
		List<Map<String, int[]>> regions = new ArrayList<>();
		for (Disclosure disclosure : compared) {
			try {
				views.add(DisclosureViews.of(disclosure));
			} catch (IllegalArgumentException unresolved) {
				continue; // a disclosure whose catalog does not resolve has nothing to compare
			}
			files.add(fileOf.get(disclosure));
			regions.add(answerRegions(disclosure));
		}
				List<String> comparable = byCatalog.entrySet().stream().filter(entry -> entry.getValue().size() >= 2).map(Map.Entry::getKey).sorted()
				.toList();
		return views.size() < 2 ? null
				: new ProjectComparison(compared.get(0).getCatalog().getName(), comparable, CompareMatrix.of(views), files, regions);
	}

	private static Map<String, List<Disclosure>> disclosuresByCatalog(ProjectSnapshot snapshot, Map<Disclosure, IFile> fileOf) {
		Map<String, List<Disclosure>> byCatalog = new LinkedHashMap<>();
		for (Resource resource : List.copyOf(snapshot.resourceSet().getResources())) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Disclosure disclosure
					&& disclosure.getCatalog() != null && !disclosure.getCatalog().eIsProxy() && snapshot.file(resource.getURI()) != null) {
				byCatalog.computeIfAbsent(disclosure.getCatalog().getName(), name -> new ArrayList<>()).add(disclosure);
				fileOf.put(disclosure, snapshot.file(resource.getURI()));
			}
		}
		return byCatalog;
	}

	/** Where each item's first answer is written, by item id. */
	private static Map<String, int[]> answerRegions(Disclosure disclosure) {
		Map<String, int[]> regions = new LinkedHashMap<>();
		for (Answer answer : disclosure.getAnswers()) {
			ICompositeNode node = NodeModelUtils.getNode(answer);
			if (node != null && answer.getItem() != null && !answer.getItem().eIsProxy()) {
				regions.putIfAbsent(Ids.of(answer.getItem()), new int[] { node.getOffset(), node.getLength() });
			}
		}
		return regions;
	}
}
