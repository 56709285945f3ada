// UI suite: the packaged .vsix installed into a fresh code-server, driven in headless Chromium as a reader would
// (ui/reader.js). Screenshots go to .e2e/screenshots/.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { codeServerEntry } = require('../lib/install');
const {
  REPO, CHROMIUM, CHROMIUM_ARGS, log, makeRunDir, freePort, startGroup, killGroup, waitForHttp, extensionLogTail,
} = require('../lib/util');
const { Steps } = require('../lib/steps');
const reader = require('../ui/reader');
const journalist = require('../ui/journalist');

// CROSSCHECK_E2E_VSIX tests a given .vsix instead of the freshly packaged one.
const VSIX = process.env.CROSSCHECK_E2E_VSIX ? path.resolve(process.env.CROSSCHECK_E2E_VSIX) : path.join(REPO, 'dist-vsix', 'crosscheck.vsix');

// Quiet, deterministic workbench: no welcome page, no tips, no marketplace or telemetry traffic.
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'editor.hover.delay': 200,
  'window.commandCenter': false,
  // Long report lines wrap, so figures and notes stay on screen and in the screenshots.
  'editor.wordWrap': 'on',
  // Typed lines must be the text, not an accepted word suggestion.
  'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
  'editor.suggestOnTriggerCharacters': false,
  'editor.acceptSuggestionOnEnter': 'off',
  'editor.wordBasedSuggestions': 'off',
  'workbench.editor.enablePreview': false,
  // No highlighting of the word under the cursor: the screenshots show Crosscheck's own marks.
  'editor.occurrencesHighlight': 'off',
  'editor.selectionHighlight': false,
  // The run folder sits inside the project's checkout: keep Git from offering to open the parent repository.
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
};

async function run() {
  const steps = new Steps('ui');
  if (!fs.existsSync(VSIX)) {
    steps.skip('the .vsix is packaged', `${path.relative(REPO, VSIX)} is missing (npm run package failed?)`);
    return steps.results;
  }
  const { dir, workspace, env } = makeRunDir('ui');
  const userDataDir = path.join(dir, 'user-data');
  const extensionsDir = path.join(dir, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const csArgs = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];

  const installed = await steps.step('code-server installs the .vsix', async () => {
    const r = spawnSync(process.execPath, [codeServerEntry(), '--install-extension', VSIX, ...csArgs],
      { env, encoding: 'utf8', timeout: 120000 });
    if (r.status !== 0) throw new Error(`exit ${r.status}: ${(r.stderr || r.stdout || '').slice(-500)}`);
    const dirs = fs.readdirSync(extensionsDir).filter(n => n.startsWith('crosscheck.crosscheck-'));
    if (dirs.length === 0) throw new Error('no crosscheck extension folder after install');
    return dirs.join(', ');
  });
  if (!installed) return steps.results;

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = startGroup(process.execPath, [codeServerEntry(), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--ignore-last-opened', ...csArgs],
  { env, logFile: path.join(dir, 'code-server.log') });
  let browser;
  try {
    const up = await steps.step('code-server answers /healthz', async () => {
      await waitForHttp(`${base}/healthz`, { child: server, timeoutMs: 60000 });
    });
    if (!up) return steps.results;

    const { chromium } = require('playwright-core');
    browser = await chromium.launchPersistentContext(path.join(dir, 'chromium-profile'), {
      headless: true, executablePath: CHROMIUM, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 800 },
    });
    const page = browser.pages()[0] || await browser.newPage();
    steps.page = page;
    const pageErrors = [];
    page.on('pageerror', e => pageErrors.push(e.message));
    // CROSSCHECK_E2E_UI=journalist runs only the journalist's steps (quicker while working on them).
    const only = process.env.CROSSCHECK_E2E_UI;
    if (only !== 'journalist') await reader.run(steps, page, { base, workspace });
    await journalist.run(steps, page, { base, workspace, open: only === 'journalist' });

    if (pageErrors.length) log(`ui: ${pageErrors.length} page errors in the workbench, first: ${pageErrors[0].slice(0, 200)}`);
  } finally {
    if (browser) await browser.close().catch(() => {});
    await killGroup(server);
    if (steps.results.some(r => r.status === 'failed')) {
      const tail = extensionLogTail(dir);
      if (tail) log(`ui: the extension's output log:\n${tail}`);
    }
    log(`ui suite done (run folder ${path.relative(REPO, dir)})`);
  }
  return steps.results;
}

module.exports = { run };
