// Small helpers shared by the end-to-end suites: paths, temp run folders, free ports, process groups, waiting.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const net = require('node:net');
const http = require('node:http');
const { spawn } = require('node:child_process');

const REPO = path.resolve(__dirname, '..', '..', '..');
const E2E_DIR = path.join(REPO, '.e2e');
const RUNS_DIR = path.join(E2E_DIR, 'runs');
const SCREENSHOTS_DIR = path.join(E2E_DIR, 'screenshots');
const SEEDS_DIR = path.join(REPO, 'seeds');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

function log(...args) {
  console.log('[e2e]', ...args);
}

/** A fresh folder for one suite's run, with its own XDG dirs and tmp, and a copy of the seeds as workspace. */
function makeRunDir(name) {
  fs.mkdirSync(RUNS_DIR, { recursive: true });
  const dir = fs.mkdtempSync(path.join(RUNS_DIR, `${name}-`));
  for (const sub of ['config', 'data', 'cache', 'tmp']) fs.mkdirSync(path.join(dir, sub));
  const workspace = path.join(dir, 'workspace');
  fs.cpSync(SEEDS_DIR, workspace, { recursive: true });
  // A folder of reports as Crosscheck recognizes one: it holds .crosscheck/ (the extension starts there by itself).
  fs.mkdirSync(path.join(workspace, '.crosscheck'));
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(dir, 'config'),
    XDG_DATA_HOME: path.join(dir, 'data'),
    XDG_CACHE_HOME: path.join(dir, 'cache'),
    TMPDIR: path.join(dir, 'tmp'),
  };
  // Keep the harness's own VS Code variables from leaking into the servers it starts.
  for (const k of Object.keys(env)) if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') delete env[k];
  return { dir, workspace, env };
}

/** Keeps only the newest `keep` run folders so the cache does not grow without end. */
function pruneRuns(keep = 6) {
  let entries;
  try {
    entries = fs.readdirSync(RUNS_DIR).map(n => ({ n, t: fs.statSync(path.join(RUNS_DIR, n)).mtimeMs }));
  } catch {
    return;
  }
  entries.sort((a, b) => b.t - a.t);
  for (const e of entries.slice(keep)) fs.rmSync(path.join(RUNS_DIR, e.n), { recursive: true, force: true });
}

function seedFile(prefix) {
  const name = fs.readdirSync(SEEDS_DIR).find(n => n.startsWith(prefix));
  if (!name) throw new Error(`no seed starting with ${prefix}`);
  return name;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Starts a process in its own group so that everything it spawns can be ended together. */
function startGroup(cmd, args, { env, cwd, logFile, echo = false } = {}) {
  const child = spawn(cmd, args, { env, cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = logFile ? fs.createWriteStream(logFile) : null;
  const onData = d => {
    if (out) out.write(d);
    if (echo) process.stdout.write(d);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  child.exited = new Promise(resolve => child.on('exit', (code, signal) => resolve({ code, signal })));
  child.exited.then(() => out && out.end());
  return child;
}

/** Ends a process group started by startGroup: TERM, then KILL if it lingers. */
async function killGroup(child, graceMs = 3000) {
  if (!child || child.pid === undefined) return;
  const signalGroup = sig => {
    try {
      process.kill(-child.pid, sig);
      return true;
    } catch {
      return false;
    }
  };
  if (!signalGroup('SIGTERM')) return;
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!signalGroup(0)) return;
    await sleep(100);
  }
  signalGroup('SIGKILL');
}

function sleep(ms) {
  return new Promise(r => setTimeout(r, ms));
}

function httpStatus(url) {
  return new Promise(resolve => {
    const req = http.get(url, res => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(2000, () => {
      req.destroy();
      resolve(0);
    });
  });
}

/** Polls a URL until it answers 2xx/3xx/4xx (the server is up), or the child exits, or the timeout passes. */
async function waitForHttp(url, { timeoutMs = 60000, child } = {}) {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  if (child) child.exited.then(() => { exited = true; });
  while (Date.now() < deadline) {
    if (exited) throw new Error(`server exited before answering ${url}`);
    const status = await httpStatus(url);
    if (status >= 200 && status < 500) return status;
    await sleep(200);
  }
  throw new Error(`timed out waiting for ${url}`);
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms); }),
  ]);
}

module.exports = {
  REPO, E2E_DIR, RUNS_DIR, SCREENSHOTS_DIR, SEEDS_DIR, CHROMIUM, CHROMIUM_ARGS,
  log, makeRunDir, pruneRuns, seedFile, freePort, startGroup, killGroup, sleep, waitForHttp, withTimeout,
};

/** The last lines of every extension output log named `name` under `dir`, to explain a failing editor run. */
function extensionLogTail(dir, name = 'Crosscheck.log', lines = 15) {
  const out = [];
  const walk = d => {
    let entries;
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === name) out.push(`--- ${path.relative(dir, p)}\n${fs.readFileSync(p, 'utf8').trim().split('\n').slice(-lines).join('\n')}`);
    }
  };
  walk(dir);
  return out.join('\n');
}
module.exports.extensionLogTail = extensionLogTail;
