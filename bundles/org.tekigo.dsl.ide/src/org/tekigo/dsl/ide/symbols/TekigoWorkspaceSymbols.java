package org.tekigo.dsl.ide.symbols;

import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.tekigo.dsl.ide.outline.OutlineTree;
import org.tekigo.dsl.tekigo.TekigoPackage;
import org.tekigo.dsl.workspace.TekigoResourceDescriptionStrategy;

import com.google.inject.Inject;

/**
 * Workspace symbols: an item, requirement or statement found by its id (1.1-①-1, 6.3/C/3) or by
 * a word of its text (バックアップ), named with its id and the start of its text.
 */
public class TekigoWorkspaceSymbols extends DocumentSymbolService {

	@Inject
	private IQualifiedNameConverter names;

	@Override
	protected boolean filter(IEObjectDescription description, String query) {
		String wanted = query.toLowerCase(Locale.ROOT);
		String text = description.getUserData(TekigoResourceDescriptionStrategy.TEXT_KEY);
		return names.toString(description.getQualifiedName()).toLowerCase(Locale.ROOT).contains(wanted)
				|| text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
	}

	@Override
	protected String getSymbolName(IEObjectDescription description) {
		String text = description.getUserData(TekigoResourceDescriptionStrategy.TEXT_KEY);
		String id = names.toString(description.getQualifiedName());
		return text == null ? id : id + " " + OutlineTree.shorten(text);
	}

	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		if (TekigoPackage.Literals.DOCUMENT.isSuperTypeOf(type)) {
			return SymbolKind.File;
		}
		if (type == TekigoPackage.Literals.ITEM || type == TekigoPackage.Literals.REQUIREMENT) {
			return SymbolKind.Field;
		}
		return type == TekigoPackage.Literals.STATEMENT ? SymbolKind.String : SymbolKind.Namespace;
	}

	/** Whether the element matches the query as workspace symbols match it: by id or a word of its text. */
	public boolean matches(IEObjectDescription description, String query) {
		return filter(description, query);
	}

	/** The element's name as workspace symbols give it: its id and the start of its text. */
	public String nameOf(IEObjectDescription description) {
		return getSymbolName(description);
	}

	/** Whether workspace symbols list this element: the items, requirements and statements a user looks for. */
	public boolean isListed(IEObjectDescription description) {
		EClass type = description.getEClass();
		return type == TekigoPackage.Literals.ITEM || type == TekigoPackage.Literals.REQUIREMENT
				|| type == TekigoPackage.Literals.STATEMENT;
	}
}
