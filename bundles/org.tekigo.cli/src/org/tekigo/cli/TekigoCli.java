package org.tekigo.cli;

import org.tekigo.cli.nls.CliMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.ResourceBundle;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

import com.google.inject.Injector;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Command;

/** {@code tekigo}: the headless tool chain. Runs on a plain JVM, without Eclipse or a display. */
@Command(name = "tekigo", mixinStandardHelpOptions = true, version = "tekigo 0.1.0",
		description = "Checks and imports Tekigo workspaces: guidelines, catalogs of measures and disclosures.",
		subcommands = { CheckCommand.class, ImportCommand.class, ReportCommand.class, DiffCommand.class, CompareCommand.class, NewReviewCommand.class, NewDisclosureCommand.class, PinCommand.class, MigrateCommand.class, ExportCommand.class, LspCommand.class,
				CommandLine.HelpCommand.class })
public class TekigoCli {

	public static final int EXIT_OK = 0;
	public static final int EXIT_ERRORS = 1;
	public static final int EXIT_BAD_INPUT = 2;
	public static final int EXIT_INTERNAL = 3;

	private static Injector injector;

	static {
		// Guice's generated fast-reflection classes cost more to make than they save in one short
		// run, and a generated class cannot come from the JDK's AOT cache.
		if (System.getProperty("guice_bytecode_gen_option") == null) {
			System.setProperty("guice_bytecode_gen_option", "DISABLED");
		}
	}

	@Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "ja|en", descriptionKey = "lang",
			description = "The language of messages and reports: ja or en (default: from LC_ALL, LC_MESSAGES, LANG; else en).")
	private Language.Choice language;

	public static void main(String[] args) {
		// Before any message is read: Eclipse's NLS takes the locale once per JVM.
		Locale.setDefault(Language.choose(args, System.getenv()));
		// Apache POI logs through the Log4j API; without a provider it would complain on every run.
		System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		// Every command but --help and --version needs the language; make it on the second core
		// while this one reads the command line and the files.
		Thread warmUp = new Thread(TekigoCli::injector, "tekigo-injector");
		warmUp.setDaemon(true);
		warmUp.start();
		Charset console = ConsoleEncoding.of(System.getenv(), System.out.charset());
		System.exit(run(args, new PrintWriter(new OutputStreamWriter(System.out, console), true),
				new PrintWriter(new OutputStreamWriter(System.err, console), true)));
	}

	/** Runs one command line; returns the exit status. Usage errors and unreadable input give 2. */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		quietLogging();
		CommandLine commandLine = new CommandLine(new TekigoCli());
		// The help in the language of the run: English is the annotations' own, Japanese is in
		// nls/help_ja.properties (loaded with this bundle's class loader, which OSGi needs).
		commandLine.setResourceBundle(ResourceBundle.getBundle("org.tekigo.cli.nls.help", Locale.getDefault(),
				TekigoCli.class.getClassLoader()));
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setExitCodeExceptionMapper(e -> EXIT_BAD_INPUT);
		commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
			if (e instanceof InputException) {
				cmd.getErr().println("tekigo: " + e.getMessage());
				return EXIT_BAD_INPUT;
			}
			// A defect of ours, not of the input: say so in one line; the trace only on request.
			cmd.getErr().println("tekigo: " + bind(CliMessages.Cli_internalError, e));
			if (System.getenv("TEKIGO_DEBUG") != null) {
				e.printStackTrace(cmd.getErr());
			}
			return EXIT_INTERNAL;
		});
		return commandLine.execute(args);
	}

	/** The command line's injector, made once (the fuzzing harness shares it). */
	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new CliSetup().createInjectorAndDoEMFRegistration();
			Timings.done("injector made");
		}
		return injector;
	}

	/**
	 * Xtext logs through log4j; only warnings and worse reach the user, on stderr. Log4j is told
	 * not to look for a configuration file: the search asks every jar of the class path.
	 */
	private static void quietLogging() {
		if (System.getProperty("log4j.defaultInitOverride") == null) {
			System.setProperty("log4j.defaultInitOverride", "true");
		}
		Logger root = Logger.getRootLogger();
		if (!root.getAllAppenders().hasMoreElements()) {
			ConsoleAppender appender = new ConsoleAppender(new PatternLayout("tekigo: %p %m%n"), ConsoleAppender.SYSTEM_ERR);
			root.addAppender(appender);
		}
		root.setLevel(Level.WARN);
		// PDFBox logs through Commons Logging, a damaged font or stream with its stack trace; what
		// matters of it reaches the user as the import's own sentence, so its log is not shown.
		if (System.getProperty("org.apache.commons.logging.Log") == null) {
			System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
			System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
		}
	}
}
