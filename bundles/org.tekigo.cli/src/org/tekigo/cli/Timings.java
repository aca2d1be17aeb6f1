package org.tekigo.cli;

import java.lang.management.ManagementFactory;

/**
 * With TEKIGO_TIMINGS set, each phase of a command says on stderr when it ended, counted from
 * the JVM's start: what docs/performance.md's profiles of the command line are read from.
 */
final class Timings {

	private static final boolean ON = System.getenv("TEKIGO_TIMINGS") != null;

	private Timings() {
	}

	static void done(String phase) {
		if (ON) {
			System.err.printf("tekigo: timing: %-28s %5d ms%n", phase, ManagementFactory.getRuntimeMXBean().getUptime());
		}
	}
}
