// Hovering a quantity explains what the engine read there.
'use strict';
const assert = require('node:assert');
const vscode = require('vscode');
const { openSeed, positionOf, hoverText } = require('./helpers');

module.exports = [
  ['hover on the quantity "42" in report 003 answers', async ({ state }) => {
    const doc = state.doc003 || await openSeed('003_');
    const pos = positionOf(doc, '42 armed clashes', 1);
    // The server may still be indexing right after activation: retry for a while before judging.
    let text = '';
    const deadline = Date.now() + 20000;
    while (Date.now() < deadline) {
      text = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, pos));
      if (text.trim()) break;
      await new Promise(r => setTimeout(r, 500));
    }
    assert.ok(text.trim(), 'no hover on "42"');
    assert.match(text, /42/, `hover does not mention 42: ${text.slice(0, 300)}`);
    return text.replace(/\s+/g, ' ').slice(0, 160);
  }],
];
