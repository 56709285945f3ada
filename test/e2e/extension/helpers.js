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

module.exports = { EXTENSION_ID, extension, seedUri, openSeed, crosscheckDiagnostics, waitForDiagnostics, positionOf, hoverText, contributes };
