// UI suite: the packaged .vsix installed into a fresh code-server, driven in headless Chromium as a reader would:
// open a report, see the status bar, open Problems, hover a figure. Screenshots go to .e2e/screenshots/.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { codeServerEntry } = require('../lib/install');
const {
  REPO, SCREENSHOTS_DIR, CHROMIUM, CHROMIUM_ARGS, log, makeRunDir, seedFile, freePort, startGroup, killGroup, sleep,
  waitForHttp, extensionLogTail,
} = require('../lib/util');

// CROSSCHECK_E2E_VSIX tests a given .vsix instead of the freshly packaged one.
const VSIX = process.env.CROSSCHECK_E2E_VSIX ? path.resolve(process.env.CROSSCHECK_E2E_VSIX) : path.join(REPO, 'dist-vsix', 'crosscheck.vsix');
const STEP_TIMEOUT_MS = 60000;
// Once the status bar shows the first check done, Problems and hovers should follow quickly.
const AFTER_CHECK_TIMEOUT_MS = 20000;

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
  // The run folder sits inside the project's checkout: keep Git from offering to open the parent repository.
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
};

/** Runs named steps in order; a failing step fails the ones that depend on the page state it was to create. */
class Steps {
  constructor() {
    this.results = [];
  }
  async step(name, fn) {
    const started = Date.now();
    try {
      const detail = await fn();
      this.results.push({ suite: 'ui', name, status: 'passed', ms: Date.now() - started, detail: detail || '' });
      return true;
    } catch (e) {
      const ms = Date.now() - started;
      let detail = ((e && e.message) || String(e)).replace(/\u001b\[[0-9;]*m/g, '');
      if (this.page) {
        const slug = name.replace(/[^a-z0-9]+/gi, '-').toLowerCase().slice(0, 40);
        const file = await shot(this.page, `ui-failed-${slug}`).catch(() => null);
        if (file) detail += ` (screenshot ${file})`;
      }
      this.results.push({ suite: 'ui', name, status: 'failed', ms, detail });
      return false;
    }
  }
  skip(name, why) {
    this.results.push({ suite: 'ui', name, status: 'failed', ms: 0, detail: `not run: ${why}` });
  }
}

async function shot(page, name) {
  fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const file = path.join(SCREENSHOTS_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return path.relative(REPO, file);
}

async function openFromExplorer(page, fileName) {
  const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${fileName}"]`).first();
  await row.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await row.click();
  // The editor tab for the file is the sign it opened.
  await page.locator(`.tabs-container .tab[aria-label^="${fileName}"]`).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: STEP_TIMEOUT_MS });
}

async function goToLine(page, line) {
  await page.locator('.editor-instance .monaco-editor textarea').first().focus();
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
}

/** Screen box of `needle` inside the rendered editor lines (the rendered spans may split it, so we walk text nodes). */
async function boxOfText(page, needle) {
  const handle = await page.waitForFunction(n => {
    const lines = document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line');
    for (const line of lines) {
      const full = line.textContent.replace(/\u00a0/g, ' ');
      const at = full.indexOf(n);
      if (at < 0) continue;
      // Find the text node and offset where the needle starts, then measure its first two characters.
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const len = node.textContent.length;
        if (at < seen + len) {
          const range = document.createRange();
          range.setStart(node, at - seen);
          range.setEnd(node, Math.min(len, at - seen + 2));
          const r = range.getBoundingClientRect();
          if (r.width > 0) return { x: r.x, y: r.y, width: r.width, height: r.height };
          return null;
        }
        seen += len;
      }
    }
    return null;
  }, needle, { timeout: STEP_TIMEOUT_MS });
  return handle.jsonValue();
}

function lineOf(file, needle) {
  const text = fs.readFileSync(file, 'utf8');
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not in ${path.basename(file)}`);
  return text.slice(0, at).split('\n').length;
}

async function run() {
  const steps = new Steps();
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
      headless: true, executablePath: CHROMIUM, args: CHROMIUM_ARGS, viewport: { width: 1400, height: 900 },
    });
    const page = browser.pages()[0] || await browser.newPage();
    steps.page = page;
    const pageErrors = [];
    page.on('pageerror', e => pageErrors.push(e.message));
    const seed003 = seedFile('003_');
    const seed004 = seedFile('004_');

    const opened = await steps.step('workbench opens the reports folder and a report', async () => {
      await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}`);
      await page.locator('.explorer-folders-view').waitFor({ timeout: STEP_TIMEOUT_MS });
      await openFromExplorer(page, seed004);
      await openFromExplorer(page, seed003);
      return `opened ${seed004} and ${seed003}`;
    });
    if (!opened) return steps.results;

    await steps.step('status bar shows a Crosscheck item', async () => {
      const item = page.locator('.statusbar-item', { hasText: /Crosscheck/ }).first();
      await item.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
      // The first check is done when the item shows a count; the seeds hold at least one contradiction.
      const done = await page.waitForFunction(() => {
        const el = [...document.querySelectorAll('.statusbar-item')].find(e => /Crosscheck/.test(e.textContent));
        return el && /Crosscheck:?\s*\d+\s+contradiction/i.test(el.textContent) ? el.textContent.trim() : null;
      }, null, { timeout: STEP_TIMEOUT_MS }).then(h => h.jsonValue()).catch(() => null);
      const text = (await item.textContent()).trim();
      if (!done) throw new Error(`status bar never showed a contradiction count; it shows: ${text}`);
      const count = Number(/(\d+)\s+contradiction/i.exec(done)[1]);
      if (count < 1) throw new Error(`status bar shows no contradiction on the seeds: ${done}`);
      await shot(page, 'ui-1-report-open');
      return done;
    });

    await steps.step('Problems lists the contradiction from crosscheck', async () => {
      await page.keyboard.press('Control+Shift+M');
      await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: AFTER_CHECK_TIMEOUT_MS });
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: /crosscheck/i }).first();
      await row.waitFor({ state: 'visible', timeout: AFTER_CHECK_TIMEOUT_MS });
      const all = await page.locator('.markers-panel .monaco-list-row').allTextContents();
      const hit = all.find(t => /\b4[24]\b/.test(t) && /crosscheck/i.test(t));
      await shot(page, 'ui-2-problems');
      if (!hit) throw new Error(`no crosscheck problem mentions 42/44; rows: ${all.slice(0, 6).join(' | ').slice(0, 500)}`);
      return hit.replace(/\s+/g, ' ').slice(0, 200);
    });

    await steps.step('hovering "42" in report 003 shows a hover', async () => {
      const needle = '42 armed clashes';
      await goToLine(page, lineOf(path.join(workspace, seed003), needle));
      const box = await boxOfText(page, needle);
      if (!box) throw new Error('could not measure "42" on screen');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const hover = page.locator('.monaco-hover:not(.hidden)').first();
      await hover.waitFor({ state: 'visible', timeout: AFTER_CHECK_TIMEOUT_MS });
      await page.waitForFunction(() => {
        const h = document.querySelector('.monaco-hover:not(.hidden)');
        return h && h.textContent.trim().length > 0;
      }, null, { timeout: AFTER_CHECK_TIMEOUT_MS });
      await sleep(500); // the hover fades in; the screenshot should show it fully
      const text = (await hover.textContent()).replace(/\s+/g, ' ').trim();
      await shot(page, 'ui-3-hover');
      if (!/42/.test(text)) throw new Error(`hover does not mention 42: ${text.slice(0, 300)}`);
      return text.slice(0, 200);
    });

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
