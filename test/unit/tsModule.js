// Compiles one TypeScript source module of the project with esbuild and loads it, for tests of modules that no
// bundle in dist/ exports. Not a test file: it defines no tests.
const path = require('node:path');
const Module = require('node:module');
const { buildSync } = require('esbuild');

const ROOT = path.join(__dirname, '../..');

/** The exports of `file` (a path from the project root), bundled with its imports. */
function loadSource(file) {
  const out = buildSync({
    entryPoints: [path.join(ROOT, file)], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'silent',
  });
  const m = new Module(file);
  m.paths = Module._nodeModulePaths(__dirname);
  m._compile(out.outputFiles[0].text, path.basename(file).replace(/\.ts$/, '.js'));
  return m.exports;
}

module.exports = { loadSource, ROOT };
