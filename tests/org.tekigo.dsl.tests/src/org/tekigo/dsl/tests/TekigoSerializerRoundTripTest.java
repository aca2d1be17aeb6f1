package org.tekigo.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Catalog;
import org.tekigo.dsl.tekigo.Category;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Evidence;
import org.tekigo.dsl.tekigo.EvidenceKind;
import org.tekigo.dsl.tekigo.Group;
import org.tekigo.dsl.tekigo.Guideline;
import org.tekigo.dsl.tekigo.Heading;
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.tekigo.Measure;
import org.tekigo.dsl.tekigo.Qualifier;
import org.tekigo.dsl.tekigo.Remediation;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.tekigo.RequirementClass;
import org.tekigo.dsl.tekigo.Section;
import org.tekigo.dsl.tekigo.Statement;
import org.tekigo.dsl.tekigo.TekigoFactory;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * A model built in memory, as an importer builds it, is written as text by the serializer and
 * formatter, and that text parses back to an equal model: nothing an importer puts in is lost.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TekigoInjectorProvider.class)
class TekigoSerializerRoundTripTest {

	private static final TekigoFactory F = TekigoFactory.eINSTANCE;

	@Inject
	private Injector injector;

	@Inject
	private ISerializer serializer;

	@Test
	void everyConstructSurvivesTextAndBack() {
		ResourceSet original = injector.getInstance(XtextResourceSet.class);
		Guideline guideline = guideline();
		Catalog catalog = catalog(guideline);
		Disclosure disclosure = disclosure(catalog);
		List<EObject> documents = List.of(guideline, catalog, disclosure);
		String[] names = { "mhlw51.tekigo", "provider.tekigo", "chatwork.tekigo" };
		for (int i = 0; i < documents.size(); i++) {
			original.createResource(URI.createURI("memory:/" + names[i])).getContents().add(documents.get(i));
		}

		TekigoWorkspaceFixture reparsed = new TekigoWorkspaceFixture(injector);
		for (int i = 0; i < documents.size(); i++) {
			reparsed.file(names[i], serializer.serialize(documents.get(i), SaveOptions.newBuilder().format().getOptions()));
		}

		assertEquals(List.of(), reparsed.diagnostics());
		for (int i = 0; i < documents.size(); i++) {
			EObject back = reparsed.root(names[i]);
			assertTrue(EcoreUtil.equals(documents.get(i), back), names[i] + " differs after the round trip");
		}
		Answer perRequirement = ((Disclosure) reparsed.root(names[2])).getAnswers().get(1);
		assertEquals("7.1", ((Section) perRequirement.getRequirement().eContainer().eContainer().eContainer().eContainer()).getName());
	}

	@Test
	void serializedDisclosureReadsLikeTheTour() {
		Guideline guideline = guideline();
		Catalog catalog = catalog(guideline);
		Disclosure disclosure = disclosure(catalog);
		ResourceSet set = injector.getInstance(XtextResourceSet.class);
		set.createResource(URI.createURI("memory:/g.tekigo")).getContents().add(guideline);
		set.createResource(URI.createURI("memory:/c.tekigo")).getContents().add(catalog);
		set.createResource(URI.createURI("memory:/d.tekigo")).getContents().add(disclosure);
		assertEquals("""
				disclosure chatwork "Chatwork" answers provider {
					statement aws "AWSを利用しているため対象外です。"
					1.1-⑥-1 適合可能 "利用規約 第15条をご確認ください。"
						evidence url "https://go.chatwork.com/ja/terms/", document "利用規約 第15条"
					1.1-⑥-2 [7.1/C/hospital/5/3] 不適合 "定期確認は行っていません。"
						plan "定期確認の手順を定める" owner "情報システム部" due 2099-03-31
					1.1-⑥-2 [8.1.2/D/2] 対象外 see aws
				}
				""", serializer.serialize(disclosure, SaveOptions.newBuilder().format().getOptions()));
	}

	private static Guideline guideline() {
		Guideline guideline = F.createGuideline();
		guideline.setName("mhlw51");
		guideline.setTitle("医療情報システムの安全管理に関するガイドライン");
		guideline.setVersion("5.1");
		Section authenticity = section(guideline, "7.1", "真正性の確保について");
		RequirementClass minimum = requirementClass(authenticity, "C");
		Qualifier hospital = F.createQualifier();
		hospital.setName("hospital");
		hospital.setTitle("【医療機関等に保存する場合】");
		minimum.getMembers().add(hospital);
		Heading heading = F.createHeading();
		heading.setName("5");
		heading.setTitle("（5）機器・ソフトウェアの品質管理");
		hospital.getMembers().add(heading);
		heading.getMembers().add(requirement("2", "(2) 作業の妥当性を検証するためのプロセスを規定すること。", "2.プロセスが規定されていること。"));
		heading.getMembers().add(requirement("3", "(3) 従業者等への教育を実施すること。", null));
		Section external = section(guideline, "8.1.2", "外部保存を受託する機関の選定基準");
		requirementClass(external, "D").getMembers().add(requirement("2", "2. 委託する医療機関等のみが閲覧できること。", null));
		return guideline;
	}

	private static Catalog catalog(Guideline guideline) {
		Catalog catalog = F.createCatalog();
		catalog.setName("provider");
		catalog.setTitle("提供事業者における安全管理ガイドライン");
		catalog.setGuideline(guideline);
		Category category = F.createCategory();
		category.setName("1");
		category.setTitle("人的・組織的対策");
		catalog.getCategories().add(category);
		Group group = F.createGroup();
		group.setName("1.1");
		group.setTitle("規程・手順の策定");
		category.getGroups().add(group);
		Measure measure = F.createMeasure();
		measure.setName("⑥");
		measure.setTitle("機器・ソフトウェアの品質管理に係る手順の策定");
		measure.setScenario("意図しない情報の書き換えや消去が生じる。");
		group.getMeasures().add(measure);
		Item first = item(measure, "1", "変更手順を策定する。");
		first.getRelations().add(requirementAt(guideline, 0, 0));
		Item second = item(measure, "2", "⑥-1の変更手順に含まれる事項。");
		second.getRelations().add(requirementAt(guideline, 0, 1));
		second.getRelations().add((Requirement) ((RequirementClass) guideline.getSections().get(1).getMembers().get(0)).getMembers().get(0));
		return catalog;
	}

	private static Disclosure disclosure(Catalog catalog) {
		Disclosure disclosure = F.createDisclosure();
		disclosure.setName("chatwork");
		disclosure.setTitle("Chatwork");
		disclosure.setCatalog(catalog);
		Statement aws = F.createStatement();
		aws.setName("aws");
		aws.setText("AWSを利用しているため対象外です。");
		disclosure.getStatements().add(aws);
		Measure measure = catalog.getCategories().get(0).getGroups().get(0).getMeasures().get(0);
		Item first = measure.getItems().get(0);
		Item second = measure.getItems().get(1);

		Answer conformant = answer(disclosure, first, "適合可能", "利用規約 第15条をご確認ください。");
		conformant.getEvidence().add(evidence(EvidenceKind.URL, "https://go.chatwork.com/ja/terms/"));
		conformant.getEvidence().add(evidence(EvidenceKind.DOCUMENT, "利用規約 第15条"));

		Answer gap = answer(disclosure, second, "不適合", "定期確認は行っていません。");
		gap.setRequirement(second.getRelations().get(0));
		Remediation plan = F.createRemediation();
		plan.setPlan("定期確認の手順を定める");
		plan.setOwner("情報システム部");
		plan.setDue("2099-03-31");
		gap.setRemediation(plan);

		Answer notApplicable = answer(disclosure, second, "対象外", null);
		notApplicable.setRequirement(second.getRelations().get(1));
		notApplicable.setStatement(aws);
		return disclosure;
	}

	private static Section section(Guideline guideline, String number, String title) {
		Section section = F.createSection();
		section.setName(number);
		section.setTitle(title);
		guideline.getSections().add(section);
		return section;
	}

	private static RequirementClass requirementClass(Section section, String weight) {
		RequirementClass requirementClass = F.createRequirementClass();
		requirementClass.setWeight(weight);
		section.getMembers().add(requirementClass);
		return requirementClass;
	}

	private static Requirement requirement(String number, String text, String previous) {
		Requirement requirement = F.createRequirement();
		requirement.setName(number);
		requirement.setText(text);
		requirement.setPrevious(previous);
		return requirement;
	}

	/** A requirement under 7.1/C/hospital/5 by position. */
	private static Requirement requirementAt(Guideline guideline, int section, int index) {
		Qualifier qualifier = (Qualifier) ((RequirementClass) guideline.getSections().get(section).getMembers().get(0)).getMembers().get(0);
		return (Requirement) ((Heading) qualifier.getMembers().get(0)).getMembers().get(index);
	}

	private static Item item(Measure measure, String number, String text) {
		Item item = F.createItem();
		item.setName(number);
		item.setText(text);
		measure.getItems().add(item);
		return item;
	}

	private static Answer answer(Disclosure disclosure, Item item, String status, String comment) {
		Answer answer = F.createAnswer();
		answer.setItem(item);
		answer.setStatus(status);
		answer.setComment(comment);
		disclosure.getAnswers().add(answer);
		return answer;
	}

	private static Evidence evidence(EvidenceKind kind, String value) {
		Evidence evidence = F.createEvidence();
		evidence.setKind(kind);
		evidence.setValue(value);
		return evidence;
	}
}
