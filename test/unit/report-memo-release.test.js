// An analysis lets go of the memos its stages keep of the report asked about last (issue 14): held past the analysis,
// they kept the finished report's tokens, and all they reach, alive through the next report's analysis, tens of
// megabytes after a long report that every full collection marked again.
const test = require('node:test');
const assert = require('node:assert');
const v8 = require('node:v8');
const vm = require('node:vm');
const path = require('node:path');
const Module = require('node:module');
const { buildSync } = require('esbuild');
const { ROOT } = require('./tsModule');

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

/** One bundle of the stages and the memo holders, so they share module instances as in dist/engine.js. */
function loadEngineParts() {
  const contents = [
    "export { analyzeText, prepare } from './server/src/engine/analyze';",
    "export { wordClassIndex } from './server/src/engine/text/wordClass';",
    "export { lineBreaksOf } from './server/src/engine/text/spans';",
  ].join('\n');
  const out = buildSync({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', write: false,
    logLevel: 'silent',
  });
  const m = new Module('engine-parts');
  m.paths = Module._nodeModulePaths(__dirname);
  m._compile(out.outputFiles[0].text, 'engine-parts.js');
  return m.exports;
}

const parts = loadEngineParts();

/** Tokens of an invented report, asked about by the memo holders; only a weak reference to them is returned. */
function askAbout(text) {
  const { prepared } = parts.prepare(text);
  parts.wordClassIndex(prepared.tokens, new Set(['burned', 'flooded']));
  parts.lineBreaksOf(prepared.tokens);
  return new WeakRef(prepared.tokens);
}

test('after an analysis returns, no memo of the last report keeps its tokens alive', async () => {
  const ref = askAbout('Some 70 barns burned near the river on Friday.\nAbout 15 cellars flooded, the county said.\n');
  // A report without figures: its analysis asks no memo holder about its own tokens, so nothing replaces the memos.
  parts.analyzeText('r.txt', 'The council met again.\n');
  // A weakly held object stays alive until the current job ends: collect after it.
  await new Promise(resolve => setImmediate(resolve));
  gc();
  assert.strictEqual(ref.deref(), undefined, 'the tokens asked about before the analysis are still held');
});

test('the memos answer again for a report asked about after the release', () => {
  const { prepared } = parts.prepare('Nearly 30 sheds burned.\n');
  const words = new Set(['burned']);
  const first = parts.wordClassIndex(prepared.tokens, words);
  parts.analyzeText('r.txt', 'Nothing happened.\n');
  // The weakly keyed cache behind the memo still holds the report's index: the same object, not a rebuilt one.
  assert.strictEqual(parts.wordClassIndex(prepared.tokens, words), first);
  assert.strictEqual(first.next[0], 3);
  assert.strictEqual(parts.lineBreaksOf(prepared.tokens), parts.lineBreaksOf(prepared.tokens));
});
