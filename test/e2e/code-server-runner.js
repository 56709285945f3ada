#!/usr/bin/env node
// Stands in for the VS Code desktop executable in @vscode/test-electron's runTests: it accepts the desktop-style
// flags, starts the VS Code server bundled with code-server, opens the workbench in headless Chromium with the
// extension-test payload (honoured only with --enable-smoke-test-driver), and exits with the tests' exit code.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { vscodeServerMain } = require('./lib/install');
const {
  CHROMIUM, CHROMIUM_ARGS, freePort, startGroup, killGroup, waitForHttp, withTimeout,
} = require('./lib/util');

const TEST_TIMEOUT_MS = Number(process.env.CROSSCHECK_E2E_EXTHOST_TIMEOUT_MS || 240000);

function parseArgs(argv) {
  const opts = { folders: [], extensionDevelopmentPath: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^--([a-zA-Z-]+)(?:=(.*))?$/.exec(a);
    if (!m) {
      opts.folders.push(path.resolve(a));
      continue;
    }
    const [, key, inline] = m;
    const takesValue = ['extensionTestsPath', 'extensionDevelopmentPath', 'user-data-dir', 'extensions-dir'].includes(key);
    const value = inline !== undefined ? inline : (takesValue ? argv[++i] : undefined);
    if (key === 'extensionDevelopmentPath') opts.extensionDevelopmentPath.push(path.resolve(value));
    else if (key === 'extensionTestsPath') opts.extensionTestsPath = path.resolve(value);
    else if (key === 'user-data-dir') opts.userDataDir = path.resolve(value);
    else if (key === 'extensions-dir') opts.extensionsDir = path.resolve(value);
    // Desktop-only flags (--no-sandbox, --disable-updates, --skip-welcome, ...) have no meaning here.
  }
  if (!opts.extensionTestsPath || opts.extensionDevelopmentPath.length === 0) {
    throw new Error('usage: code-server-runner --extensionTestsPath=X --extensionDevelopmentPath=Y [folder]');
  }
  return opts;
}

function remoteUri(authority, absPath) {
  return `vscode-remote://${authority}${encodeURI(absPath)}`;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  // Everything the server and browser write goes under one folder: the given user-data-dir's parent or a temp one.
  const base = opts.userDataDir ? path.dirname(opts.userDataDir) : fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'cs-runner-'));
  const serverDataDir = path.join(base, 'server-data');
  const userDataDir = opts.userDataDir || path.join(base, 'user-data');
  const extensionsDir = opts.extensionsDir || path.join(base, 'extensions');
  const profileDir = path.join(base, 'chromium-profile');
  for (const d of [serverDataDir, userDataDir, extensionsDir, profileDir]) fs.mkdirSync(d, { recursive: true });

  const port = await freePort();
  const authority = `127.0.0.1:${port}`;
  const server = startGroup(process.execPath, [vscodeServerMain(),
    '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms',
    '--enable-smoke-test-driver', '--disable-workspace-trust', '--telemetry-level', 'off',
    '--server-data-dir', serverDataDir, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
  ], { env: process.env, logFile: path.join(base, 'vscode-server.log') });

  let browser;
  let exitCode = 1;
  try {
    await waitForHttp(`http://${authority}/version`, { child: server, timeoutMs: 60000 });
    const { chromium } = require('playwright-core');
    browser = await chromium.launchPersistentContext(profileDir, { headless: true, executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const page = browser.pages()[0] || await browser.newPage();
    let resolveExit;
    const exited = new Promise(r => { resolveExit = r; });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const parts = Array.isArray(args) ? args.map(a => (typeof a === 'string' ? a : JSON.stringify(a))) : [String(args)];
      const line = parts.join(' ');
      if (type === 'error') console.error(line);
      else console.log(line);
    });
    await page.exposeFunction('codeAutomationExit', code => { resolveExit(Number(code) || 0); });
    page.on('pageerror', e => console.error(`[workbench page error] ${e.message}`));
    const payload = [
      ['extensionDevelopmentPath', remoteUri(authority, opts.extensionDevelopmentPath[0])],
      ['extensionTestsPath', remoteUri(authority, opts.extensionTestsPath)],
    ];
    const params = new URLSearchParams();
    if (opts.folders[0]) params.set('folder', opts.folders[0]);
    params.set('payload', JSON.stringify(payload));
    await page.goto(`http://${authority}/?${params}`);
    exitCode = await withTimeout(exited, TEST_TIMEOUT_MS, 'extension tests');
  } catch (e) {
    console.error(`code-server-runner: ${e && e.message || e}`);
    exitCode = 1;
  } finally {
    if (browser) await browser.close().catch(() => {});
    await killGroup(server);
  }
  process.exit(exitCode);
}

main();
