package org.tekigo.cli;

import static org.eclipse.osgi.util.NLS.bind;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tekigo.cli.nls.CliMessages;
import org.tekigo.dsl.tekigo.Answer;
import org.tekigo.dsl.tekigo.Catalog;
import org.tekigo.dsl.tekigo.Disclosure;
import org.tekigo.dsl.tekigo.Evidence;
import org.tekigo.dsl.tekigo.EvidenceKind;
import org.tekigo.dsl.tekigo.Item;
import org.tekigo.dsl.tekigo.Remediation;
import org.tekigo.dsl.tekigo.Requirement;
import org.tekigo.dsl.tekigo.Statement;
import org.tekigo.dsl.tekigo.TekigoFactory;
import org.tekigo.reports.oscal.ComponentDefinitionReader;
import org.tekigo.reports.oscal.ComponentDefinitionReader.ImportedAnswer;
import org.tekigo.reports.oscal.ComponentDefinitionReader.ImportedDisclosure;
import org.tekigo.reports.oscal.OscalIds;

/**
 * `tekigo import <component-definition>.json --out <workspace>`: an OSCAL component-definition
 * that answers a catalog of the workspace becomes a disclosure of that catalog, each
 * implemented-requirement an answer of the item whose control it names; checked in the workspace,
 * then written as a new file.
 */
final class OscalImport {

	private static final TekigoFactory F = TekigoFactory.eINSTANCE;
	private final PrintWriter printer;

	OscalImport(PrintWriter printer) {
		this.printer = printer;
	}

	int run(Path source, Path out) throws InputException, IOException {
		ImportedDisclosure imported;
		try {
			imported = ComponentDefinitionReader.read(source);
		} catch (ComponentDefinitionReader.NotAComponentDefinition e) {
			throw new InputException(bind(CliMessages.Import_unreadableTable, source, e.getMessage()));
		}
		List<SourceFile> files = WorkspaceFiles.collect(List.of(out.toString()));
		Workspace workspace = Workspace.withoutErrors(files, printer, CliMessages.Import_workspaceErrors);
		if (workspace == null) {
			return TekigoCli.EXIT_ERRORS;
		}
		Catalog catalog = workspace.documents(Catalog.class).stream().filter(c -> imported.catalogId().equals(c.getName())).findFirst()
				.orElseThrow(() -> new InputException(bind(CliMessages.Import_oscalNoCatalog, new Object[] { source, imported.catalogId(), out })));
		return NewDisclosureFile.write(files, catalog, disclosure(source, imported, catalog), out, printer);
	}

	private static Disclosure disclosure(Path source, ImportedDisclosure imported, Catalog catalog) throws InputException {
		Map<String, Item> items = new HashMap<>();
		catalog.eAllContents().forEachRemaining(element -> {
			if (element instanceof Item item) {
				items.put(OscalIds.control(item), item);
			}
		});
		Map<String, Requirement> requirements = catalog.getGuideline() == null ? Map.of()
				: org.tekigo.dsl.edition.Editions.requirementsById(catalog.getGuideline());
		Disclosure disclosure = F.createDisclosure();
		disclosure.setName(imported.id());
		disclosure.setTitle(imported.title());
		disclosure.setCatalog(catalog);
		Map<String, Statement> statements = new LinkedHashMap<>();
		for (ImportedAnswer given : imported.answers()) {
			Item item = items.get(given.controlId());
			if (item == null) {
				throw new InputException(bind(CliMessages.Import_oscalNoItem, new Object[] { source, given.controlId(), catalog.getName() }));
			}
			Answer answer = F.createAnswer();
			answer.setItem(item);
			if (given.requirementId() != null) {
				Requirement requirement = requirements.get(given.requirementId());
				if (requirement == null) {
					throw new InputException(bind(CliMessages.Import_oscalNoItem, new Object[] { source, given.requirementId(), catalog.getName() }));
				}
				answer.setRequirement(requirement);
			}
			answer.setStatus(given.status());
			if (given.statement() != null) {
				answer.setStatement(statements.computeIfAbsent(given.statement(), name -> {
					Statement statement = F.createStatement();
					statement.setName(name);
					statement.setText(given.comment());
					disclosure.getStatements().add(statement);
					return statement;
				}));
			} else if (given.comment() != null) {
				answer.setComment(given.comment());
			}
			given.urls().forEach(url -> answer.getEvidence().add(evidence(EvidenceKind.URL, url)));
			given.documents().forEach(document -> answer.getEvidence().add(evidence(EvidenceKind.DOCUMENT, document)));
			if (given.plan() != null || given.owner() != null || given.due() != null) {
				Remediation remediation = F.createRemediation();
				remediation.setPlan(given.plan());
				remediation.setOwner(given.owner());
				remediation.setDue(given.due());
				answer.setRemediation(remediation);
			}
			answer.setPin(given.pin());
			disclosure.getAnswers().add(answer);
		}
		return disclosure;
	}

	private static Evidence evidence(EvidenceKind kind, String value) {
		Evidence evidence = F.createEvidence();
		evidence.setKind(kind);
		evidence.setValue(value);
		return evidence;
	}
}
