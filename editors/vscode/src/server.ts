// How the Tekigo language server is found and started. No VS Code API here, so that the tests
// can run it under plain Node.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The oldest Java that runs the server. */
export const MINIMUM_JAVA = 21;

/** `--sun-misc-unsafe-memory-access` exists from Java 23 on; older launchers refuse to start with it. */
const UNSAFE_MEMORY_ACCESS_SINCE = 23;

export const MAIN_CLASS = 'org.tekigo.cli.TekigoCli';

export interface Java {
  /** The `java` executable: a path, or `java` to be looked up on the PATH. */
  executable: string;
  /** Feature release, e.g. 21 or 25. */
  major: number;
}

export class SetupError extends Error {}

/** The feature release in the output of `java -XshowSettings:properties -version` (`1.8` is 8). */
export function parseJavaMajor(output: string): number | undefined {
  const match = /^\s*java\.specification\.version = (\d+)(?:\.(\d+))?/m.exec(output);
  if (!match) {
    return undefined;
  }
  const major = Number(match[1]);
  return major === 1 && match[2] !== undefined ? Number(match[2]) : major;
}

function probe(executable: string, env: NodeJS.ProcessEnv): Promise<number | undefined> {
  return new Promise((resolve) => {
    execFile(
      executable,
      ['-XshowSettings:properties', '-version'],
      { env, timeout: 30_000, windowsHide: true },
      (_error, stdout, stderr) => resolve(parseJavaMajor(`${stderr}\n${stdout}`)),
    );
  });
}

function javaIn(home: string): string {
  return path.join(home, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
}

/**
 * The Java that runs the server: `<javaHome>/bin/java` when the setting is given, else
 * `$JAVA_HOME/bin/java`, else `java` on the PATH; the first one that is Java 21 or newer.
 */
export async function findJava(javaHome: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<Java> {
  const candidates: { executable: string; from: string }[] = [];
  if (javaHome) {
    candidates.push({ executable: javaIn(javaHome), from: 'tekigo.java.home' });
  } else {
    if (env.JAVA_HOME) {
      candidates.push({ executable: javaIn(env.JAVA_HOME), from: 'JAVA_HOME' });
    }
    candidates.push({ executable: 'java', from: 'PATH' });
  }
  const tried: string[] = [];
  for (const { executable, from } of candidates) {
    const major = await probe(executable, env);
    if (major !== undefined && major >= MINIMUM_JAVA) {
      return { executable, major };
    }
    tried.push(`${from} (${executable}): ${major === undefined ? 'no Java found' : `Java ${major}`}`);
  }
  throw new SetupError(
    `Tekigo needs Java ${MINIMUM_JAVA} or newer to run its language server. Tried ${tried.join('; ')}. ` +
      'Set "tekigo.java.home" to the folder of a JDK or JRE 21+.',
  );
}

/** The jars in the server folder, sorted; fails when there are none. */
export function serverJars(serverDir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(serverDir);
  } catch {
    names = [];
  }
  const jars = names.filter((name) => name.endsWith('.jar')).sort();
  if (jars.length === 0) {
    throw new SetupError(
      `No Tekigo language server jars in ${serverDir}. Set "tekigo.server.path" to the plugins folder of a ` +
        'Tekigo build (releng/org.tekigo.repository/target/repository/plugins, built by bin/tekigo --version), ' +
        'or install an extension package that bundles the server.',
    );
  }
  return jars;
}

/** `<java> [--sun-misc-unsafe-memory-access=allow] <jvmArgs> -cp "<serverDir>/*" org.tekigo.cli.TekigoCli lsp` */
export function serverCommand(java: Java, serverDir: string, jvmArgs: readonly string[] = []): { command: string; args: string[] } {
  const args = [
    ...(java.major >= UNSAFE_MEMORY_ACCESS_SINCE ? ['--sun-misc-unsafe-memory-access=allow'] : []),
    ...jvmArgs,
    '-cp',
    path.join(serverDir, '*'),
    MAIN_CLASS,
    'lsp',
  ];
  return { command: java.executable, args };
}
