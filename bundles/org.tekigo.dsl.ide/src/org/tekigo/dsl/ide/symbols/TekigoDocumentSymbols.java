package org.tekigo.dsl.ide.symbols;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.tekigo.dsl.ide.outline.OutlineNode;
import org.tekigo.dsl.ide.outline.OutlineTree;

/**
 * Document symbols are the outline the studio shows: the same tree and the same labels
 * ({@link OutlineTree}), so an editor's outline over the language server reads as the studio's.
 */
public class TekigoDocumentSymbols extends HierarchicalDocumentSymbolService {

	@Override
	public List<DocumentSymbol> getSymbols(XtextResource resource, CancelIndicator cancelIndicator) {
		Document document = new Document(0, resource.getParseResult() == null ? "" : resource.getParseResult().getRootNode().getText());
		List<DocumentSymbol> symbols = new ArrayList<>();
		for (OutlineNode node : OutlineTree.of(resource)) {
			if (node.offset() >= 0) {
				symbols.add(symbol(node, document));
			}
		}
		return symbols;
	}

	private static DocumentSymbol symbol(OutlineNode node, Document document) {
		Range range = new Range(document.getPosition(node.offset()), document.getPosition(node.offset() + node.length()));
		DocumentSymbol symbol = new DocumentSymbol(node.text(), kind(node), range, range);
		List<DocumentSymbol> children = new ArrayList<>();
		for (OutlineNode child : node.children()) {
			if (child.offset() >= 0) {
				children.add(symbol(child, document));
			}
		}
		symbol.setChildren(children);
		return symbol;
	}

	/** The kind from the node's path, whose last step names the element's type: ".../Answer:1.1-①-1". */
	private static SymbolKind kind(OutlineNode node) {
		String step = node.path().substring(node.path().lastIndexOf('/') + 1);
		return switch (step.substring(0, Math.max(0, step.indexOf(':')))) {
			case "Guideline", "Catalog", "Disclosure" -> SymbolKind.File;
			case "Section", "Category", "Group" -> SymbolKind.Namespace;
			case "RequirementClass", "Qualifier", "Heading", "Measure" -> SymbolKind.Package;
			case "Requirement", "Item" -> SymbolKind.Field;
			case "Statement" -> SymbolKind.String;
			case "Answer" -> SymbolKind.EnumMember;
			default -> SymbolKind.Object;
		};
	}
}
