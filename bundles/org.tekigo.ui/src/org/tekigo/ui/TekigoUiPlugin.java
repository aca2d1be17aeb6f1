package org.tekigo.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.plugin.AbstractUIPlugin;
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

	public static void log(String message, Throwable error) {
		ILog.of(TekigoUiPlugin.class).error(message, error);
	}
}
