package org.tekigo.dsl.ide.quickfix;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * What Xtext's quick fixes and rename ask of a language server, answered by an editor that holds
 * the workspace in one resource set: the studio, the command line and the tests run fixes and
 * renames in process through it. Only the questions those ask are answered: a read of one
 * document of the resource set (its text as parsed), no index, no client.
 */
public class InProcessLanguageServerAccess implements ILanguageServerAccess {

	private final ResourceSet resourceSet;

	public InProcessLanguageServerAccess(ResourceSet resourceSet) {
		this.resourceSet = resourceSet;
	}

	@Override
	public ResourceSet newLiveScopeResourceSet(URI uri) {
		return resourceSet;
	}

	/** A client that takes plain text edits per document (no versioned document changes). */
	@Override
	public InitializeParams getInitializeParams() {
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
		edits.setDocumentChanges(false);
		workspace.setWorkspaceEdit(edits);
		InitializeParams params = new InitializeParams();
		params.setCapabilities(new ClientCapabilities(workspace, new TextDocumentClientCapabilities(), null));
		return params;
	}

	@Override
	public InitializeResult getInitializeResult() {
		return new InitializeResult();
	}

	@Override
	public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
		return CompletableFuture.completedFuture(doSyncRead(uri, function));
	}

	/** The document of the resource set with this URI, its text as the resource parsed it. */
	@Override
	public <T> T doSyncRead(String uri, Function<Context, T> function) {
		Resource resource = resourceSet.getResource(URI.createURI(uri), true);
		String text = resource instanceof XtextResource xtext && xtext.getParseResult() != null
				? xtext.getParseResult().getRootNode().getText()
				: "";
		return function.apply(new Context(resource, new Document(1, text), true, CancelIndicator.NullImpl));
	}

	@Override
	public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
		throw new UnsupportedOperationException("quick fixes run in process");
	}

	@Override
	public void addBuildListener(IBuildListener listener) {
		throw new UnsupportedOperationException("quick fixes run in process");
	}

	@Override
	public LanguageClient getLanguageClient() {
		return null;
	}
}
