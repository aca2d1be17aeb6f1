import * as path from 'node:path';
import { commands, Disposable, ExtensionContext, window, workspace } from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { findJava, serverCommand, serverJars, SetupError } from './server';

const RESTART_SETTINGS = ['tekigo.java.home', 'tekigo.server.path', 'tekigo.server.args'];

let client: LanguageClient | undefined;
let watcher: Disposable | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  context.subscriptions.push(
    workspace.onDidChangeConfiguration(async (event) => {
      if (RESTART_SETTINGS.some((setting) => event.affectsConfiguration(setting))) {
        await stop();
        await start(context);
      }
    }),
  );
  await start(context);
}

export function deactivate(): Promise<void> {
  return stop();
}

async function start(context: ExtensionContext): Promise<void> {
  const config = workspace.getConfiguration('tekigo');
  try {
    const java = await findJava(setting(config.get<string>('java.home')));
    const serverDir = setting(config.get<string>('server.path')) ?? context.asAbsolutePath('server');
    serverJars(serverDir);
    const { command, args } = serverCommand(java, serverDir, config.get<string[]>('server.args', []));

    const fileEvents = workspace.createFileSystemWatcher('**/*.tekigo');
    watcher = fileEvents;
    client = new LanguageClient(
      'tekigo',
      'Tekigo Language Server',
      // Over stdio. No `transport` given: with TransportKind.stdio the client would append `--stdio`.
      { command, args },
      {
        documentSelector: [{ scheme: 'file', language: 'tekigo' }],
        synchronize: { fileEvents },
      },
    );
    await client.start();
  } catch (error) {
    await stop();
    // A server that fails to start is reported by the client itself, with its output.
    if (!(error instanceof SetupError)) {
      return;
    }
    // Not awaited: activation does not wait for the user to close the message.
    void window.showErrorMessage(error.message, 'Open Settings').then((choice) => {
      if (choice) {
        void commands.executeCommand('workbench.action.openSettings', 'tekigo.');
      }
    });
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  watcher?.dispose();
  watcher = undefined;
  if (running?.needsStop()) {
    await running.stop();
  }
}

/** A path setting: empty means unset; a relative path is taken from the first workspace folder. */
function setting(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) {
    return undefined;
  }
  const folder = workspace.workspaceFolders?.[0];
  return folder && !path.isAbsolute(trimmed) ? path.join(folder.uri.fsPath, trimmed) : trimmed;
}
