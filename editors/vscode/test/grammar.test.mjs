// The TextMate grammar on the repository's examples and on the corners of the language, tokenized
// as VS Code does it (vscode-textmate with the Oniguruma engine), without VS Code.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import oniguruma from 'vscode-oniguruma';
import vsctm from 'vscode-textmate';

const require = createRequire(import.meta.url);
const extensionDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const grammarPath = path.join(extensionDir, 'syntaxes', 'tekigo.tmLanguage.json');
const example = (name) => path.resolve(extensionDir, '../../examples', name);
const EXAMPLES = [
  'chatwork/chatwork.tekigo',
  'chatwork/provider.tekigo',
  'chatwork/mhlw51.tekigo',
  'tour/chatwork.tekigo',
  'tour/provider.tekigo',
  'tour/mhlw51.tekigo',
  'tour/review.tekigo',
  'tour/mhlw60.tekigo',
  'tour/provider60.tekigo',
  'tour/chatwork60.tekigo',
  'chatwork/mhlw50.tekigo',
  'chatwork/provider-mhlw50.tekigo',
  'hospital/kyoto-chatwork.tekigo',
  'cyber/checklist.tekigo',
  'cyber/midori-sakura.tekigo',
  'cyber/midori-kaede.tekigo',
  '../tests/fixtures/questionnaire/questionnaire.tekigo',
  '../tests/fixtures/questionnaire/vendor.tekigo',
];

const STATUS = {
  適合可能: 'conformant',
  conformant: 'conformant',
  不適合: 'nonconformant',
  nonconformant: 'nonconformant',
  対象外: 'notApplicable',
  notApplicable: 'notApplicable',
};
const VERDICT = {
  受入可: 'accepted',
  accepted: 'accepted',
  要確認: 'needsClarification',
  needsClarification: 'needsClarification',
  受入不可: 'notAccepted',
  notAccepted: 'notAccepted',
  未判定: 'pending',
  pending: 'pending',
};
// A scale's meanings, and the status scope its words take (in the scale; in answers the language server colours them).
const MEANING = { fulfilled: 'conformant', partlyFulfilled: 'partlyConformant', gap: 'nonconformant', notApplicable: 'notApplicable' };
const DECLARING = ['guideline', 'section', 'qualifier', 'heading', 'requirement', 'catalog', 'category', 'group', 'measure', 'item', 'disclosure', 'statement', 'review'];
const KEYWORD_SCOPE = {
  ...Object.fromEntries([...DECLARING, 'class', 'weight', 'scale', 'word'].map((k) => [k, 'keyword.other.declaration.tekigo'])),
  ...Object.fromEntries(
    ['version', 'succeeds', 'previous', 'was', 'default', 'scenario', 'relates', 'answers', 'see', 'evidence', 'plan', 'owner', 'due', 'of', 'by', 'on', 'pinned', 'follow-up', 'alias', 'requires', 'comment', 'reason'].map(
      (k) => [k, 'keyword.other.tekigo'],
    ),
  ),
  fulfilled: 'keyword.other.meaning.tekigo',
  partlyFulfilled: 'keyword.other.meaning.tekigo',
  gap: 'keyword.other.meaning.tekigo',
  minimum: 'keyword.other.weight-level.tekigo',
  recommended: 'keyword.other.weight-level.tekigo',
  url: 'keyword.other.evidence-kind.tekigo',
  document: 'keyword.other.evidence-kind.tekigo',
  C: 'keyword.other.class-kind.tekigo',
  D: 'keyword.other.class-kind.tekigo',
};
const PUNCTUATION_SCOPE = {
  '{': 'punctuation.section.block.begin.tekigo',
  '}': 'punctuation.section.block.end.tekigo',
  '[': 'punctuation.section.brackets.begin.tekigo',
  ']': 'punctuation.section.brackets.end.tekigo',
  ',': 'punctuation.separator.comma.tekigo',
};
const STRING = 'string.quoted.double.tekigo';

let grammar;

before(async () => {
  await oniguruma.loadWASM({ data: fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')) });
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === 'source.tekigo' ? vsctm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath) : null,
  });
  grammar = await registry.loadGrammar('source.tekigo');
});

/** TextMate tokens of a whole text, with offsets into the text. */
function tokenize(text) {
  const tokens = [];
  let ruleStack = vsctm.INITIAL;
  let offset = 0;
  for (const line of text.split('\n')) {
    const result = grammar.tokenizeLine(line, ruleStack);
    for (const token of result.tokens) {
      const end = Math.min(token.endIndex, line.length);
      if (end > token.startIndex) {
        tokens.push({ start: offset + token.startIndex, end: offset + end, text: line.slice(token.startIndex, end), scopes: token.scopes });
      }
    }
    ruleStack = result.ruleStack;
    offset += line.length + 1;
  }
  return tokens;
}

const innermost = (token) => token.scopes.at(-1);
const lineOf = (text, offset) => text.slice(0, offset).split('\n').length;

// The terminals of Tekigo.xtext, for comparison: WS (with U+3000), comments, STRING, the statuses,
// and names (ID or KEY) joined with '/' into one qualified name, as QualifiedName hidden() reads them.
const NAME = String.raw`(?:\^?[A-Za-z_][A-Za-z0-9_\-]*|[0-9\u2460-\u24FF\u2776-\u2793][0-9\u2460-\u24FF\u2776-\u2793A-Za-z_.\-]*)`;
const TERMINALS = [
  ['ws', /[ \t\r\n\u3000]+/y],
  ['comment', /\/\*[\s\S]*?\*\//y],
  ['comment', /\/\/[^\r\n]*/y],
  ['string', /"(?:\\[\s\S]|[^\\"])*"/y],
  ['status', /適合可能|不適合|対象外/y],
  ['verdict', /受入不可|受入可|要確認|未判定/y],
  ['word', /[\u3041-\u30FF\u3400-\u9FFF\uF900-\uFAFF\u25A0-\u25FF\u00D7\u2713-\u2717]+/y],
  ['name', new RegExp(`${NAME}(?:/${NAME})*`, 'y')],
  ['punctuation', /[{}[\],]/y],
  ['other', /[\s\S]/y],
];

function lex(text) {
  const out = [];
  for (let at = 0; at < text.length; ) {
    for (const [kind, regex] of TERMINALS) {
      regex.lastIndex = at;
      const match = regex.exec(text);
      if (match) {
        out.push({ kind, start: at, end: at + match[0].length, text: match[0] });
        at += match[0].length;
        break;
      }
    }
  }
  return out;
}

/** The scopes of the words a scale declares (by their meaning) and of the meanings themselves, by offset. */
function scaleDeclarations(text) {
  const scopes = new Map();
  const word = String.raw`[^\s\u3000{}"]+`;
  const declaration = new RegExp(String.raw`\bword[ \t\u3000]+(${word})(?:[ \t\u3000]+alias[ \t\u3000]+(${word}))?[ \t\u3000]+(fulfilled|partlyFulfilled|gap|notApplicable)\b`, 'gd');
  for (const match of text.matchAll(declaration)) {
    const scope = `constant.language.status.${MEANING[match[3]]}.tekigo`;
    scopes.set(match.indices[1][0], scope);
    if (match[2]) scopes.set(match.indices[2][0], scope);
    scopes.set(match.indices[3][0], 'keyword.other.meaning.tekigo');
  }
  return scopes;
}

/** For each terminal, the innermost scope it must get as a single token, or the scope all its tokens must carry. */
function expectations(text) {
  const result = [];
  const declared = scaleDeclarations(text);
  let previous;
  let inCatalogHeader = false;
  for (const t of lex(text)) {
    if (t.kind === 'ws') continue;
    if (t.kind === 'comment') {
      result.push({ ...t, covered: t.text.startsWith('//') ? 'comment.line.double-slash.tekigo' : 'comment.block.tekigo' });
      continue;
    }
    let scope;
    if (t.kind === 'string') {
      result.push({ ...t, covered: STRING });
    } else if (declared.has(t.start)) {
      scope = declared.get(t.start);
    } else if (t.kind === 'word') {
      scope = 'constant.language.status.tekigo';
    } else if (t.kind === 'status' || (t.kind === 'name' && STATUS[t.text])) {
      scope = `constant.language.status.${STATUS[t.text]}.tekigo`;
    } else if (t.kind === 'verdict' || (t.kind === 'name' && VERDICT[t.text])) {
      scope = `constant.language.verdict.${VERDICT[t.text]}.tekigo`;
    } else if (t.kind === 'name' && (previous?.text === 'class' || previous?.text === 'weight')) {
      // a weight: declared (weight NAME "title") or used (class NAME, a requirement's weight NAME)
      const declared = previous.text === 'weight' && /^[\s\u3000]*"/.test(text.slice(t.end));
      scope = declared ? 'entity.name.type.tekigo' : 'keyword.other.class-kind.tekigo';
    } else if (t.kind === 'name' && KEYWORD_SCOPE[t.text]) {
      scope = KEYWORD_SCOPE[t.text];
    } else if (t.kind === 'name') {
      const declares = previous && DECLARING.includes(previous.text) && !(previous.text === 'guideline' && inCatalogHeader);
      if (declares) scope = 'entity.name.type.tekigo';
      else if ((previous?.text === 'due' || previous?.text === 'on') && /^\d{4}-\d{2}-\d{2}$/.test(t.text)) scope = 'constant.numeric.date.tekigo';
      else if (/^[0-9\u2460-\u24FF\u2776-\u2793]/.test(t.text)) scope = 'constant.numeric.id.tekigo';
      else scope = 'variable.other.reference.tekigo';
    } else if (t.kind === 'punctuation') {
      scope = PUNCTUATION_SCOPE[t.text];
    } else {
      assert.fail(`unexpected character ${JSON.stringify(t.text)} at line ${lineOf(text, t.start)}`);
    }
    if (scope) result.push({ ...t, single: scope });
    if (t.text === 'catalog') inCatalogHeader = true;
    if (t.text === '{') inCatalogHeader = false;
    previous = t;
  }
  return result;
}

/** Checks every terminal of the text against the TextMate tokens; returns the tokens. */
function checkAgainstTerminals(text) {
  const tokens = tokenize(text);
  const all = expectations(text);
  for (const e of all) {
    const where = `${JSON.stringify(e.text.slice(0, 40))} at line ${lineOf(text, e.start)}`;
    if (e.single) {
      const matching = tokens.filter((t) => t.start < e.end && t.end > e.start);
      assert.equal(matching.length, 1, `${where}: one token expected, got ${JSON.stringify(matching.map((t) => t.text))}`);
      assert.equal(matching[0].start, e.start, `${where}: token starts elsewhere`);
      assert.equal(matching[0].end, e.end, `${where}: token ends elsewhere`);
      assert.equal(innermost(matching[0]), e.single, where);
    } else {
      const inside = tokens.filter((t) => t.start < e.end && t.end > e.start);
      for (const t of inside) {
        assert.ok(t.start >= e.start && t.end <= e.end, `${where}: token ${JSON.stringify(t.text)} crosses its boundary`);
        assert.ok(t.scopes.includes(e.covered), `${where}: ${JSON.stringify(t.text)} is ${t.scopes.join(' ')}`);
      }
      const covered = inside.reduce((n, t) => n + (t.end - t.start), 0);
      assert.equal(covered, e.text.replaceAll('\n', '').length, `${where}: not wholly covered`);
      // What comes right before and after is not of its kind, unless it is the next comment or string.
      const ofItsKind = (t) => all.some((o) => o !== e && o.covered === e.covered && t.start >= o.start && t.end <= o.end);
      for (const neighbour of [tokens.findLast((t) => t.end <= e.start), tokens.find((t) => t.start >= e.end)]) {
        if (neighbour && !ofItsKind(neighbour)) {
          assert.ok(!neighbour.scopes.includes(e.covered), `${where}: ${JSON.stringify(neighbour.text)} next to it has ${e.covered}`);
        }
      }
      if (e.covered === STRING) {
        assert.equal(inside[0].text, '"');
        assert.ok(inside[0].scopes.includes('punctuation.definition.string.begin.tekigo'), where);
        assert.equal(inside.at(-1).text, '"');
        assert.ok(inside.at(-1).scopes.includes('punctuation.definition.string.end.tekigo'), where);
      }
    }
  }
  return tokens;
}

/** The tokens of a snippet of Tekigo (of its line `line` only, if given), as [text, innermost scope] without whitespace. */
function scopesOf(text, line) {
  return tokenize(text)
    .filter((t) => line === undefined || lineOf(text, t.start) === line)
    .filter((t) => t.text.trim() !== '' && t.text !== '\u3000')
    .map((t) => [t.text, innermost(t)]);
}

describe('the examples', () => {
  for (const name of EXAMPLES) {
    test(`${name}: every keyword, status, name, string, comment and bracket gets its scope`, () => {
      checkAgainstTerminals(fs.readFileSync(example(name), 'utf8'));
    });
  }

  test('chatwork.tekigo: the 433 answers, 267 適合可能, 72 不適合 and 94 対象外, each get their status scope', () => {
    const text = fs.readFileSync(example('chatwork/chatwork.tekigo'), 'utf8');
    const tokens = tokenize(text);
    const count = (scope) => tokens.filter((t) => innermost(t) === scope).length;
    assert.equal(count('constant.language.status.conformant.tekigo'), 267);
    assert.equal(count('constant.language.status.nonconformant.tekigo'), 72);
    assert.equal(count('constant.language.status.notApplicable.tekigo'), 94);

    // Every answer line starts with its item's id followed by exactly one status.
    const answerLines = text.split('\n').filter((line) => /^\s*[0-9]/.test(line));
    assert.equal(answerLines.length, 433);
    for (const line of answerLines) {
      const scopes = scopesOf(line);
      assert.equal(scopes[0][1], 'constant.numeric.id.tekigo', line);
      assert.equal(scopes.filter(([, scope]) => scope.startsWith('constant.language.status.')).length, 1, line);
    }

    // 対象外 is written 102 times; the 8 inside comments ("…ため対象外") are string, not status.
    assert.equal(text.split('対象外').length - 1, 102);
    const inStrings = tokens.filter((t) => t.scopes.includes(STRING)).reduce((n, t) => n + t.text.split('対象外').length - 1, 0);
    assert.equal(inStrings, 8);
  });

  test('chatwork.tekigo: URLs inside strings are no comments, and the answer after a string is not in a string', () => {
    const text = fs.readFileSync(example('chatwork/chatwork.tekigo'), 'utf8');
    const tokens = tokenize(text);
    assert.equal(tokens.filter((t) => t.scopes.some((s) => s.startsWith('comment.'))).length, 0);
    // grep -o '"[^"]*https://[^"]*"' chatwork.tekigo | wc -l: 34
    const urls = tokens.filter((t) => innermost(t) === STRING && t.text.includes('https://'));
    assert.equal(urls.length, 34);
    const lines = text.split('\n');
    const i = lines.findIndex((line) => line.includes('evidence url "https://go.chatwork.com/ja/terms/"'));
    assert.deepEqual(scopesOf(`${lines[i]}\n${lines[i + 1]}`), [
      ['evidence', 'keyword.other.tekigo'],
      ['url', 'keyword.other.evidence-kind.tekigo'],
      ['"', 'punctuation.definition.string.begin.tekigo'],
      ['https://go.chatwork.com/ja/terms/', STRING],
      ['"', 'punctuation.definition.string.end.tekigo'],
      ...scopesOf(lines[i + 1]),
    ]);
    assert.equal(scopesOf(lines[i + 1])[0][0], 'pinned', "the answer's pin on the line after its evidence");
    assert.equal(scopesOf(lines[i + 1])[0][1], 'keyword.other.tekigo');
    assert.equal(scopesOf(lines[i + 2])[0][1], 'constant.numeric.id.tekigo', 'the next answer is not in a string');
  });

  test('mhlw51.tekigo: section, class C / D and requirement numbers', () => {
    const text = fs.readFileSync(example('chatwork/mhlw51.tekigo'), 'utf8');
    const line = (prefix) => text.split('\n').find((l) => l.trim().startsWith(prefix));
    assert.deepEqual(scopesOf(line('section 6.3 ')).slice(0, 3), [
      ['section', 'keyword.other.declaration.tekigo'],
      ['6.3', 'entity.name.type.tekigo'],
      ['"', 'punctuation.definition.string.begin.tekigo'],
    ]);
    assert.deepEqual(scopesOf(line('class D')), [
      ['class', 'keyword.other.declaration.tekigo'],
      ['D', 'keyword.other.class-kind.tekigo'],
      ['{', 'punctuation.section.block.begin.tekigo'],
    ]);
    assert.deepEqual(scopesOf(line('requirement 2 ')).filter(([, s]) => !s.startsWith('string') && !s.includes('.string.')), [
      ['requirement', 'keyword.other.declaration.tekigo'],
      ['2', 'entity.name.type.tekigo'],
      ['previous', 'keyword.other.tekigo'],
    ]);
  });

  test('provider.tekigo: the catalog refers to its guideline; relates lists qualified requirement names', () => {
    const text = fs.readFileSync(example('chatwork/provider.tekigo'), 'utf8');
    const [header] = text.split('\n');
    assert.deepEqual(scopesOf(header).filter(([, s]) => !s.includes('string')), [
      ['catalog', 'keyword.other.declaration.tekigo'],
      ['provider', 'entity.name.type.tekigo'],
      ['guideline', 'keyword.other.declaration.tekigo'],
      ['mhlw51', 'variable.other.reference.tekigo'],
      ['{', 'punctuation.section.block.begin.tekigo'],
    ]);
    const item = text.split('\n').find((l) => l.includes('relates 6.5/C/10, 6.5/C/11'));
    assert.deepEqual(scopesOf(item.slice(item.indexOf('relates'))), [
      ['relates', 'keyword.other.tekigo'],
      ['6.5/C/10', 'constant.numeric.id.tekigo'],
      [',', 'punctuation.separator.comma.tekigo'],
      ['6.5/C/11', 'constant.numeric.id.tekigo'],
    ]);
  });

  test('tour/chatwork.tekigo: comments, English statuses and a remediation with its due date', () => {
    const text = fs.readFileSync(example('tour/chatwork.tekigo'), 'utf8');
    const tokens = checkAgainstTerminals(text);
    const comments = tokens.filter((t) => innermost(t) === 'comment.line.double-slash.tekigo').map((t) => t.text);
    assert.ok(comments.includes(' The English aliases of the three statuses.'), JSON.stringify(comments));
    const plan = text.split('\n').find((l) => l.trim().startsWith('plan'));
    assert.deepEqual(scopesOf(plan).filter(([, s]) => !s.includes('string')), [
      ['plan', 'keyword.other.tekigo'],
      ['owner', 'keyword.other.tekigo'],
      ['due', 'keyword.other.tekigo'],
      ['2099-03-31', 'constant.numeric.date.tekigo'],
    ]);
    for (const [word, meaning] of [['conformant', 'conformant'], ['nonconformant', 'nonconformant'], ['notApplicable', 'notApplicable']]) {
      assert.ok(tokens.some((t) => t.text === word && innermost(t) === `constant.language.status.${meaning}.tekigo`), word);
    }
  });
});

describe('corners of the language', () => {
  test("cyber/checklist.tekigo: a scale's words take the scope of what they mean; its answers' words are words", () => {
    const checklist = fs.readFileSync(example('cyber/checklist.tekigo'), 'utf8');
    const scaleLine = checklist.split('\n').findIndex((line) => line.includes('word いいえ')) + 1;
    assert.deepEqual(scopesOf(checklist, scaleLine), [
      ['word', 'keyword.other.declaration.tekigo'],
      ['いいえ', 'constant.language.status.nonconformant.tekigo'],
      ['alias', 'keyword.other.tekigo'],
      ['no', 'constant.language.status.nonconformant.tekigo'],
      ['gap', 'keyword.other.meaning.tekigo'],
      ['requires', 'keyword.other.tekigo'],
      ['due', 'keyword.other.tekigo'],
    ]);
    // In an answer, TextMate cannot know what いいえ means (its catalog says so): the language server's semantic tokens colour it.
    const answers = fs.readFileSync(example('cyber/midori-sakura.tekigo'), 'utf8');
    const answerLine = answers.split('\n').findIndex((line) => line.includes('2.3-①-1 いいえ')) + 1;
    assert.deepEqual(scopesOf(answers, answerLine).slice(0, 2), [
      ['2.3-①-1', 'constant.numeric.id.tekigo'],
      ['いいえ', 'constant.language.status.tekigo'],
    ]);
  });

  test('an answer id is one token, never split into a keyword', () => {
    assert.deepEqual(scopesOf('1.1-①-1 [mhlw51/6.3/C/3] 適合可能 see shared-1'), [
      ['1.1-①-1', 'constant.numeric.id.tekigo'],
      ['[', 'punctuation.section.brackets.begin.tekigo'],
      ['mhlw51/6.3/C/3', 'variable.other.reference.tekigo'],
      [']', 'punctuation.section.brackets.end.tekigo'],
      ['適合可能', 'constant.language.status.conformant.tekigo'],
      ['see', 'keyword.other.tekigo'],
      ['shared-1', 'variable.other.reference.tekigo'],
    ]);
    assert.deepEqual(scopesOf('provider/1.1-⑥-1 不適合 see see-also'), [
      ['provider/1.1-⑥-1', 'variable.other.reference.tekigo'],
      ['不適合', 'constant.language.status.nonconformant.tekigo'],
      ['see', 'keyword.other.tekigo'],
      ['see-also', 'variable.other.reference.tekigo'],
    ]);
    assert.deepEqual(scopesOf('statement ^url "x" statement item-C "y"').filter(([, s]) => !s.includes('string')), [
      ['statement', 'keyword.other.declaration.tekigo'],
      ['^url', 'entity.name.type.tekigo'],
      ['statement', 'keyword.other.declaration.tekigo'],
      ['item-C', 'entity.name.type.tekigo'],
    ]);
  });

  test('the English status words are whole words: nonconformant is not conformant', () => {
    assert.deepEqual(scopesOf('1 nonconformant 2 conformant 3 notApplicable 4 conformant-ish'), [
      ['1', 'constant.numeric.id.tekigo'],
      ['nonconformant', 'constant.language.status.nonconformant.tekigo'],
      ['2', 'constant.numeric.id.tekigo'],
      ['conformant', 'constant.language.status.conformant.tekigo'],
      ['3', 'constant.numeric.id.tekigo'],
      ['notApplicable', 'constant.language.status.notApplicable.tekigo'],
      ['4', 'constant.numeric.id.tekigo'],
      ['conformant-ish', 'variable.other.reference.tekigo'],
    ]);
  });

  test('escaped quotes and backslashes stay inside the string; what follows the string is not string', () => {
    const text = String.raw`statement s "He said \"適合可能\" and \\" 1.1-①-1 対象外 "a \\\" b"`;
    checkAgainstTerminals(text);
    assert.deepEqual(scopesOf(text), [
      ['statement', 'keyword.other.declaration.tekigo'],
      ['s', 'entity.name.type.tekigo'],
      ['"', 'punctuation.definition.string.begin.tekigo'],
      ['He said ', STRING],
      ['\\"', 'constant.character.escape.tekigo'],
      ['適合可能', STRING],
      ['\\"', 'constant.character.escape.tekigo'],
      [' and ', STRING],
      ['\\\\', 'constant.character.escape.tekigo'],
      ['"', 'punctuation.definition.string.end.tekigo'],
      ['1.1-①-1', 'constant.numeric.id.tekigo'],
      ['対象外', 'constant.language.status.notApplicable.tekigo'],
      ['"', 'punctuation.definition.string.begin.tekigo'],
      ['a ', STRING],
      ['\\\\', 'constant.character.escape.tekigo'],
      ['\\"', 'constant.character.escape.tekigo'],
      [' b', STRING],
      ['"', 'punctuation.definition.string.end.tekigo'],
    ]);
  });

  test('a string spanning lines is one string, ending on its closing quote', () => {
    const text = 'requirement 1 "first line\nsecond // not a comment\n  third \\" still" previous "p"\nrequirement 2 "x"';
    const tokens = checkAgainstTerminals(text);
    const secondLine = tokens.filter((t) => lineOf(text, t.start) === 2);
    assert.deepEqual(secondLine.map((t) => [t.text, innermost(t)]), [['second // not a comment', STRING]]);
    assert.deepEqual(scopesOf(text, 4).slice(0, 2), [
      ['requirement', 'keyword.other.declaration.tekigo'],
      ['2', 'entity.name.type.tekigo'],
    ]);
    const previous = tokens.find((t) => t.text === 'previous');
    assert.equal(innermost(previous), 'keyword.other.tekigo');
  });

  test('comments: line and block, keywords and quotes inside them are comment', () => {
    const text = '// item 1 "x\nsection 1 "t" { /* class C {\n   適合可能 "*/ }\nitem 2 "a" // 対象外 see x';
    const tokens = checkAgainstTerminals(text);
    assert.ok(!tokens.some((t) => t.text.includes('適合可能') && !t.scopes.includes('comment.block.tekigo')));
    assert.deepEqual(scopesOf(text, 3), [
      ['   適合可能 "', 'comment.block.tekigo'],
      ['*/', 'punctuation.definition.comment.end.tekigo'],
      ['}', 'punctuation.section.block.end.tekigo'],
    ]);
  });

  test('the full-width space U+3000 separates like a space', () => {
    const text = 'item\u30001\u3000"x"\u3000relates\u30006.3/C/3\n1.1-①-1\u3000適合可能\u3000see\u3000s';
    checkAgainstTerminals(text);
    assert.deepEqual(scopesOf(text).filter(([, s]) => !s.includes('string')), [
      ['item', 'keyword.other.declaration.tekigo'],
      ['1', 'entity.name.type.tekigo'],
      ['relates', 'keyword.other.tekigo'],
      ['6.3/C/3', 'constant.numeric.id.tekigo'],
      ['1.1-①-1', 'constant.numeric.id.tekigo'],
      ['適合可能', 'constant.language.status.conformant.tekigo'],
      ['see', 'keyword.other.tekigo'],
      ['s', 'variable.other.reference.tekigo'],
    ]);
  });

  test('guideline declares a name at the top of a file, and refers to one in a catalog header across lines', () => {
    assert.deepEqual(scopesOf('guideline mhlw51 "t" version "5.1" {').filter(([, s]) => !s.includes('string')), [
      ['guideline', 'keyword.other.declaration.tekigo'],
      ['mhlw51', 'entity.name.type.tekigo'],
      ['version', 'keyword.other.tekigo'],
      ['{', 'punctuation.section.block.begin.tekigo'],
    ]);
    const text = 'catalog p "t"\n\tguideline g {\n\tcategory 1 "c" {\n\t}\n}\nguideline h "x" {}';
    checkAgainstTerminals(text);
    assert.deepEqual(scopesOf(text, 2), [
      ['guideline', 'keyword.other.declaration.tekigo'],
      ['g', 'variable.other.reference.tekigo'],
      ['{', 'punctuation.section.block.begin.tekigo'],
    ]);
    assert.equal(scopesOf(text, 6)[1][1], 'entity.name.type.tekigo');
  });
});
