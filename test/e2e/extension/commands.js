// Checks driven by what package.json contributes and what activate() returns, so they grow with the extension and
// skip, with a clear note, what is not there yet.
'use strict';
const assert = require('node:assert');
const vscode = require('vscode');
const { contributes, extension } = require('./helpers');

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    Promise.resolve(promise).finally(() => clearTimeout(timer)),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms); }),
  ]);
}

function declared(id) {
  return (contributes().commands || []).some(c => c.command === id);
}

function api() {
  return extension().exports || {};
}

/** Root nodes of a tree provider, with their labels, after the server's first check is in. */
async function treeRoots(provider) {
  const nodes = (await provider.getChildren()) || [];
  const labels = await Promise.all(nodes.map(async n => {
    const item = await provider.getTreeItem(n);
    const l = item.label;
    return typeof l === 'string' ? l : (l && l.label) || '';
  }));
  return { nodes, labels };
}

async function waitReady() {
  if (api().ready) await withTimeout(api().ready, 60000, 'extension ready');
}

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

  ['Claims tree lists claims, and the contradiction filter keeps some', async ({ skip }) => {
    const claims = api().claims;
    if (!claims || typeof claims.getChildren !== 'function') skip('skipped: not contributed yet (activate() exports no claims tree)');
    await waitReady();
    await claims.refresh?.();
    const all = await treeRoots(claims);
    assert.ok(all.nodes.length > 0, 'the Claims tree is empty');
    let note = `${all.nodes.length} groups (${all.labels.slice(0, 3).join('; ')})`;
    if (declared('crosscheck.claims.showOnlyContradictions') && declared('crosscheck.claims.showAll')) {
      await vscode.commands.executeCommand('crosscheck.claims.showOnlyContradictions');
      await claims.refresh?.();
      const only = await treeRoots(claims);
      await vscode.commands.executeCommand('crosscheck.claims.showAll');
      await claims.refresh?.();
      assert.ok(only.nodes.length > 0, 'no claims left when showing only contradictions');
      note += `; only contradictions: ${only.nodes.length} (${only.labels.slice(0, 2).join('; ')})`;
    }
    return note;
  }],

  ['Entities tree lists entities', async ({ skip }) => {
    const entities = api().entities;
    if (!entities || typeof entities.getChildren !== 'function') skip('skipped: not contributed yet (activate() exports no entities tree)');
    await waitReady();
    await entities.refresh?.();
    const roots = await treeRoots(entities);
    assert.ok(roots.nodes.length > 0, 'the Entities tree is empty');
    return `${roots.nodes.length} nodes (${roots.labels.slice(0, 4).join('; ')})`;
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
