package org.tekigo.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tekigo.dsl.ide.TekigoIdeSetup;
import org.tekigo.dsl.review.VerdictEdits;
import org.tekigo.dsl.review.VerdictEdits.Judgement;
import org.tekigo.dsl.review.VerdictEdits.Replacement;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Review;
import org.tekigo.dsl.tekigo.VerdictKind;
import org.tekigo.dsl.workspace.Ids;

import com.google.inject.Injector;

/**
 * The hospital's verdicts changed one at a time, as the Verdicts page and the review workbook
 * change them, on the example review of the sample: each edit rewrites that verdict only.
 */
class VerdictEditsTest {

	private static final Path SAMPLE = Path.of("../../examples/chatwork");
	private static final Path REVIEW = Path.of("../../examples/hospital/kyoto-chatwork.tekigo");
	private static Injector injector;
	private static final Map<String, String> files = new LinkedHashMap<>();

	@BeforeAll
	static void read() throws IOException {
		injector = new TekigoIdeSetup().createInjectorAndDoEMFRegistration();
		for (String name : List.of("mhlw50.tekigo", "mhlw51.tekigo", "provider.tekigo", "chatwork.tekigo")) {
			files.put(name, Files.readString(SAMPLE.resolve(name)));
		}
		files.put("review.tekigo", Files.readString(REVIEW));
	}

	private static TekigoWorkspaceFixture workspace(String review) {
		TekigoWorkspaceFixture fixture = new TekigoWorkspaceFixture(injector);
		files.forEach((name, text) -> fixture.file(name, name.equals("review.tekigo") ? review : text));
		EcoreUtil.resolveAll(fixture.root("review.tekigo").eResource().getResourceSet());
		return fixture;
	}

	private static Answer answer(TekigoWorkspaceFixture fixture, String id) {
		return ((Disclosure) fixture.root("chatwork.tekigo")).getAnswers().stream().filter(a -> Ids.of(a.getItem()).equals(id))
				.findFirst().orElseThrow();
	}

	@Test
	void aNewJudgementRewritesThatVerdictOnlyDatedAndPinnedNow() {
		String review = files.get("review.tekigo");
		TekigoWorkspaceFixture fixture = workspace(review);
		Replacement edit = VerdictEdits.judge((Review) fixture.root("review.tekigo"), answer(fixture, "1.1-①-2"),
				new Judgement(VerdictKind.NOT_ACCEPTED, "記録の定期確認がないため", null, null, null), "2026-12-04");
		assertEquals(review.replace("\t1.1-①-2 受入可 on 2026-11-20 pinned 適合可能 151aec6f\n",
				"\t1.1-①-2 受入不可 \"記録の定期確認がないため\" on 2026-12-04 pinned 適合可能 151aec6f\n"), edit.applyTo(review));
	}

	@Test
	void aNoteOrAFollowUpAloneKeepsTheDateAndThePin() {
		String review = files.get("review.tekigo");
		TekigoWorkspaceFixture fixture = workspace(review);
		Replacement edit = VerdictEdits.judge((Review) fixture.root("review.tekigo"), answer(fixture, "1.1-①-2"),
				new Judgement(VerdictKind.ACCEPTED, null, "年次で再確認", "医療情報部 山田", "2027-06-30"), "2026-12-04");
		assertEquals(review.replace("\t1.1-①-2 受入可 on 2026-11-20 pinned 適合可能 151aec6f\n",
				"\t1.1-①-2 受入可 on 2026-11-20 pinned 適合可能 151aec6f\n\t\tfollow-up \"年次で再確認\" owner \"医療情報部 山田\" due 2027-06-30\n"),
				edit.applyTo(review));
	}

	@Test
	void verdictsGivenToAnswersWithoutOneStandInTheDisclosuresOrder() {
		String full = files.get("review.tekigo");
		String lines = "\t1.1-②-1 受入可 on 2026-11-20 pinned 適合可能 c2ed3ca0\n\t1.1-③-1 受入可 on 2026-11-20 pinned 適合可能 9a3cf2e2\n";
		assertTrue(full.contains(lines));
		String without = full.replace(lines, "");
		TekigoWorkspaceFixture fixture = workspace(without);
		Map<Answer, Judgement> judgements = new LinkedHashMap<>();
		judgements.put(answer(fixture, "1.1-②-1"), new Judgement(VerdictKind.ACCEPTED, null, null, null, null));
		judgements.put(answer(fixture, "1.1-③-1"), new Judgement(VerdictKind.ACCEPTED, null, null, null, null));
		String text = without;
		for (Replacement edit : VerdictEdits.judgeAll((Review) fixture.root("review.tekigo"), judgements, "2026-11-20")) {
			text = edit.applyTo(text);
		}
		assertEquals(full, text, "back where they were, byte for byte");
		assertEquals(List.of(), workspace(text).diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList());
	}
}
