// Extension-host test entry (the runTests contract: export run()). A tiny mocha-free runner: runs the checks of
// each file in order, logs one line per check, writes the results as JSON where the harness asked, and rejects
// when any check failed so the workbench exits non-zero.
'use strict';
const fs = require('node:fs');

// The annotation checks run last: they edit a report and restart the language client.
const FILES = ['./activation', './diagnostics', './hover', './commands', './views', './annotations'];

class Skip extends Error {}

async function run() {
  const results = [];
  const ctx = { skip: reason => { throw new Skip(reason); }, state: {} };
  let activationFailed = false;
  for (const file of FILES) {
    const checks = require(file);
    for (const [name, fn] of checks) {
      const started = Date.now();
      let status = 'passed';
      let detail = '';
      try {
        // Without a working activation every later check would only wait out its timeout.
        if (activationFailed) throw new Error('not run: the extension failed to activate');
        const note = await fn(ctx);
        if (typeof note === 'string') detail = note;
      } catch (e) {
        if (e instanceof Skip) {
          status = 'skipped';
          detail = e.message;
        } else {
          status = 'failed';
          detail = (e && e.stack) || String(e);
        }
      }
      const ms = Date.now() - started;
      results.push({ name, status, detail, ms });
      if (file === './activation' && status === 'failed') activationFailed = true;
      console.log(`[exthost] ${status}: ${name} (${ms} ms)${detail ? ` — ${detail.split('\n')[0]}` : ''}`);
      if (status === 'failed') console.error(detail);
    }
  }
  if (process.env.CROSSCHECK_E2E_RESULTS) {
    fs.writeFileSync(process.env.CROSSCHECK_E2E_RESULTS, JSON.stringify(results, null, 2));
  }
  const failed = results.filter(r => r.status === 'failed').length;
  console.log(`[exthost] ${results.length - failed} passed or skipped, ${failed} failed`);
  if (failed) throw new Error(`${failed} extension-host check(s) failed`);
}

module.exports = { run };
