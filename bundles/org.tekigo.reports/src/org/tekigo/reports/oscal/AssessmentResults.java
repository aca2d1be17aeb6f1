package org.tekigo.reports.oscal;

import java.util.List;
import java.util.Optional;

import org.tekigo.dsl.review.AnswerFingerprint;
import org.tekigo.dsl.review.ReviewedAnswers;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.FollowUp;
import org.tekigo.dsl.tekigo.Review;
import org.tekigo.dsl.tekigo.Verdict;
import org.tekigo.dsl.tekigo.VerdictKind;
import org.tekigo.dsl.workspace.Ids;

/**
 * A hospital's review as OSCAL assessment-results: one result, in which each verdict of 受入可 or
 * 受入不可 is a finding on the item's statement (satisfied, not satisfied), each 要確認 an open
 * question, that is an observation, and each follow-up a risk the finding or observation refers to
 * (its action, owner and due date). The verdict word, the note's date and whether the verdict is
 * suspect (the answer changed since) are properties in Tekigo's namespace. OSCAL wants the plan
 * the assessment followed; a review has none, so the import-ap names the disclosure's
 * component-definition, which the back matter lists.
 */
final class AssessmentResults {

	private final Review review;
	private final OscalExport.Files files;

	AssessmentResults(Review review, OscalExport.Files files) {
		this.review = review;
		this.files = files;
	}

	OscalNode tree(String lastModified) {
		String name = review.getName();
		OscalNode root = OscalNode.root("assessment-results").flag("uuid", OscalIds.uuid(name, "assessment-results"));
		OscalNode metadata = OscalMetadata.of(review.getTitle(), lastModified, null);
		metadata.prop("tekigo-document", "review", OscalIds.NS).prop("tekigo-id", name, OscalIds.NS)
				.prop("disclosure", review.getDisclosure().getName(), OscalIds.NS).prop("reviewer", review.getReviewer(), OscalIds.NS);
		root.add(metadata);
		root.child("import-ap", null).flag("href", files.of(review.getDisclosure()));
		OscalNode result = root.child("result", "results").flag("uuid", OscalIds.uuid(name, "result")).field("title", review.getTitle())
				.markup("description", review.getReviewer() + ": " + review.getDisclosure().getTitle())
				.field("start", start(lastModified));
		result.child("reviewed-controls", null).child("control-selection", "control-selections").child("include-all", null);
		List<Verdict> verdicts = review.getVerdicts();
		for (Verdict verdict : verdicts) {
			if (verdict.getVerdict() == VerdictKind.NEEDS_CLARIFICATION) {
				result.add(observation(verdict, lastModified));
			}
		}
		for (Verdict verdict : verdicts) {
			if (verdict.getFollowUp() != null) {
				result.add(risk(verdict));
			}
		}
		for (Verdict verdict : verdicts) {
			if (verdict.getVerdict() == VerdictKind.ACCEPTED || verdict.getVerdict() == VerdictKind.NOT_ACCEPTED) {
				result.add(finding(verdict));
			}
		}
		return root;
	}

	private String start(String lastModified) {
		return review.getVerdicts().stream().map(Verdict::getDate).filter(date -> date != null).sorted().findFirst()
				.map(AssessmentResults::dateTime).orElse(lastModified);
	}

	private OscalNode observation(Verdict verdict, String lastModified) {
		OscalNode observation = OscalNode.assembly("observation", "observations").flag("uuid", uuid(verdict, "observation"))
				.field("title", reference(verdict)).markup("description", described(verdict));
		props(observation, verdict);
		observation.fieldIn("method", "methods", "EXAMINE");
		observation.field("collected", verdict.getDate() == null ? lastModified : dateTime(verdict.getDate()));
		return observation;
	}

	private OscalNode risk(Verdict verdict) {
		FollowUp followUp = verdict.getFollowUp();
		OscalNode risk = OscalNode.assembly("risk", "risks").flag("uuid", uuid(verdict, "risk")).field("title", followUp.getAction())
				.markup("description", followUp.getAction()).markup("statement", reference(verdict) + ": " + described(verdict));
		risk.prop("owner", followUp.getOwner(), OscalIds.NS).prop("due", followUp.getDue(), OscalIds.NS);
		risk.field("status", "open");
		return risk;
	}

	private OscalNode finding(Verdict verdict) {
		OscalNode finding = OscalNode.assembly("finding", "findings").flag("uuid", uuid(verdict, "finding")).field("title", reference(verdict))
				.markup("description", described(verdict));
		props(finding, verdict);
		OscalNode target = finding.child("target", null).flag("type", "statement-id")
				.flag("target-id", OscalIds.control(verdict.getItem()) + "_smt");
		target.child("status", null).flag("state", verdict.getVerdict() == VerdictKind.ACCEPTED ? "satisfied" : "not-satisfied");
		if (verdict.getFollowUp() != null) {
			// "related-risks" in JSON, each an "associated-risk" in XML.
			finding.child("associated-risk", "related-risks").flag("risk-uuid", uuid(verdict, "risk"));
		}
		return finding;
	}

	private void props(OscalNode node, Verdict verdict) {
		node.prop("verdict", verdict.getVerdict().getLiteral(), OscalIds.NS).prop("date", verdict.getDate(), OscalIds.NS);
		Optional<Answer> answer = ReviewedAnswers.answer(verdict);
		if (verdict.getPin() != null && answer.isPresent() && !AnswerFingerprint.matches(verdict, answer.get())) {
			node.prop("suspect", "true", OscalIds.NS);
		}
	}

	private static String described(Verdict verdict) {
		return verdict.getNote() == null || verdict.getNote().isBlank() ? verdict.getVerdict().getLiteral() : verdict.getNote();
	}

	private static String reference(Verdict verdict) {
		return Ids.of(verdict.getItem()) + (verdict.getRequirement() == null ? "" : " [" + Ids.of(verdict.getRequirement()) + "]");
	}

	private String uuid(Verdict verdict, String what) {
		return OscalIds.uuid(review.getName(), what, reference(verdict));
	}

	private static String dateTime(String date) {
		return date + "T00:00:00Z";
	}
}
