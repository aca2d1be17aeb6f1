// package.json's contributions point at files that exist and say what VS Code expects of them.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const extensionDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (file) => JSON.parse(fs.readFileSync(path.join(extensionDir, file), 'utf8'));
const manifest = readJson('package.json');
const { contributes } = manifest;

test('the language, its grammar, configuration and snippets fit together', () => {
  assert.equal(manifest.name, 'tekigo');
  assert.equal(manifest.publisher, 'tekigo');
  assert.equal(manifest.main, './out/extension.js');
  assert.deepEqual(manifest.activationEvents, ['onLanguage:tekigo']);

  const [language] = contributes.languages;
  assert.equal(language.id, 'tekigo');
  assert.deepEqual(language.extensions, ['.tekigo']);
  readJson(language.configuration);

  const [grammar] = contributes.grammars;
  assert.equal(grammar.language, 'tekigo');
  const tmLanguage = readJson(grammar.path);
  assert.equal(tmLanguage.scopeName, grammar.scopeName);
  assert.equal(grammar.scopeName, 'source.tekigo');
  for (const include of JSON.stringify(tmLanguage).matchAll(/"include":"#([^"]+)"/g)) {
    assert.ok(tmLanguage.repository[include[1]], `#${include[1]} is in the grammar's repository`);
  }

  // The language server's token types for an answer's word, by meaning, coloured as the grammar's scopes.
  const types = contributes.semanticTokenTypes.map((t) => t.id);
  assert.deepEqual(types, ['conformant', 'partlyConformant', 'nonconformant', 'notApplicable']);
  const [tokenScopes] = contributes.semanticTokenScopes;
  assert.equal(tokenScopes.language, 'tekigo');
  for (const type of types) {
    assert.deepEqual(tokenScopes.scopes[type], [`constant.language.status.${type}.tekigo`]);
  }

  const [snippets] = contributes.snippets;
  assert.equal(snippets.language, 'tekigo');
  readJson(snippets.path);
});

test('the language configuration: comments, brackets, quotes, indentation and words', () => {
  const config = readJson(contributes.languages[0].configuration);
  assert.deepEqual(config.comments, { lineComment: '//', blockComment: ['/*', '*/'] });
  assert.deepEqual(config.brackets, [['{', '}'], ['[', ']']]);
  assert.deepEqual(config.autoClosingPairs.map((p) => p.open), ['{', '[', '"', '/*']);

  const increase = new RegExp(config.indentationRules.increaseIndentPattern);
  const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
  for (const line of ['section 6.3 "組織的安全管理対策" {', '\t\tclass C {', 'measure ① "t" scenario "a {b}" {']) {
    assert.ok(increase.test(line), line);
  }
  for (const line of ['item 1 "a { b"', '\t}', 'class C { }']) {
    assert.ok(!increase.test(line), line);
  }
  assert.ok(decrease.test('\t\t}'));
  assert.ok(!decrease.test('item 1 "}"'));

  const words = 'see shared-1 1.1-①-1 8.1.2/D/2 ^url 管理規定を定めています。'.match(new RegExp(config.wordPattern, 'g'));
  assert.deepEqual(words, ['see', 'shared-1', '1.1-①-1', '8.1.2', 'D', '2', '^url', '管理規定を定めています']);
});

/** Checks TextMate snippet syntax: $1, ${1}, ${1:placeholder}, ${1|a,b|}, $NAME, ${NAME:default}, \$ \} \\. */
function checkSnippet(body) {
  let at = 0;
  const numbers = new Set();
  const fail = (why) => assert.fail(`${why} at ${at} in ${JSON.stringify(body)}`);
  function parse(inside) {
    while (at < body.length) {
      const c = body[at];
      if (c === '\\') {
        at += 2;
      } else if (c === '}' && inside) {
        return;
      } else if (c === '$') {
        at++;
        const simple = /^(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(body.slice(at));
        if (simple) {
          if (/^\d/.test(simple[0])) numbers.add(Number(simple[0]));
          at += simple[0].length;
        } else if (body[at] === '{') {
          at++;
          const name = /^(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(body.slice(at)) ?? fail('a tab stop number or variable expected');
          if (/^\d/.test(name[0])) numbers.add(Number(name[0]));
          at += name[0].length;
          if (body[at] === ':') {
            at++;
            parse(true);
          } else if (body[at] === '|') {
            const choice = /^\|((?:[^,|\\]|\\.)+)(?:,((?:[^,|\\]|\\.)+))*\|/.exec(body.slice(at)) ?? fail('a choice expected');
            at += choice[0].length;
          }
          if (body[at] !== '}') fail('} expected');
          at++;
        } else {
          fail('$ must start a tab stop or variable, or be written \\$');
        }
      } else {
        at++;
      }
    }
    if (inside) fail('unclosed ${');
  }
  parse(false);
  return numbers;
}

test('every snippet has a prefix, a description and a valid body', () => {
  const snippets = readJson(contributes.snippets[0].path);
  assert.ok(Object.keys(snippets).length >= 3);
  for (const [name, snippet] of Object.entries(snippets)) {
    assert.ok([snippet.prefix].flat().every((p) => typeof p === 'string' && p.length > 0), name);
    assert.equal(typeof snippet.description, 'string', name);
    const body = [snippet.body].flat();
    assert.ok(body.every((line) => typeof line === 'string'), name);
    const numbers = checkSnippet(body.join('\n'));
    assert.ok(numbers.has(0), `${name}: ends with $0`);
    const stops = [...numbers].filter((n) => n > 0).sort((a, b) => a - b);
    assert.deepEqual(stops, stops.map((_, i) => i + 1), `${name}: tab stops 1..n`);
  }
  const answer = [snippets.Answer.body].flat().join('\n');
  assert.ok(answer.includes('${2|適合可能,不適合,対象外|}'), answer);
  assert.match([snippets['Remediation plan'].body].flat().join('\n'), /^plan "\$\{1:[^}]+\}" owner "\$\{2:[^}]+\}" due \$\{3:YYYY-MM-DD\}/);
  assert.match([snippets.Statement.body].flat().join('\n'), /^statement \$\{1:[^}]+\} "/);
});

test('the settings the extension reads are contributed, and only they are restricted in untrusted workspaces', () => {
  const properties = contributes.configuration.properties;
  assert.equal(properties['tekigo.java.home'].type, 'string');
  assert.equal(properties['tekigo.server.path'].type, 'string');
  assert.equal(properties['tekigo.server.args'].type, 'array');
  assert.deepEqual(properties['tekigo.trace.server'].enum, ['off', 'messages', 'verbose']);
  const restricted = manifest.capabilities.untrustedWorkspaces.restrictedConfigurations;
  assert.deepEqual(restricted, ['tekigo.java.home', 'tekigo.server.path', 'tekigo.server.args']);
  const source = fs.readFileSync(path.join(extensionDir, 'src', 'extension.ts'), 'utf8');
  for (const key of restricted) {
    assert.ok(source.includes(`'${key.replace('tekigo.', '')}'`) || source.includes(`'${key}'`), key);
  }
});

test('the extension is built for the VS Code it declares', () => {
  assert.equal(manifest.engines.vscode, '^1.82.0');
  const types = readJson('node_modules/@types/vscode/package.json').version;
  assert.ok(types.startsWith('1.82.'), `@types/vscode ${types} must not be newer than engines.vscode`);
  assert.ok(manifest.dependencies['vscode-languageclient'], 'the client is a production dependency, packaged in the vsix');
  assert.ok(fs.existsSync(path.join(extensionDir, 'out', 'extension.js')), 'npm run compile wrote out/extension.js');
});
