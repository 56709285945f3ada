// Invisible characters that open a report, with no other odd character after them: the cleaning drops them as it
// does anywhere else (text/clean.ts), so they make no token and the first sentence starts at its first word.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const OPENERS = ['\u200b', '\u200b\u200b', '\u2060', '\u200e\u200b'];

test('format characters opening a report make no token, and its first claim starts at its first word', () => {
  for (const lead of OPENERS) {
    const text = `${lead}Nearly 600 teachers walked out on Tuesday, the union said.`;
    const { tokens } = engine.tokenize(text);
    assert.strictEqual(tokens[0].start, lead.length, JSON.stringify(lead));
    assert.strictEqual(tokens[0].text, 'Nearly');
    const [claim] = engine.analyzeText('r.txt', text).claims;
    assert.ok(claim, JSON.stringify(lead));
    assert.strictEqual(claim.start, lead.length, JSON.stringify(lead));
  }
});
