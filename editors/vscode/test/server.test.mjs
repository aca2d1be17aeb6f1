// Finding Java and the server jars, and the command line that starts the server (out/server.js).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { findJava, MAIN_CLASS, parseJavaMajor, serverCommand, serverJars, SetupError } from '../out/server.js';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'tekigo-vscode-test-'));
after(() => fs.rmSync(temp, { recursive: true, force: true }));

/** A folder with bin/java that reports the given Java version as `java -XshowSettings:properties -version` does. */
function fakeJavaHome(name, version) {
  const bin = path.join(temp, name, 'bin');
  fs.mkdirSync(bin, { recursive: true });
  fs.writeFileSync(path.join(bin, 'java'), `#!/bin/sh\necho "Property settings:" >&2\necho "    java.specification.version = ${version}" >&2\n`, { mode: 0o755 });
  return path.join(temp, name);
}

test('parseJavaMajor reads java.specification.version', () => {
  assert.equal(parseJavaMajor('Property settings:\n    java.specification.version = 25\n    java.vendor = Eclipse Adoptium\n'), 25);
  assert.equal(parseJavaMajor('    java.specification.version = 1.8\n'), 8);
  assert.equal(parseJavaMajor('Error: Could not create the Java Virtual Machine.'), undefined);
});

describe('findJava', { skip: process.platform === 'win32' && 'the fake java is a shell script' }, () => {
  const java21 = fakeJavaHome('jdk21', '21');
  const java17 = fakeJavaHome('jdk17', '17');
  const java25 = fakeJavaHome('jdk25', '25');
  const noPath = { PATH: path.join(temp, 'empty') };

  test('tekigo.java.home is used when set', async () => {
    assert.deepEqual(await findJava(java21, { ...noPath, JAVA_HOME: java25 }), { executable: path.join(java21, 'bin', 'java'), major: 21 });
  });

  test('a tekigo.java.home that is too old or has no java is refused, without trying JAVA_HOME', async () => {
    await assert.rejects(findJava(java17, { ...noPath, JAVA_HOME: java25 }), (error) => {
      assert.ok(error instanceof SetupError);
      assert.match(error.message, /needs Java 21 or newer/);
      assert.match(error.message, /tekigo\.java\.home \(.*jdk17.*\): Java 17/);
      assert.doesNotMatch(error.message, /JAVA_HOME/);
      return true;
    });
    await assert.rejects(findJava(path.join(temp, 'missing'), noPath), /tekigo\.java\.home \(.*missing.*\): no Java found/);
  });

  test('else JAVA_HOME, else java on the PATH', async () => {
    assert.deepEqual(await findJava(undefined, { ...noPath, JAVA_HOME: java25 }), { executable: path.join(java25, 'bin', 'java'), major: 25 });
    const env = { PATH: path.join(java21, 'bin'), JAVA_HOME: java17 };
    assert.deepEqual(await findJava(undefined, env), { executable: 'java', major: 21 });
    assert.deepEqual(await findJava('', { PATH: path.join(java21, 'bin') }), { executable: 'java', major: 21 });
  });

  test('no Java at all: the message says what was tried and which setting to set', async () => {
    await assert.rejects(findJava(undefined, { ...noPath, JAVA_HOME: path.join(temp, 'gone') }), (error) => {
      assert.ok(error instanceof SetupError);
      assert.match(error.message, /JAVA_HOME \(.*gone.*\): no Java found; PATH \(java\): no Java found/);
      assert.match(error.message, /Set "tekigo\.java\.home"/);
      return true;
    });
  });
});

describe('serverJars', () => {
  test('lists the jars of the folder', () => {
    const dir = path.join(temp, 'plugins');
    fs.mkdirSync(dir);
    for (const name of ['org.tekigo.dsl_0.1.0.jar', 'com.google.gson_2.15.0.jar', 'README.txt']) fs.writeFileSync(path.join(dir, name), '');
    assert.deepEqual(serverJars(dir), ['com.google.gson_2.15.0.jar', 'org.tekigo.dsl_0.1.0.jar']);
  });

  test('an empty or missing folder is an error naming the folder and the setting', () => {
    const empty = path.join(temp, 'no-jars');
    fs.mkdirSync(empty);
    for (const dir of [empty, path.join(temp, 'nowhere')]) {
      assert.throws(() => serverJars(dir), (error) => error instanceof SetupError && error.message.includes(dir) && error.message.includes('"tekigo.server.path"'));
    }
  });
});

test('serverCommand: java, JVM options, the jars as class path, the main class and lsp', () => {
  const dir = path.join(temp, 'server');
  assert.deepEqual(serverCommand({ executable: '/jdk/bin/java', major: 25 }, dir, ['-Xmx2g']), {
    command: '/jdk/bin/java',
    args: ['--sun-misc-unsafe-memory-access=allow', '-Xmx2g', '-cp', path.join(dir, '*'), MAIN_CLASS, 'lsp'],
  });
  assert.equal(MAIN_CLASS, 'org.tekigo.cli.TekigoCli');
  // Java 21 and 22 do not know --sun-misc-unsafe-memory-access and would not start with it.
  assert.deepEqual(serverCommand({ executable: 'java', major: 21 }, dir).args, ['-cp', path.join(dir, '*'), MAIN_CLASS, 'lsp']);
});
