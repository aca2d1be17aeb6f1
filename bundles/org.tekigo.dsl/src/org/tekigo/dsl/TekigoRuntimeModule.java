package org.tekigo.dsl;

import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.tekigo.dsl.documentation.TekigoDocumentationProvider;
import org.tekigo.dsl.naming.TekigoQualifiedNameConverter;
import org.tekigo.dsl.naming.TekigoQualifiedNameProvider;
import org.tekigo.dsl.scoping.TekigoImportedNamespaceAwareLocalScopeProvider;
import org.tekigo.dsl.workspace.TekigoResourceDescriptionStrategy;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Binds Tekigo's naming, scoping and indexing in place of Xtext's defaults. */
public class TekigoRuntimeModule extends AbstractTekigoRuntimeModule {

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return TekigoQualifiedNameProvider.class;
	}

	public Class<? extends IQualifiedNameConverter> bindIQualifiedNameConverter() {
		return TekigoQualifiedNameConverter.class;
	}

	public Class<? extends org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return org.tekigo.dsl.linking.TekigoLinkingDiagnosticMessageProvider.class;
	}

	public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
		return TekigoDocumentationProvider.class;
	}

	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return TekigoResourceDescriptionStrategy.class;
	}

	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(TekigoImportedNamespaceAwareLocalScopeProvider.class);
	}
}
