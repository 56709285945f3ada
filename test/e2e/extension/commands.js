// Checks driven by what package.json contributes and what activate() returns, so they grow with the extension and
// skip, with a clear note, what is not there yet.
'use strict';
const assert = require('node:assert');
const vscode = require('vscode');
const { contributes, declared, withTimeout } = require('./helpers');

module.exports = [
  ['every contributed command is registered', async ({ skip }) => {
    const ids = (contributes().commands || []).map(c => c.command);
    if (ids.length === 0) skip('skipped: no commands contributed yet');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = ids.filter(c => !registered.has(c));
    assert.deepStrictEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
    return `${ids.length} commands`;
  }],

  ['contributed views can be focused', async ({ skip }) => {
    const views = Object.values(contributes().views || {}).flat().map(v => v.id);
    if (views.length === 0) skip('skipped: no views contributed yet');
    for (const id of views) await withTimeout(vscode.commands.executeCommand(`${id}.focus`), 10000, `${id}.focus`);
    return views.join(', ');
  }],

  ['check workspace command reports the seeds', async ({ skip }) => {
    if (!declared('crosscheck.checkWorkspace')) skip('skipped: crosscheck.checkWorkspace not contributed yet');
    const r = await withTimeout(vscode.commands.executeCommand('crosscheck.checkWorkspace'), 60000, 'crosscheck.checkWorkspace');
    assert.ok(r && typeof r === 'object', `no result: ${String(r)}`);
    assert.ok(r.reports >= 5, `expected the 5 seed reports, got ${JSON.stringify(r)}`);
    assert.ok(r.contradictions >= 1, `expected at least one contradiction, got ${JSON.stringify(r)}`);
    return `${r.reports} reports, ${r.contradictions} contradictions, ${r.ms} ms`;
  }],

  ['contributed settings resolve', async ({ skip }) => {
    const sections = [].concat(contributes().configuration || []);
    const props = sections.flatMap(s => Object.keys(s.properties || {}));
    if (props.length === 0) skip('skipped: no settings contributed yet');
    const unresolved = props.filter(p => vscode.workspace.getConfiguration().inspect(p) === undefined);
    assert.deepStrictEqual(unresolved, [], `settings not known to VS Code: ${unresolved.join(', ')}`);
    return `${props.length} settings`;
  }],
];
