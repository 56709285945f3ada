// A blank or format mark that is no ASCII space (ogham space, Mongolian vowel separator, byte-order mark) ends the name
// before it, as a space does: text pasted from the web keeps such marks, and a name that swallowed one was an entity of
// its own ("Kharkiv" + U+1680 + "after") or kept an invisible mark in its text.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const entities = text => engine.analyzeText('invented.txt', text).entities.map(e => [e.id, text.slice(e.start, e.end)]);

test('a name before an ogham space, a vowel separator or a byte-order mark is read without it', () => {
  for (const mark of ['\u1680', '\u180e', '\ufeff']) {
    const found = entities(`Officials in Odesa${mark}said on Monday that 7 people were hurt in Lviv.`);
    assert.deepStrictEqual(found.find(([id]) => id === 'place:odesa'), ['place:odesa', 'Odesa'], `mark U+${mark.charCodeAt(0).toString(16)}`);
  }
});

test('the word after the mark is a word of its own, not part of the name', () => {
  const found = entities('Shelling hit Dnipro\u1680overnight, and Poland\ufeff condemned it.');
  assert.ok(found.some(([id, t]) => id === 'place:dnipro' && t === 'Dnipro'), JSON.stringify(found));
  assert.ok(found.some(([id, t]) => id === 'country:poland' && t === 'Poland'), JSON.stringify(found));
});
