package org.tekigo.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.tekigo.dsl.validation.IssueCodes;
import static org.eclipse.xtext.diagnostics.Severity.WARNING;
import static org.tekigo.dsl.tests.TekigoWorkspaceFixture.d;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tekigo.dsl.tekigo.TekigoPackage;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * examples/tour is the language's tour: it must be clean, and use every construct of the
 * language: every concrete type, every optional feature, every status keyword and alias.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TekigoInjectorProvider.class)
class TourExampleTest {

	static final Path TOUR = Path.of("../../examples/tour");

	@Inject
	private Injector injector;

	private TekigoWorkspaceFixture loadTour() throws IOException {
		TekigoWorkspaceFixture fixture = new TekigoWorkspaceFixture(injector);
		try (Stream<Path> files = Files.list(TOUR)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".tekigo")).sorted().toList()) {
				fixture.file(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		return fixture;
	}

	/** Clean but for the three answers its last part leaves stale on purpose, to show the warning. */
	@Test
	void tourIsCleanButForItsStaleAnswers() throws IOException {
		assertEquals(List.of(d("chatwork60.tekigo", 17, WARNING, IssueCodes.STALE_ANSWER),
				d("chatwork60.tekigo", 34, WARNING, IssueCodes.STALE_ANSWER), d("chatwork60.tekigo", 39, WARNING, IssueCodes.STALE_ANSWER)),
				loadTour().allDiagnostics());
	}

	@Test
	void tourUsesEveryConstruct() throws IOException {
		TekigoWorkspaceFixture tour = loadTour();
		tour.diagnostics();
		Set<String> missing = new TreeSet<>();
		Set<String> used = new TreeSet<>();
		for (String name : List.of("mhlw51.tekigo", "provider.tekigo", "chatwork.tekigo", "review.tekigo", "mhlw60.tekigo",
				"provider60.tekigo", "chatwork60.tekigo")) {
			EObject root = tour.root(name);
			record(root, used);
			root.eAllContents().forEachRemaining(element -> record(element, used));
			for (ILeafNode leaf : NodeModelUtils.getNode(root).getLeafNodes()) {
				used.add("token " + leaf.getText());
			}
		}
		Set<EClass> supertypes = new java.util.HashSet<>();
		TekigoPackage.eINSTANCE.getEClassifiers().forEach(c -> {
			if (c instanceof EClass type) {
				supertypes.addAll(type.getESuperTypes());
			}
		});
		for (EClassifier classifier : TekigoPackage.eINSTANCE.getEClassifiers()) {
			// Xtext infers the alternatives' common types (Document, RequirementMember) as concrete classes.
			if (classifier instanceof EClass type && !supertypes.contains(type)) {
				for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
					expect("feature " + type.getName() + "." + feature.getName(), used, missing);
				}
			}
		}
		for (String keyword : List.of("適合可能", "不適合", "対象外", "conformant", "nonconformant", "notApplicable", "url", "document",
				"qualifier", "heading", "previous", "scenario", "see", "evidence", "plan", "owner", "due", "[", ",", "C", "D",
				"受入可", "要確認", "受入不可", "accepted", "of", "by", "on", "pinned", "follow-up", "weight", "minimum", "recommended",
				"default", "succeeds", "was", "scale", "word", "alias", "fulfilled", "gap", "requires", "comment", "reason")) {
			expect("token " + keyword, used, missing);
		}
		assertEquals(Set.of(), missing, "constructs the tour does not show");
	}

	private static void expect(String what, Set<String> used, Set<String> missing) {
		if (!used.contains(what)) {
			missing.add(what);
		}
	}

	/** Notes the features this element sets. */
	private static void record(EObject element, Set<String> used) {
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			boolean set = feature instanceof EAttribute a && a.getEType() instanceof EEnum ? true : element.eIsSet(feature);
			if (set) {
				used.add("feature " + element.eClass().getName() + "." + feature.getName());
			}
		}
	}
}
