// Installs what the end-to-end suites need, from the npm registry and Debian only:
// Debian's chromium, neovim, ripgrep and libkrb5-dev, and code-server into the repo's .e2e cache.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { REPO, E2E_DIR, log } = require('./util');

const CODE_SERVER_VERSION = '4.100.3';
const CODE_SERVER_DIR = path.join(E2E_DIR, 'code-server');
const CODE_SERVER_PKG = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server');
// @vscode/ripgrep looks for this archive before it tries to download one.
const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_ARCHIVE = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

// Debian package -> a file that proves it is installed.
const APT_PACKAGES = {
  chromium: '/usr/bin/chromium',
  neovim: '/usr/bin/nvim',
  ripgrep: '/usr/bin/rg',
  'libkrb5-dev': '/usr/include/gssapi/gssapi.h',
};

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

function ensureAptPackages() {
  const missing = Object.keys(APT_PACKAGES).filter(p => !fs.existsSync(APT_PACKAGES[p]));
  if (missing.length === 0) return;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    throw new Error(`missing Debian packages (${missing.join(', ')}); install them as root: apt-get install ${missing.join(' ')}`);
  }
  log(`installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
}

function codeServerEntry() {
  return path.join(CODE_SERVER_PKG, 'out', 'node', 'entry.js');
}

function vscodeServerMain() {
  return path.join(CODE_SERVER_PKG, 'lib', 'vscode', 'out', 'server-main.js');
}

function codeServerInstalled() {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(CODE_SERVER_PKG, 'package.json'), 'utf8'));
    return pkg.version === CODE_SERVER_VERSION && fs.existsSync(codeServerEntry()) && fs.existsSync(vscodeServerMain())
      && fs.existsSync(path.join(CODE_SERVER_DIR, '.complete'));
  } catch {
    return false;
  }
}

function ensureCodeServer() {
  if (codeServerInstalled()) return;
  log(`installing code-server ${CODE_SERVER_VERSION} into ${path.relative(REPO, CODE_SERVER_DIR)}`);
  const tmp = path.join(CODE_SERVER_DIR, 'tmp');
  const rgCache = path.join(tmp, RIPGREP_CACHE);
  fs.mkdirSync(rgCache, { recursive: true });
  fs.rmSync(path.join(CODE_SERVER_DIR, '.complete'), { force: true });
  // Seed the ripgrep download cache with Debian's binary so the postinstall never goes to GitHub.
  const archive = path.join(rgCache, RIPGREP_ARCHIVE);
  if (!fs.existsSync(archive)) {
    const stage = path.join(tmp, 'rg-stage');
    fs.mkdirSync(stage, { recursive: true });
    fs.copyFileSync('/usr/bin/rg', path.join(stage, 'rg'));
    fs.chmodSync(path.join(stage, 'rg'), 0o755);
    run('tar', ['czf', archive, '-C', stage, 'rg']);
  }
  // A package.json of its own keeps npm from climbing up to the repository's.
  const pkgJson = path.join(CODE_SERVER_DIR, 'package.json');
  if (!fs.existsSync(pkgJson)) {
    fs.writeFileSync(pkgJson, JSON.stringify({ name: 'crosscheck-e2e-code-server', private: true }, null, 2) + '\n');
  }
  const env = {
    ...process.env,
    TMPDIR: tmp,
    npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`
  };
  run('npm', ['i', `code-server@${CODE_SERVER_VERSION}`, '--unsafe-perm', '--foreground-scripts', '--no-audit', '--no-fund',
    '--no-save', '--loglevel=warn'], { cwd: CODE_SERVER_DIR, env });
  if (!fs.existsSync(codeServerEntry()) || !fs.existsSync(vscodeServerMain())) {
    throw new Error('code-server installed but its entry points are missing');
  }
  fs.writeFileSync(path.join(CODE_SERVER_DIR, '.complete'), CODE_SERVER_VERSION + '\n');
}

function ensureAll() {
  ensureAptPackages();
  ensureCodeServer();
}

module.exports = { ensureAll, ensureAptPackages, ensureCodeServer, codeServerEntry, vscodeServerMain, CODE_SERVER_DIR };

if (require.main === module) {
  try {
    ensureAll();
    log('e2e dependencies are installed');
  } catch (e) {
    console.error(String(e && e.message || e));
    process.exit(1);
  }
}
