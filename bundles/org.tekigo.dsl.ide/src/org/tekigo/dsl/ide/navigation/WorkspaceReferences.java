package org.tekigo.dsl.ide.navigation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.findReferences.TargetURICollector;
import org.eclipse.xtext.findReferences.TargetURIs;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IReferenceDescription;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Every place in a workspace that cites an element: the answers and verdicts that cite an item,
 * the items that relate to a requirement, the answers that see a statement. Xtext's reference
 * finder, the one the language server's "references" uses, run over a resource set that holds
 * every file of the workspace.
 */
public class WorkspaceReferences {

	/** A citation: where in which file, and the element that cites. */
	public record Reference(URI uri, int offset, int length, EObject source) {
	}

	@Inject
	private IReferenceFinder finder;
	@Inject
	private Provider<TargetURIs> targetUris;
	@Inject
	private TargetURICollector collector;

	/** The citations of the element, file by file in the resource set's order, in text order within a file. */
	public List<Reference> of(EObject target, ResourceSet workspace) {
		TargetURIs targets = targetUris.get();
		collector.add(target, targets);
		List<Reference> found = new ArrayList<>();
		for (Resource resource : List.copyOf(workspace.getResources())) {
			finder.findReferences(targets, resource, new IReferenceFinder.Acceptor() {
				@Override
				public void accept(EObject source, URI sourceUri, EReference reference, int index, EObject targetOrProxy, URI targetUri) {
					List<INode> nodes = NodeModelUtils.findNodesForFeature(source, reference);
					INode node = nodes.isEmpty() ? null : nodes.get(Math.max(0, Math.min(index, nodes.size() - 1)));
					if (node != null) {
						found.add(new Reference(resource.getURI(), node.getOffset(), node.getLength(), source));
					}
				}

				@Override
				public void accept(IReferenceDescription description) {
					// only called by the index-based search, which this does not use
				}
			}, null); // no progress to show: one pass over resources already loaded
		}
		List<URI> order = workspace.getResources().stream().map(Resource::getURI).toList();
		found.sort(Comparator.comparingInt((Reference r) -> order.indexOf(r.uri())).thenComparingInt(Reference::offset));
		return found;
	}
}
