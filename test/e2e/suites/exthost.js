// Extension-host suite: the unmodified @vscode/test-electron runTests, with our code-server runner as the "executable".
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { REPO, makeRunDir, log, extensionLogTail } = require('../lib/util');

async function run() {
  const { runTests } = require('@vscode/test-electron');
  const { dir, workspace, env } = makeRunDir('exthost');
  const resultsFile = path.join(dir, 'results.json');
  const started = Date.now();
  let error = null;
  // runTests spawns the runner with process.env plus extensionTestsEnv; point the temp dirs at the run folder.
  const extensionTestsEnv = {
    CROSSCHECK_E2E_RESULTS: resultsFile,
    XDG_CONFIG_HOME: env.XDG_CONFIG_HOME, XDG_DATA_HOME: env.XDG_DATA_HOME, XDG_CACHE_HOME: env.XDG_CACHE_HOME, TMPDIR: env.TMPDIR,
  };
  try {
    await runTests({
      vscodeExecutablePath: path.join(__dirname, '..', 'code-server-runner.js'),
      // CROSSCHECK_E2E_EXTENSION_PATH runs the checks against another build of the extension (e.g. an unpacked .vsix).
      extensionDevelopmentPath: process.env.CROSSCHECK_E2E_EXTENSION_PATH ? path.resolve(process.env.CROSSCHECK_E2E_EXTENSION_PATH) : REPO,
      extensionTestsPath: path.join(__dirname, '..', 'extension', 'index.js'),
      launchArgs: [workspace, `--user-data-dir=${path.join(dir, 'user-data')}`, `--extensions-dir=${path.join(dir, 'extensions')}`],
      extensionTestsEnv,
    });
  } catch (e) {
    error = e;
  }
  const ms = Date.now() - started;
  let results = [];
  try {
    results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  } catch {
    // The tests never got to report: the host did not start or the runner failed first.
  }
  const out = results.map(r => ({ suite: 'exthost', ...r }));
  if (error && !out.some(r => r.status === 'failed')) {
    out.push({ suite: 'exthost', name: 'extension tests ran to completion', status: 'failed', ms,
      detail: `${error.message || error}${results.length ? '' : ' (no results written; see the log above)'}` });
  }
  if (out.length === 0) out.push({ suite: 'exthost', name: 'extension tests ran', status: 'failed', ms, detail: 'no results' });
  if (out.some(r => r.status === 'failed')) {
    const tail = extensionLogTail(dir);
    if (tail) log(`exthost: the extension's output log:\n${tail}`);
  }
  log(`exthost suite finished in ${ms} ms (run folder ${path.relative(REPO, dir)})`);
  return out;
}

module.exports = { run };
