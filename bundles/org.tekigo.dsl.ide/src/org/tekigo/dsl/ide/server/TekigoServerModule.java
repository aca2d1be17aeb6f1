package org.tekigo.dsl.ide.server;

import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.Modules2;
import org.tekigo.dsl.ide.TekigoIdeSetup;

import com.google.inject.AbstractModule;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import com.google.inject.Module;

/**
 * Xtext's language server with Tekigo as its one language and Tekigo's server-wide services.
 * The language is registered here rather than found through {@code META-INF/services}, which a
 * service loader does not see across OSGi bundles.
 */
public class TekigoServerModule extends AbstractModule {

	@Override
	protected void configure() {
		install(Modules2.mixin(new ServerModule(), (Module) binder -> {
			binder.bind(SemanticTokensService.class).to(TekigoSemanticTokens.class);
			binder.bind(LanguageServerImpl.class).to(TekigoLanguageServerImpl.class);
			binder.bind(IResourceServiceProvider.Registry.class).toInstance(tekigoOnly());
		}));
	}

	private static IResourceServiceProvider.Registry tekigoOnly() {
		IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
		IResourceServiceProvider tekigo = new TekigoIdeSetup().createInjectorAndDoEMFRegistration()
				.getInstance(IResourceServiceProvider.class);
		registry.getExtensionToFactoryMap().put("tekigo", tekigo);
		return registry;
	}
}
