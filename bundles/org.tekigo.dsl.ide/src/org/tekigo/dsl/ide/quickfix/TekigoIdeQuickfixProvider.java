package org.tekigo.dsl.ide.quickfix;

import org.tekigo.dsl.ide.nls.IdeMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.util.ReplaceRegion;
import org.tekigo.dsl.edition.AnswerPins;
import org.tekigo.dsl.edition.PinEdits;
import org.tekigo.dsl.edition.TextEdits;
import org.tekigo.dsl.review.AnswerFingerprint;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Meaning;
import org.tekigo.dsl.workspace.Scales;
import org.tekigo.dsl.tekigo.Guideline;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.workspace.Weights;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.review.ReviewTexts;
import org.tekigo.dsl.review.ReviewedAnswers;
import org.tekigo.dsl.review.ReviewedAnswers.Key;
import org.tekigo.dsl.tekigo.Review;
import org.tekigo.dsl.tekigo.Statement;
import org.tekigo.dsl.tekigo.TekigoPackage;
import org.tekigo.dsl.tekigo.Verdict;
import org.tekigo.dsl.tekigo.VerdictKind;
import org.tekigo.dsl.validation.IssueCodes;
import org.tekigo.dsl.workspace.Ids;
import org.tekigo.dsl.workspace.TekigoResourceDescriptionStrategy;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Quick fixes as text edits, one per issue code where a fix makes sense. They are IDE-neutral:
 * the studio applies them to its document, a language server offers them as code actions.
 */
public class TekigoIdeQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	static final String COMMENT_TEMPLATE = " \"理由を記入してください\"";
	static final String STUB_COMMENT = "\"未回答: 回答を記入してください\"";
	static final String NOTE_TEMPLATE = " \"リスクを受容する理由を記入してください\"";

	@Inject
	private IScopeProvider scopeProvider;

	@Inject
	private IQualifiedNameConverter names;

	@Inject(optional = true)
	private Clock clock = Clock.systemDefaultZone();

	@Inject
	private Provider<DiagnosticResolutionAcceptor> acceptors;

	/** How many ids a mistyped one is offered, at most. */
	static final int MAX_CANDIDATES = 3;
	/** How much of an id's text a fix's name shows. */
	static final int SHORT_TEXT = 16;

	@QuickFix(IssueCodes.UNANSWERED_ITEM)
	public void addStubAnswers(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(IdeMessages.Fix_addStubAnswers, (diagnostic, element, document) -> {
			Disclosure disclosure = EcoreUtil2.getContainerOfType(element, Disclosure.class);
			if (disclosure == null || disclosure.getCatalog() == null || disclosure.getCatalog().eIsProxy()) {
				return List.of();
			}
			Set<Item> answered = new java.util.HashSet<>();
			disclosure.getAnswers().forEach(a -> answered.add(a.getItem()));
			// The scale's word for a gap: an unanswered item is one until someone answers it.
			String gap = Scales.word(Scales.of(disclosure.getCatalog()), Meaning.GAP).map(Scales.Entry::word).orElse("不適合");
			StringBuilder stubs = new StringBuilder();
			disclosure.getCatalog().eAllContents().forEachRemaining(e -> {
				if (e instanceof Item item && !answered.contains(item)) {
					stubs.append('\t').append(Ids.of(item)).append(' ').append(gap).append(' ').append(STUB_COMMENT).append('\n');
				}
			});
			int close = NodeModelUtils.getNode(disclosure).getEndOffset() - 1;
			return List.of(insert(document, lineStart(document, close), stubs.toString()));
		});
	}

	@QuickFix(IssueCodes.NONCONFORMANT_WITHOUT_COMMENT)
	public void addComment(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(IdeMessages.Fix_addComment, (diagnostic, element, document) -> List
				.of(insert(document, document.getOffSet(diagnostic.getRange().getEnd()), COMMENT_TEMPLATE)));
	}

	@QuickFix(IssueCodes.NOT_APPLICABLE_WITHOUT_REASON)
	public void addReason(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(IdeMessages.Fix_addReason, (diagnostic, element, document) -> List
				.of(insert(document, document.getOffSet(diagnostic.getRange().getEnd()), COMMENT_TEMPLATE)));
	}

	@QuickFix(IssueCodes.MINIMUM_GAP_WITHOUT_PLAN)
	public void addRemediation(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(IdeMessages.Fix_addRemediation, (diagnostic, element, document) -> {
			Answer answer = EcoreUtil2.getContainerOfType(element, Answer.class);
			if (answer == null) {
				return List.of();
			}
			String due = LocalDate.now(clock).plusMonths(3).toString();
			String plan = "plan \"対応計画を記入してください\" owner \"担当部署\" due " + due;
			if (answer.getPin() != null) {
				// The plan comes before the pin: on a line of its own above it, indented as it is.
				int pin = TextEdits.pinRegion(answer)[0];
				return List.of(insert(document, pin, plan + "\n" + document.getContents().substring(lineStart(document, pin), pin)));
			}
			int end = NodeModelUtils.getNode(answer).getEndOffset();
			return List.of(insert(document, end, "\n\t\t" + plan));
		});
	}

	@QuickFix(IssueCodes.URL_NOT_HTTPS)
	public void useHttps(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(IdeMessages.Fix_useHttps, (diagnostic, element, document) -> {
			String text = document.getSubstring(diagnostic.getRange());
			return List.of(new TextEdit(diagnostic.getRange(), text.replaceFirst("\"http://", "\"https://")));
		});
	}

	@QuickFix(IssueCodes.UNUSED_STATEMENT)
	public void removeStatement(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(IdeMessages.Fix_removeStatement, (diagnostic, element, document) -> {
			ICompositeNode node = NodeModelUtils.getNode(EcoreUtil2.getContainerOfType(element, Statement.class));
			int start = lineStart(document, node.getOffset());
			int end = node.getEndOffset() < document.getContents().length() && document.getContents().charAt(node.getEndOffset()) == '\n'
					? node.getEndOffset() + 1 : node.getEndOffset();
			return List.of(new TextEdit(range(document, start, end), ""));
		});
	}

	@QuickFix(IssueCodes.ANSWER_WITHOUT_VERDICT)
	public void addVerdicts(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(IdeMessages.Fix_addVerdicts, (diagnostic, element, document) -> {
			Review review = EcoreUtil2.getContainerOfType(element, Review.class);
			Disclosure disclosure = review == null ? null : ReviewedAnswers.disclosure(review).orElse(null);
			if (disclosure == null) {
				return List.of();
			}
			Set<Key> judged = new java.util.HashSet<>();
			review.getVerdicts().forEach(verdict -> judged.add(Key.of(verdict)));
			StringBuilder verdicts = new StringBuilder();
			ReviewedAnswers.answers(disclosure).forEach((key, answer) -> {
				if (!judged.contains(key)) {
					verdicts.append(ReviewTexts.verdictLine(answer, VerdictKind.PENDING));
				}
			});
			int close = NodeModelUtils.getNode(review).getEndOffset() - 1;
			return List.of(insert(document, lineStart(document, close), verdicts.toString()));
		});
	}

	/** 未判定: one fix per verdict, each dated today. */
	@QuickFix(IssueCodes.PENDING_VERDICT)
	public void judge(DiagnosticResolutionAcceptor acceptor) {
		for (VerdictKind kind : List.of(VerdictKind.ACCEPTED, VerdictKind.NEEDS_CLARIFICATION, VerdictKind.NOT_ACCEPTED)) {
			acceptor.accept(bind(IdeMessages.Fix_judge, kind.getLiteral(), kind.getName()), (diagnostic, element, document) -> {
				Verdict verdict = EcoreUtil2.getContainerOfType(element, Verdict.class);
				INode kindNode = verdict == null ? null : first(verdict, TekigoPackage.Literals.VERDICT__VERDICT);
				if (kindNode == null) {
					return List.of();
				}
				String date = verdict.getDate() == null ? " on " + LocalDate.now(clock) : "";
				return List.of(new TextEdit(range(document, kindNode.getOffset(), kindNode.getEndOffset()), kind.getLiteral() + date));
			});
		}
	}

	@QuickFix(IssueCodes.UNPINNED_VERDICT)
	public void pin(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(IdeMessages.Fix_pin, (diagnostic, element, document) -> {
			Verdict verdict = EcoreUtil2.getContainerOfType(element, Verdict.class);
			Answer answer = verdict == null ? null : ReviewedAnswers.answer(verdict).orElse(null);
			if (answer == null) {
				return List.of();
			}
			INode last = lastWritten(verdict, TekigoPackage.Literals.VERDICT__DATE, TekigoPackage.Literals.VERDICT__NOTE,
					TekigoPackage.Literals.VERDICT__VERDICT);
			return List.of(insert(document, last.getEndOffset(), " " + ReviewTexts.pin(answer)));
		});
	}

	/**
	 * The answer changed since its verdict: the fix's name says what the answer says now and what
	 * it said when judged, so the reviewer sees what re-pinning confirms.
	 */
	@Override
	public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
		List<DiagnosticResolution> resolutions = new ArrayList<>(withMistypedIds(options, diagnostic));
		resolutions.addAll(moveToCounterpart(options, diagnostic));
		resolutions.addAll(closestWords(options, diagnostic));
		if (isCode(diagnostic, IssueCodes.SUSPECT_VERDICT) && options.getResource() != null && options.getDocument() != null) {
			Verdict verdict = elementAt(options, diagnostic, Verdict.class);
			Answer answer = verdict == null ? null : ReviewedAnswers.answer(verdict).orElse(null);
			INode pinned = verdict == null ? null : first(verdict, TekigoPackage.Literals.VERDICT__PINNED_STATUS);
			INode pin = verdict == null ? null : first(verdict, TekigoPackage.Literals.VERDICT__PIN);
			if (answer != null && pinned != null && pin != null) {
				Document document = options.getDocument();
				String now = ReviewTexts.word(answer) + (answerText(answer).isEmpty() ? "" : " \"" + shortText(answerText(answer)) + "\"");
				String was = AnswerFingerprint.sameWord(verdict.getPinnedStatus(), answer)
						? bind(IdeMessages.Fix_repinSameStatus, verdict.getPinnedStatus()) : verdict.getPinnedStatus();
				DiagnosticResolutionAcceptor acceptor = acceptors.get();
				acceptor.accept(bind(IdeMessages.Fix_repin, now, was),
						(d, element, doc) -> List.of(new TextEdit(range(document, pinned.getOffset(), pin.getEndOffset()),
								ReviewTexts.pin(answer).substring("pinned ".length()))));
				resolutions.addAll(acceptor.getDiagnosticResolutions(options, diagnostic));
			}
		}
		return resolutions;
	}

	/** A stale answer: the vendor confirms it still holds for the texts as they are now. */
	@QuickFix(IssueCodes.STALE_ANSWER)
	public void confirmStale(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(IdeMessages.Fix_confirmStale, (diagnostic, element, document) -> repin(element, document));
	}

	@QuickFix(IssueCodes.MALFORMED_PIN)
	public void repinMalformed(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(IdeMessages.Fix_repinAnswer, (diagnostic, element, document) -> repin(element, document));
	}

	@QuickFix(IssueCodes.UNPINNED_ANSWERS)
	public void pinFile(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(IdeMessages.Fix_pinFile, (diagnostic, element, document) -> {
			Disclosure disclosure = EcoreUtil2.getContainerOfType(element, Disclosure.class);
			return disclosure == null ? List.of() : edits(document, PinEdits.pin(PinEdits.unpinned(disclosure), document.getContents()));
		});
	}

	/**
	 * A class or requirement weighs what the guideline does not declare: declare it, as
	 * recommended (the safer guess is the writer's to correct). A guideline that declared no
	 * weights had C and D by default; it keeps them, declared.
	 */
	@QuickFix(IssueCodes.UNDECLARED_WEIGHT)
	public void declareWeight(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(IdeMessages.Fix_declareWeight, (diagnostic, element, document) -> {
			Guideline guideline = EcoreUtil2.getContainerOfType(element, Guideline.class);
			String weight = diagnostic.getData() instanceof List<?> data && !data.isEmpty() ? String.valueOf(data.get(0))
					: document.getSubstring(diagnostic.getRange()).strip();
			INode open = guideline == null ? null : keyword(guideline, "{");
			if (open == null || weight.isEmpty()) {
				return List.of();
			}
			StringBuilder declarations = new StringBuilder();
			if (guideline.getWeights().isEmpty()) {
				for (Weights.RequirementWeight implicit : Weights.MHLW51) {
					declarations.append("\n\tweight ").append(implicit.name()).append(' ').append(ReviewTexts.quoted(implicit.title()))
							.append(' ').append(implicit.level().getLiteral());
				}
			}
			int at = guideline.getWeights().isEmpty() ? open.getEndOffset()
					: NodeModelUtils.getNode(guideline.getWeights().get(guideline.getWeights().size() - 1)).getEndOffset();
			declarations.append("\n\tweight ").append(weight).append(' ').append(ReviewTexts.quoted(weight)).append(" recommended");
			return List.of(insert(document, at, declarations.toString()));
		});
	}

	@QuickFix(IssueCodes.MINIMUM_GAP_ACCEPTED_WITHOUT_NOTE)
	public void addNote(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(IdeMessages.Fix_addNote, (diagnostic, element, document) -> {
			Verdict verdict = EcoreUtil2.getContainerOfType(element, Verdict.class);
			INode kindNode = verdict == null ? null : first(verdict, TekigoPackage.Literals.VERDICT__VERDICT);
			return kindNode == null ? List.of() : List.of(insert(document, kindNode.getEndOffset(), NOTE_TEMPLATE));
		});
	}

	@QuickFix(IssueCodes.VERDICT_WITHOUT_ANSWER)
	public void removeVerdict(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(IdeMessages.Fix_removeVerdict, (diagnostic, element, document) -> {
			ICompositeNode node = NodeModelUtils.getNode(EcoreUtil2.getContainerOfType(element, Verdict.class));
			return List.of(new TextEdit(range(document, lineStart(document, node.getOffset()), lineEnd(document, node.getEndOffset())), ""));
		});
	}

	/** The answer's pin written anew (or added) for its texts as they are now. */
	private static List<TextEdit> repin(EObject element, Document document) {
		Answer answer = EcoreUtil2.getContainerOfType(element, Answer.class);
		return answer == null ? List.of() : edits(document, PinEdits.pin(List.of(answer), document.getContents()));
	}

	private static List<TextEdit> edits(Document document, List<ReplaceRegion> regions) {
		return regions.stream().map(r -> new TextEdit(range(document, r.getOffset(), r.getEndOffset()), r.getText())).toList();
	}

	private static INode keyword(EObject element, String keyword) {
		for (INode node : NodeModelUtils.getNode(element).getLeafNodes()) {
			if (node.getGrammarElement() instanceof org.eclipse.xtext.Keyword k && keyword.equals(k.getValue())) {
				return node;
			}
		}
		return null;
	}

	private static String answerText(Answer answer) {
		return answer.getStatement() != null && !answer.getStatement().eIsProxy() ? answer.getStatement().getText()
				: answer.getComment() == null ? "" : answer.getComment();
	}

	private static INode first(EObject element, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		return nodes.isEmpty() ? null : nodes.get(0);
	}

	/** The node of the first of these features that is written: given last-first, the last one written. */
	private static INode lastWritten(EObject element, EStructuralFeature... features) {
		for (EStructuralFeature feature : features) {
			INode node = first(element, feature);
			if (node != null) {
				return node;
			}
		}
		return NodeModelUtils.getNode(element);
	}

	private static boolean isCode(Diagnostic diagnostic, String code) {
		return diagnostic.getCode() != null && code.equals(diagnostic.getCode().getLeft());
	}

	private static <T extends EObject> T elementAt(Options options, Diagnostic diagnostic, Class<T> type) {
		if (!(options.getResource() instanceof XtextResource resource) || resource.getParseResult() == null) {
			return null;
		}
		INode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(),
				options.getDocument().getOffSet(diagnostic.getRange().getStart()));
		return leaf == null ? null : EcoreUtil2.getContainerOfType(NodeModelUtils.findActualSemanticObjectFor(leaf), type);
	}

	/**
	 * A mistyped id: up to three of the closest ids the reference can see, each fix named with the
	 * id and the start of its text ("Change to 1.1-①-1 (医療情報システム等への…)", a statement's too). The candidates
	 * depend on the diagnostic, so they are found here rather than in a {@code @QuickFix} method,
	 * whose labels are fixed before the diagnostic is known.
	 */
	private List<DiagnosticResolution> withMistypedIds(Options options, Diagnostic diagnostic) {
		List<DiagnosticResolution> resolutions = new ArrayList<>(super.getResolutions(options, diagnostic));
		if (isCode(diagnostic, IssueCodes.UNRESOLVED_REFERENCE) && options.getResource() != null && options.getDocument() != null) {
			DiagnosticResolutionAcceptor acceptor = acceptors.get();
			for (Candidate candidate : closestIds(options, diagnostic)) {
				acceptor.accept(candidate.text() == null ? bind(IdeMessages.Fix_changeTo, candidate.id())
						: bind(IdeMessages.Fix_changeToWithText, candidate.id(), shortText(candidate.text())),
						(d, element, document) -> List.of(new TextEdit(candidate.range(), candidate.id())));
			}
			resolutions.addAll(acceptor.getDiagnosticResolutions(options, diagnostic));
		}
		return resolutions;
	}

	/**
	 * An answer to one requirement whose requirement is gone from its item (a catalog now
	 * related to a new edition): move it to the item's requirement that continues it, keeping
	 * the answer's pin on the text it was given against, so that it is stale only if that changed.
	 */
	private List<DiagnosticResolution> moveToCounterpart(Options options, Diagnostic diagnostic) {
		if (!(isCode(diagnostic, IssueCodes.UNRESOLVED_REFERENCE) || isCode(diagnostic, IssueCodes.REQUIREMENT_NOT_RELATED))
				|| options.getResource() == null || options.getDocument() == null) {
			return List.of();
		}
		Answer answer = elementAt(options, diagnostic, Answer.class);
		INode written = answer == null ? null : first(answer, TekigoPackage.Literals.ANSWER__REQUIREMENT);
		if (written == null || answer.getItem() == null || answer.getItem().eIsProxy()) {
			return List.of();
		}
		Document document = options.getDocument();
		String id = NodeModelUtils.getTokenText(written).strip();
		DiagnosticResolutionAcceptor acceptor = acceptors.get();
		for (Requirement counterpart : Counterparts.of(answer, id)) {
			String newId = Ids.of(counterpart);
			acceptor.accept(bind(IdeMessages.Fix_moveTo, newId, shortText(counterpart.getText())), (d, element, doc) -> {
				List<TextEdit> edits = new ArrayList<>();
				edits.add(new TextEdit(range(document, written.getOffset(), written.getEndOffset()), newId));
				AnswerPins.Pin pin = AnswerPins.written(answer);
				if (pin != null && pin.requirements().containsKey(id)) {
					Map<String, String> renamed = new LinkedHashMap<>();
					pin.requirements().forEach((key, hash) -> renamed.put(key.equals(id) ? newId : key, hash));
					int[] pinRegion = TextEdits.pinRegion(answer);
					edits.add(new TextEdit(range(document, pinRegion[0], pinRegion[1]), new AnswerPins.Pin(pin.item(), renamed).text()));
				}
				return edits;
			});
		}
		return acceptor.getDiagnosticResolutions(options, diagnostic);
	}

	/** A word that is not its catalog's: the scale's closest words (a scale changed under the answers, a typo). */
	private List<DiagnosticResolution> closestWords(Options options, Diagnostic diagnostic) {
		if (!isCode(diagnostic, IssueCodes.UNKNOWN_WORD) || options.getResource() == null || options.getDocument() == null) {
			return List.of();
		}
		Answer answer = elementAt(options, diagnostic, Answer.class);
		INode written = answer == null ? null : first(answer, TekigoPackage.Literals.ANSWER__STATUS);
		if (written == null) {
			return List.of();
		}
		Document document = options.getDocument();
		List<String> words = Scales.around(answer).stream().flatMap(e -> e.alias() == null ? java.util.stream.Stream.of(e.word())
				: java.util.stream.Stream.of(e.word(), e.alias())).toList();
		List<String> nearest = new ArrayList<>(Closest.nearest(answer.getStatus(), words.stream(), MAX_CANDIDATES).stream()
				.map(word -> Scales.entry(Scales.around(answer), word).map(Scales.Entry::word).orElse(word)).distinct().toList());
		DiagnosticResolutionAcceptor acceptor = acceptors.get();
		for (String word : nearest) {
			acceptor.accept(bind(IdeMessages.Fix_replaceWith, word),
					(d, element, doc) -> List.of(new TextEdit(range(document, written.getOffset(), written.getEndOffset()), word)));
		}
		return acceptor.getDiagnosticResolutions(options, diagnostic);
	}

	@Override
	public boolean handlesDiagnostic(Diagnostic diagnostic) {
		return super.handlesDiagnostic(diagnostic) || isCode(diagnostic, IssueCodes.UNRESOLVED_REFERENCE)
				|| isCode(diagnostic, IssueCodes.SUSPECT_VERDICT) || isCode(diagnostic, IssueCodes.REQUIREMENT_NOT_RELATED)
				|| isCode(diagnostic, IssueCodes.UNKNOWN_WORD);
	}

	/** An id the mistyped one may have meant, and where the mistyped one stands. */
	private record Candidate(String id, String text, Range range) {
	}

	private List<Candidate> closestIds(Options options, Diagnostic diagnostic) {
		Document document = options.getDocument();
		int offset = document.getOffSet(diagnostic.getRange().getStart());
		if (!(options.getResource() instanceof XtextResource resource) || resource.getParseResult() == null) {
			return List.of();
		}
		INode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		EObject element = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
		if (element == null) {
			return List.of();
		}
		for (EReference reference : element.eClass().getEAllReferences()) {
			if (reference.isContainment()) {
				continue;
			}
			for (INode node : NodeModelUtils.findNodesForFeature(element, reference)) {
				if (node.getOffset() <= offset && offset < node.getEndOffset()) {
					String typed = NodeModelUtils.getTokenText(node);
					Map<String, String> texts = new LinkedHashMap<>();
					for (IEObjectDescription d : scopeProvider.getScope(element, reference).getAllElements()) {
						String text = d.getUserData(TekigoResourceDescriptionStrategy.TEXT_KEY);
						// A statement is the disclosure's own, not in the index: its text is at hand.
						if (text == null && d.getEObjectOrProxy() instanceof org.tekigo.dsl.tekigo.Statement statement && !statement.eIsProxy()) {
							text = statement.getText();
						}
						texts.putIfAbsent(names.toString(d.getName()), text);
					}
					Range range = range(document, node.getOffset(), node.getEndOffset());
					return Closest.nearest(typed, texts.keySet().stream(), MAX_CANDIDATES).stream()
							.map(id -> new Candidate(id, texts.get(id), range)).toList();
				}
			}
		}
		return List.of();
	}

	/** The start of an item's or requirement's text, for a fix's name. */
	private static String shortText(String text) {
		String line = text.replaceAll("[\\s\\u3000]+", " ").strip();
		return line.codePointCount(0, line.length()) <= SHORT_TEXT ? line : line.substring(0, line.offsetByCodePoints(0, SHORT_TEXT)) + "…";
	}

	static TextEdit insert(Document document, int offset, String text) {
		Position position = document.getPosition(offset);
		return new TextEdit(new Range(position, position), text);
	}

	static Range range(Document document, int start, int end) {
		return new Range(document.getPosition(start), document.getPosition(end));
	}

	/** Past the line break that ends the line at {@code offset}, or the end of the text. */
	static int lineEnd(Document document, int offset) {
		int end = offset;
		String text = document.getContents();
		while (end < text.length() && text.charAt(end) != '\n') {
			end++;
		}
		return Math.min(end + 1, text.length());
	}

	static int lineStart(Document document, int offset) {
		int start = offset;
		while (start > 0 && document.getContents().charAt(start - 1) != '\n') {
			start--;
		}
		return start;
	}
}
