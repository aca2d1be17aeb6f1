package org.tekigo.bench;

/** The JVM start floor: started with the tool's class path, does nothing and exits. */
public final class Noop {

	private Noop() {
	}

	public static void main(String[] args) {
		System.exit(0);
	}
}
