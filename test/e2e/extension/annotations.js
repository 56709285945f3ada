// A user's note survives editing and a restart: annotate a selection, insert lines above it and save, restart the
// language client (what a window reload does to the server), then the hover at the moved place still shows the note
// and the store file still quotes the same text. Runs last: it edits a report.
'use strict';
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { api, declared, waitReady, openSeed, hoverAt, poll, withTimeout } = require('./helpers');

const WORD = 'Sudzha';
const CONTEXT = `logistics center of ${WORD}`;
const NOTE = 'e2e: check the Sudzha claim against the map';
const INSERTED = 'A line added above the note.\nAnd a second one.\n\n';

function storeFile() {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder open');
  return path.join(folder.uri.fsPath, '.crosscheck', 'annotations.jsonld');
}

function readItem(id) {
  try {
    const doc = JSON.parse(fs.readFileSync(storeFile(), 'utf8'));
    return (doc.items || []).find(a => a.id === id);
  } catch {
    return undefined;
  }
}

/** The selectors of an annotation's target, by type. */
function selectors(item) {
  const targets = [].concat(item.target || []);
  const all = targets.flatMap(t => [].concat(t.selector || []));
  return {
    quote: all.find(s => s.type === 'TextQuoteSelector'),
    position: all.find(s => s.type === 'TextPositionSelector'),
  };
}

function wordRange(doc) {
  const at = doc.getText().indexOf(CONTEXT);
  assert.ok(at >= 0, `"${CONTEXT}" not in ${doc.uri.path}`);
  const start = at + CONTEXT.length - WORD.length;
  return new vscode.Range(doc.positionAt(start), doc.positionAt(start + WORD.length));
}

const hasNote = text => /Your annotation/.test(text) && text.includes(NOTE);

module.exports = [
  ['Annotate Selection with a note stores it with quote and position selectors, and the hover shows it', async ({ skip, state }) => {
    if (!declared('crosscheck.annotateSelection')) skip('skipped: crosscheck.annotateSelection not contributed');
    await waitReady();
    const doc = await openSeed('001_');
    const editor = vscode.window.activeTextEditor;
    const range = wordRange(doc);
    editor.selection = new vscode.Selection(range.start, range.end);
    const body = { type: 'TextualBody', value: NOTE, format: 'text/plain', purpose: 'commenting' };
    const id = await withTimeout(vscode.commands.executeCommand('crosscheck.annotateSelection', body), 20000, 'annotateSelection');
    assert.ok(typeof id === 'string' && id.length > 0, `annotateSelection returned ${JSON.stringify(id)}`);
    const item = await poll(() => readItem(id), { what: `annotation ${id} in the store file` });
    const { quote, position } = selectors(item);
    assert.ok(quote && quote.exact === WORD, `TextQuoteSelector ${JSON.stringify(quote)}`);
    assert.ok(position, 'no TextPositionSelector');
    assert.strictEqual(doc.getText().slice(position.start, position.end), WORD, 'the position selector does not cover the word');
    const text = await poll(async () => {
      const h = await hoverAt(doc.uri, range.start.translate(0, 2));
      return hasNote(h) && h;
    }, { what: 'the note in the hover', describe: () => hoverAt(doc.uri, range.start.translate(0, 2)) });
    state.annotation = { id, uri: doc.uri, line: range.start.line };
    return `${id} on "${WORD}" at ${range.start.line + 1}:${range.start.character + 1}; hover: ${text.split('\n').filter(l => /Your annotation/.test(l))[0]}`;
  }],

  ['after lines are inserted above it, saved, and the client restarted, the hover at the moved place shows the note', async ({ skip, state }) => {
    if (!state.annotation) skip('skipped: no annotation from the previous check');
    const { client } = api();
    assert.ok(client && typeof client.stop === 'function', 'activate() exports no language client');
    const { id, uri, line } = state.annotation;
    const doc = await vscode.workspace.openTextDocument(uri);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(line, 0), INSERTED);
    assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
    assert.ok(await doc.save(), 'the report was not saved');
    const moved = wordRange(doc);
    assert.strictEqual(moved.start.line, line + INSERTED.split('\n').length - 1, 'the word did not move down');

    // What a window reload does to the server: a fresh process that reads the store and the reports again.
    const t = Date.now();
    await withTimeout(client.stop(), 20000, 'client.stop()');
    await withTimeout(client.start(), 30000, 'client.start()');
    const probe = moved.start.translate(0, 2);
    const text = await poll(async () => {
      const h = await hoverAt(uri, probe);
      return hasNote(h) && h;
    }, { timeoutMs: 30000, what: 'the note in the hover at the moved place after the restart', describe: () => hoverAt(uri, probe) });
    const restartMs = Date.now() - t;

    const item = readItem(id);
    assert.ok(item, `annotation ${id} is gone from the store file`);
    const { quote, position } = selectors(item);
    assert.ok(quote && quote.exact === WORD, `the quote selector no longer quotes "${WORD}": ${JSON.stringify(quote)}`);
    // The quote is what anchors the note; the position is a hint that may be stale until the store is rewritten.
    const atPosition = position ? doc.getText().slice(position.start, position.end) : '';
    return `moved to line ${moved.start.line + 1}; restart to hover ${restartMs} ms; quote "${quote.exact}"; `
      + `position selector ${atPosition === WORD ? 'follows the word' : `still at the old offset ("${atPosition}")`}; `
      + `hover: ${text.split('\n').filter(l => /Your annotation/.test(l))[0]}`;
  }],
];
