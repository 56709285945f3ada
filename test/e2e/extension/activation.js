// The extension activates when a plain-text report is opened.
'use strict';
const assert = require('node:assert');
const vscode = require('vscode');
const { extension, openSeed } = require('./helpers');

module.exports = [
  ['extension activates on a plain-text report', async ({ state }) => {
    const ext = extension();
    const doc = await openSeed('003_');
    assert.strictEqual(doc.languageId, 'plaintext');
    state.doc003 = doc;
    // Opening the document is what should activate it; activate() only waits for that activation to finish.
    const deadline = Date.now() + 30000;
    while (!ext.isActive && Date.now() < deadline) await new Promise(r => setTimeout(r, 100));
    // activate() rejects, or leaves no exports, when the extension's own activate() threw (e.g. its client failed to start).
    const api = await ext.activate();
    assert.ok(ext.isActive, 'extension is not active');
    assert.ok(api && typeof api === 'object', 'activate() returned no API: activation failed (see the Crosscheck output log)');
    if (api.ready) await Promise.race([api.ready, new Promise((_, reject) => setTimeout(() => reject(new Error('the first check did not finish within 60 s')), 60000))]);
    return `version ${ext.packageJSON.version}, VS Code ${vscode.version}`;
  }],
];
