package org.tekigo.cli;

import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.impl.SimpleResourceDescriptionsBasedContainerManager;
import org.eclipse.xtext.util.Modules2;
import org.tekigo.dsl.TekigoRuntimeModule;
import org.tekigo.dsl.TekigoStandaloneSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The language as the command line runs it: the whole workspace is one container, looked up
 * through the index {@link Workspace} attaches to its resource set (see there why).
 */
public class CliSetup extends TekigoStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new TekigoRuntimeModule(),
				binder -> binder.bind(IContainer.Manager.class).to(SimpleResourceDescriptionsBasedContainerManager.class)));
	}
}
