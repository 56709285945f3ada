#!/usr/bin/env node
// End-to-end tests in real editors: installs what is missing, packages the .vsix, then runs the UI suite
// (code-server in headless Chromium), the extension-host suite (runTests through code-server) and the Neovim suite
// (the server over stdio). Prints one line per check and closes with "N passed, N failed".
// Options: --only=ui,exthost,nvim   --skip-install   --skip-package
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { REPO, SCREENSHOTS_DIR, log, pruneRuns, withTimeout } = require('./lib/util');

const SUITES = {
  ui: () => require('./suites/ui'),
  exthost: () => require('./suites/exthost'),
  nvim: () => require('./suites/nvim'),
};
const SUITE_TIMEOUT_MS = 8 * 60 * 1000;

function option(name) {
  const arg = process.argv.find(a => a === `--${name}` || a.startsWith(`--${name}=`));
  if (!arg) return undefined;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : true;
}

function npmRun(script) {
  const started = Date.now();
  const r = spawnSync('npm', ['run', '--silent', script], { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${r.stdout || ''}${r.stderr || ''}`;
  return { ok: r.status === 0, ms: Date.now() - started, output };
}

function lastLines(text, n) {
  return text.trim().split('\n').filter(l => !/Unknown (user|env|cli) config/.test(l)).slice(-n).join(' / ');
}

async function main() {
  const started = Date.now();
  const only = typeof option('only') === 'string' ? option('only').split(',').map(s => s.trim()) : Object.keys(SUITES);
  const unknown = only.filter(s => !SUITES[s]);
  if (unknown.length) {
    console.error(`unknown suite(s): ${unknown.join(', ')}; known: ${Object.keys(SUITES).join(', ')}`);
    process.exit(2);
  }
  const results = [];
  const record = (suite, name, ok, ms, detail = '') => results.push({ suite, name, status: ok ? 'passed' : 'failed', ms, detail });

  if (!option('skip-install')) {
    const t = Date.now();
    try {
      require('./lib/install').ensureAll();
      log(`dependencies ready in ${Date.now() - t} ms`);
    } catch (e) {
      record('setup', 'e2e dependencies install', false, Date.now() - t, e.message);
      return finish(results, started);
    }
  }

  if (only.includes('ui') && !option('skip-package')) {
    // A stale .vsix would test yesterday's extension: remove it, so a failed package shows as a failure.
    fs.rmSync(path.join(REPO, 'dist-vsix', 'crosscheck.vsix'), { force: true });
    const p = npmRun('package');
    record('setup', 'npm run package builds the .vsix', p.ok, p.ms, p.ok ? '' : lastLines(p.output, 4));
  }
  // The extension-host and Neovim suites use the bundles in dist/ directly; make sure they are current.
  if (only.some(s => s !== 'ui')) {
    const b = npmRun('build');
    if (!b.ok) {
      record('setup', 'npm run build', false, b.ms, lastLines(b.output, 4));
      return finish(results, started);
    }
  }

  fs.rmSync(SCREENSHOTS_DIR, { recursive: true, force: true });
  for (const name of only) {
    log(`suite ${name}: starting`);
    const t = Date.now();
    try {
      const suiteResults = await withTimeout(SUITES[name]().run(), SUITE_TIMEOUT_MS, `suite ${name}`);
      results.push(...suiteResults);
    } catch (e) {
      record(name, `suite ${name} completes`, false, Date.now() - t, (e && e.stack) || String(e));
    }
  }
  pruneRuns();
  return finish(results, started);
}

function finish(results, started) {
  console.log('\nEnd-to-end results');
  for (const r of results) {
    const secs = (r.ms / 1000).toFixed(1).padStart(6);
    const detail = r.detail ? `  — ${String(r.detail).split('\n')[0].slice(0, 240)}` : '';
    console.log(`  ${r.status.padEnd(7)} ${secs}s  [${r.suite}] ${r.name}${detail}`);
  }
  const count = s => results.filter(r => r.status === s).length;
  const passed = count('passed');
  const failed = count('failed');
  const skipped = count('skipped');
  if (fs.existsSync(SCREENSHOTS_DIR)) {
    const shots = fs.readdirSync(SCREENSHOTS_DIR);
    if (shots.length) console.log(`Screenshots in ${path.relative(REPO, SCREENSHOTS_DIR)}/: ${shots.join(', ')}`);
  }
  console.log(`Total time ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  // Exit explicitly: a lingering handle from a browser or server must not keep CI waiting.
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}

main().catch(e => {
  console.error(e);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
