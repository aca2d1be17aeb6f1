package org.tekigo.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.osgi.framework.BundleContext;
import org.tekigo.dsl.ide.TekigoIdeSetup;

import com.google.inject.Injector;

/** The studio's bundle: holds the language's injector, created on first use. */
public class TekigoUiPlugin extends AbstractUIPlugin {

	public static final String ID = "org.tekigo.ui";

	private static TekigoUiPlugin plugin;

	private Injector injector;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		plugin = this;
		// Xtext reports through log4j 1: send warnings and errors to the console rather than nowhere.
		org.apache.log4j.Logger root = org.apache.log4j.Logger.getRootLogger();
		if (!root.getAllAppenders().hasMoreElements()) {
			root.addAppender(new org.apache.log4j.ConsoleAppender(new org.apache.log4j.PatternLayout("%p %c: %m%n"),
					org.apache.log4j.ConsoleAppender.SYSTEM_ERR));
			root.setLevel(org.apache.log4j.Level.WARN);
		}
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		plugin = null;
		super.stop(context);
	}

	public static TekigoUiPlugin getDefault() {
		return plugin;
	}

	/** Runtime and IDE services of the language, as the language server would have them. */
	public synchronized Injector injector() {
		if (injector == null) {
			injector = new TekigoIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/**
	 * A resource set whose .tekigo resources come from this injector's factory, not from EMF's
	 * global registry, where another injector (a test, a standalone setup) may have registered
	 * its own: content assist needs the grammar of the resource to be its own grammar.
	 */
	public XtextResourceSet newResourceSet() {
		XtextResourceSet resourceSet = injector().getInstance(XtextResourceSet.class);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("tekigo",
				injector().getInstance(IResourceFactory.class));
		return resourceSet;
	}

	public static void log(String message, Throwable error) {
		ILog.of(TekigoUiPlugin.class).error(message, error);
	}
}
