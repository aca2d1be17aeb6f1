package org.tekigo.dsl.edition;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.tekigo.TekigoPackage;
import org.tekigo.dsl.workspace.Fingerprints;
import org.tekigo.dsl.workspace.TekigoResourceDescriptionStrategy;

/**
 * The texts of the workspace's items and requirements by their fingerprint: where a stale
 * answer's pin names a text that is still somewhere in the workspace (the earlier edition, the
 * catalog before its change), that text is shown beside today's.
 */
public final class TextsByFingerprint {

	private final Map<String, String> texts = new HashMap<>();

	private TextsByFingerprint() {
	}

	/** From the documents loaded in a resource set (the command line loads the whole workspace). */
	public static TextsByFingerprint of(ResourceSet resourceSet) {
		TextsByFingerprint result = new TextsByFingerprint();
		for (Resource resource : resourceSet.getResources().toArray(Resource[]::new)) {
			for (TreeIterator<Notifier> all = org.eclipse.emf.ecore.util.EcoreUtil.getAllContents(resource, false); all.hasNext();) {
				switch (all.next()) {
					case Requirement requirement -> result.add(requirement.getText());
					case Item item -> result.add(item.getText());
					default -> {
					}
				}
			}
		}
		return result;
	}

	/** From the index, without loading documents (the language server's workspace). */
	public static TextsByFingerprint of(IResourceDescriptions index) {
		TextsByFingerprint result = new TextsByFingerprint();
		for (var type : new org.eclipse.emf.ecore.EClass[] { TekigoPackage.Literals.REQUIREMENT, TekigoPackage.Literals.ITEM }) {
			for (IEObjectDescription description : index.getExportedObjectsByType(type)) {
				result.add(description.getUserData(TekigoResourceDescriptionStrategy.TEXT_KEY));
			}
		}
		return result;
	}

	/** The text with this fingerprint, when the workspace still holds it. */
	public Optional<String> text(String fingerprint) {
		return Optional.ofNullable(fingerprint == null ? null : texts.get(fingerprint));
	}

	private void add(String text) {
		if (text != null) {
			texts.putIfAbsent(Fingerprints.of(text), text);
		}
	}
}
