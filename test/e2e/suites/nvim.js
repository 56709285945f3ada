// Neovim suite: the language server as any editor would use it, over stdio, from headless Neovim's built-in client.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { REPO, log, makeRunDir, seedFile, startGroup, killGroup, withTimeout } = require('../lib/util');

const TIMEOUT_MS = 45000;

async function run() {
  const started = Date.now();
  const { dir, workspace, env } = makeRunDir('nvim');
  const resultFile = path.join(dir, 'result.json');
  const report = path.join(workspace, seedFile('003_'));
  const child = startGroup('nvim', ['--headless', '--clean', '-n', '-u', path.join(__dirname, '..', 'nvim', 'init.lua'), report], {
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
    logFile: path.join(dir, 'nvim.log'),
  });
  let exit = null;
  try {
    // init.lua waits at most TIMEOUT_MS for the server, TIMEOUT_MS for diagnostics and 20 s for the hover.
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
    // nvim did not get to write its result; reported below.
  }
  const out = checks.map(c => ({
    suite: 'nvim', name: c.name, status: c.ok ? 'passed' : 'failed', ms, detail: String(c.detail || '').replace(/\s+/g, ' ').slice(0, 300),
  }));
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

module.exports = { run };
