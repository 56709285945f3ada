// The extension's client bundle stays small: it validates with zod/mini, never the full zod (444 KB of it once).
const test = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { buildSync } = require('esbuild');

const ROOT = path.join(__dirname, '../..');

test('the client bundle carries zod/mini only, a few tens of KB of it', () => {
  const r = buildSync({
    entryPoints: [path.join(ROOT, 'client/src/extension.ts')],
    bundle: true, platform: 'node', format: 'cjs', external: ['vscode'], minify: true, write: false, metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.values(r.metafile.outputs)[0].inputs;
  const zod = Object.entries(inputs).filter(([file]) => /node_modules\/zod\//.test(file));
  const classic = zod.filter(([file]) => /\/v4\/classic\/|\/v4\/locales\//.test(file)).map(([file]) => file);
  assert.deepStrictEqual(classic, [], 'full zod (classic API or all locales) in the client bundle');
  const bytes = zod.reduce((n, [, v]) => n + v.bytesInOutput, 0);
  assert.ok(bytes < 60_000, `zod takes ${bytes} bytes of the client bundle`);
});
