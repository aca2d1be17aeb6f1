// The language server as the extension starts it, spoken to over stdio as VS Code's client does.
// Needs a built server: TEKIGO_SERVER_JARS=../../releng/org.tekigo.repository/target/repository/plugins npm test
// (Java 21+ found as the extension finds it: JAVA_HOME, else java on the PATH). Skipped without it.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node.js';
import { findJava, serverCommand, serverJars } from '../out/server.js';

const jars = process.env.TEKIGO_SERVER_JARS;
const tour = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../examples/tour');

test('the server answers initialize and reports a syntax error in an open document', { skip: !jars && 'TEKIGO_SERVER_JARS is not set', timeout: 120_000 }, async () => {
  const serverDir = path.resolve(jars);
  serverJars(serverDir);
  const { command, args } = serverCommand(await findJava(undefined), serverDir);
  const server = spawn(command, args, { cwd: tour, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  let timer;
  server.stderr.on('data', (data) => (stderr += data));
  const exited = new Promise((resolve) => server.on('exit', resolve));
  // Every wait ends, with the server's output, if the server exits first.
  const died = exited.then((code) => {
    throw new Error(`the server exited with ${code}:\n${stderr}`);
  });
  died.catch(() => {});
  const unlessDied = (promise) => Promise.race([promise, died]);
  const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  const broken = pathToFileURL(path.join(tour, 'not-on-disk.tekigo')).href;
  const diagnostics = new Promise((resolve) =>
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      if (params.uri === broken && params.diagnostics.length > 0) resolve(params.diagnostics);
    }),
  );
  connection.listen();
  try {
    const rootUri = pathToFileURL(tour).href;
    const { capabilities } = await unlessDied(
      connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri,
        workspaceFolders: [{ uri: rootUri, name: 'tour' }],
        capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: false } } },
      }),
    );
    assert.ok(capabilities.textDocumentSync !== undefined, JSON.stringify(capabilities));
    await connection.sendNotification(InitializedNotification.type, {});

    const text = fs.readFileSync(path.join(tour, 'chatwork.tekigo'), 'utf8').replace('1.1-①-2 適合可能', '1.1-①-2 maybe');
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: broken, languageId: 'tekigo', version: 1, text } });
    const reported = await unlessDied(diagnostics);
    assert.ok(reported.some((d) => d.severity === 1), JSON.stringify(reported));

    await unlessDied(connection.sendRequest(ShutdownRequest.type));
    await connection.sendNotification(ExitNotification.type);
    const timeout = new Promise((resolve) => (timer = setTimeout(resolve, 15_000, 'still running 15 s after exit')));
    assert.equal(await Promise.race([exited, timeout]), 0, stderr);
  } finally {
    clearTimeout(timer);
    connection.dispose();
    server.kill();
  }
});
