// Neovim suite: the language server as any editor would use it, over stdio, from headless Neovim's built-in client.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { REPO, log, makeRunDir, seedFile, startGroup, killGroup, withTimeout } = require('../lib/util');

const TIMEOUT_MS = 45000;

/**
 * Starts headless Neovim, waits for it (init.lua waits at most TIMEOUT_MS for the server, TIMEOUT_MS for diagnostics
 * and 20 s for the hover) and turns the checks it wrote to `resultFile` into suite results named `prefix + name`.
 */
async function runNvim(args, { dir, started, resultFile, prefix, cwd, env }) {
  const child = startGroup('nvim', args, { cwd, env, logFile: path.join(dir, 'nvim.log') });
  let exit = null;
  try {
    exit = await withTimeout(child.exited, 2 * TIMEOUT_MS + 40000, 'nvim');
  } catch (e) {
    exit = { error: e.message };
  } finally {
    await killGroup(child);
  }
  const ms = Date.now() - started;
  let checks = [];
  try {
    checks = JSON.parse(fs.readFileSync(resultFile, 'utf8')).checks || [];
  } catch {
    // nvim did not get to write its result; the caller reports it.
  }
  const out = checks.map(c => ({
    suite: 'nvim', name: `${prefix}${c.name}`, status: c.ok ? 'passed' : 'failed', ms, detail: String(c.detail || '').replace(/\s+/g, ' ').slice(0, 300),
  }));
  return { exit, ms, out };
}

async function run() {
  const started = Date.now();
  const { dir, workspace, env } = makeRunDir('nvim');
  const resultFile = path.join(dir, 'result.json');
  const report = path.join(workspace, seedFile('003_'));
  const { exit, ms, out } = await runNvim(['--headless', '--clean', '-n', '-u', path.join(__dirname, '..', 'nvim', 'init.lua'), report], {
    dir, started, resultFile, prefix: '',
    cwd: workspace,
    env: {
      ...env,
      CROSSCHECK_SERVER: path.join(REPO, 'dist', 'server.js'),
      CROSSCHECK_ROOT: workspace,
      CROSSCHECK_RESULT: resultFile,
      CROSSCHECK_HOVER_AT: '42 armed clashes',
      CROSSCHECK_EXPECT_RELATED: seedFile('004_'),
      CROSSCHECK_TIMEOUT_MS: String(TIMEOUT_MS),
    },
  });
  if (exit && exit.error) {
    out.push({ suite: 'nvim', name: 'nvim finishes on its own', status: 'failed', ms, detail: exit.error });
  }
  if (out.length === 0) {
    const tail = fs.existsSync(path.join(dir, 'nvim.log')) ? fs.readFileSync(path.join(dir, 'nvim.log'), 'utf8').slice(-500) : '';
    out.push({ suite: 'nvim', name: 'nvim ran the LSP checks', status: 'failed', ms, detail: `${JSON.stringify(exit)} ${tail}` });
  }
  log(`nvim suite finished in ${ms} ms (run folder ${path.relative(REPO, dir)})`);
  return out;
}

/** The Neovim 0.7 snippet of docs/neovim.md, verbatim but for the server path. */
function docSnippet() {
  const doc = fs.readFileSync(path.join(REPO, 'docs', 'neovim.md'), 'utf8');
  const m = /<!-- crosscheck-nvim-0\.7 begin -->\s*```lua\n([\s\S]*?)```\s*<!-- crosscheck-nvim-0\.7 end -->/.exec(doc);
  if (!m) throw new Error('docs/neovim.md has no 0.7 snippet between its markers');
  const placeholder = '/path/to/crosscheck/dist/server.js';
  if (!m[1].includes(placeholder)) throw new Error(`the 0.7 snippet no longer names ${placeholder}`);
  return m[1].replace(placeholder, path.join(REPO, 'dist', 'server.js').replace(/\\/g, '/'));
}

/** Runs docs/neovim.md's 0.7 snippet as the user's init, then snippet-check.lua looks at what a reader sees. */
async function runSnippet() {
  const started = Date.now();
  const { dir, workspace, env } = makeRunDir('nvim-snippet');
  const resultFile = path.join(dir, 'result.json');
  const init = path.join(dir, 'init.lua');
  let snippet;
  try {
    snippet = docSnippet();
  } catch (e) {
    return [{ suite: 'nvim', name: 'docs/neovim.md has the 0.7 snippet', status: 'failed', ms: 0, detail: e.message }];
  }
  fs.writeFileSync(init, `${snippet}\nvim.api.nvim_create_autocmd('VimEnter', { once = true, callback = function() dofile(${JSON.stringify(path.join(__dirname, '..', 'nvim', 'snippet-check.lua'))}) end })\n`);
  // The report is opened as a user opens it, from the command line, so the snippet's autocommand sees it.
  const { exit, ms, out } = await runNvim(['--headless', '-n', '-u', init, path.join(workspace, seedFile('003_'))], {
    dir, started, resultFile, prefix: '0.7 snippet: ',
    cwd: workspace,
    env: { ...env, CROSSCHECK_RESULT: resultFile, CROSSCHECK_TIMEOUT_MS: String(TIMEOUT_MS) },
  });
  if (exit && exit.error) out.push({ suite: 'nvim', name: '0.7 snippet: nvim finishes on its own', status: 'failed', ms, detail: exit.error });
  if (out.length === 0) out.push({ suite: 'nvim', name: '0.7 snippet runs', status: 'failed', ms, detail: JSON.stringify(exit) });
  return out;
}

async function runAll() {
  return [...(await run()), ...(await runSnippet())];
}

module.exports = { run: runAll };
