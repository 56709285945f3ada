// Shared helpers for the extension-host checks: find and open seed documents, wait on diagnostics events.
'use strict';
const vscode = require('vscode');

const EXTENSION_ID = 'crosscheck.crosscheck';

function extension() {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this host`);
  return ext;
}

async function seedUri(prefix) {
  const found = await vscode.workspace.findFiles(`**/${prefix}*.txt`, undefined, 1);
  if (found.length === 0) throw new Error(`no workspace file starting with ${prefix}`);
  return found[0];
}

async function openSeed(prefix) {
  const uri = await seedUri(prefix);
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

function crosscheckDiagnostics(uri) {
  return vscode.languages.getDiagnostics(uri).filter(d => d.source === 'crosscheck');
}

/** Resolves with the document's crosscheck diagnostics once `accept` likes them; rejects after timeoutMs. */
function waitForDiagnostics(uri, accept, timeoutMs = 60000) {
  return new Promise((resolve, reject) => {
    const check = () => {
      const diags = crosscheckDiagnostics(uri);
      if (accept(diags)) {
        cleanup();
        resolve(diags);
      }
    };
    const sub = vscode.languages.onDidChangeDiagnostics(e => {
      if (e.uris.some(u => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      const diags = crosscheckDiagnostics(uri);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for crosscheck diagnostics on ${uri.path}; have ${diags.length}: `
        + diags.map(d => d.message).join(' | ').slice(0, 400)));
    }, timeoutMs);
    function cleanup() {
      clearTimeout(timer);
      sub.dispose();
    }
    check();
  });
}

/** Position of the first occurrence of `needle` in the document, offset by `within` characters. */
function positionOf(doc, needle, within = 0) {
  const at = doc.getText().indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not found in ${doc.uri.path}`);
  return doc.positionAt(at + within);
}

function hoverText(hovers) {
  const parts = [];
  for (const h of hovers || []) {
    for (const c of h.contents) parts.push(typeof c === 'string' ? c : c.value);
  }
  return parts.join('\n');
}

function contributes() {
  return extension().packageJSON.contributes || {};
}

function declared(id) {
  return (contributes().commands || []).some(c => c.command === id);
}

/** What the extension's activate() returned ({ client, claims, entities, ready }), or {} before activation. */
function api() {
  return extension().exports || {};
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    Promise.resolve(promise).finally(() => clearTimeout(timer)),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms); }),
  ]);
}

async function waitReady() {
  if (api().ready) await withTimeout(api().ready, 60000, 'extension ready');
}

/** Polls `test` until it returns a truthy value (which is returned); on timeout throws with `describe()`'s last state. */
async function poll(test, { timeoutMs = 20000, intervalMs = 200, what = 'condition', describe } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await test();
    if (v) return v;
    if (Date.now() > deadline) {
      const state = describe ? `; last: ${String(await describe()).slice(0, 400)}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${state}`);
    }
    await new Promise(r => setTimeout(r, intervalMs));
  }
}

function labelOf(item) {
  const l = item.label;
  return typeof l === 'string' ? l : (l && l.label) || '';
}

/** Root nodes of a tree provider, with their tree items and labels. */
async function treeRoots(provider) {
  const nodes = (await provider.getChildren()) || [];
  const items = await Promise.all(nodes.map(n => provider.getTreeItem(n)));
  return { nodes, items, labels: items.map(labelOf) };
}

/** Hover text at a position (empty when there is none). */
async function hoverAt(uri, pos) {
  return hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, pos));
}

const fileName = uri => decodeURIComponent(String(uri).slice(String(uri).lastIndexOf('/') + 1));

module.exports = {
  EXTENSION_ID, extension, seedUri, openSeed, crosscheckDiagnostics, waitForDiagnostics, positionOf, hoverText, contributes,
  declared, api, withTimeout, waitReady, poll, labelOf, treeRoots, hoverAt, fileName,
};
