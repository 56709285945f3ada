// wink reads a long report in pieces (text/tokenizer.ts, PIECE_CHARS): a report of 150 KB must give the tokens and
// sentences it would give read paragraph by paragraph, with offsets into the whole report, and a report pasted as one
// long line must lose no sentence at a cut.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const PARAGRAPHS = [
  'At least 40 people were killed and 12 injured on Monday, officials said.',
  'The ministry put the toll at 52 on Tuesday, according to state media.',
  'Police estimated the crowd at 80,000; organizers said 400,000 marched.',
  'Shares in Northwind Ltd fell 4.5% after it cut 1,200 jobs.',
];

// A token reads its text and part of speech through getters (text/tokenizer.ts, FormToken): copied field by field.
const shifted = (tokens, by) => tokens.map(t => ({ start: t.start + by, end: t.end + by, text: t.text, pos: t.pos }));

test('a long report read in pieces gives each paragraph the tokens and sentences it has alone', () => {
  const paragraphs = [];
  for (let i = 0; paragraphs.join('\n\n').length < 150 * 1024; i++) paragraphs.push(`${PARAGRAPHS[i % PARAGRAPHS.length]} (${i})`);
  const text = paragraphs.join('\n\n');
  const whole = engine.tokenize(text);
  const expected = { tokens: [], sentences: [] };
  let offset = 0;
  for (const [i, p] of paragraphs.entries()) {
    if (i > 0) expected.tokens.push(...whole.tokens.filter(t => t.type === 'tabCRLF' && t.start >= offset - 2 && t.start < offset));
    const alone = engine.tokenize(p);
    const base = expected.tokens.length;
    expected.tokens.push(...shifted(alone.tokens, offset));
    expected.sentences.push(...alone.sentences.map(s => ({ start: s.start + offset, end: s.end + offset, tokenStart: s.tokenStart + base, tokenEnd: s.tokenEnd + base })));
    offset += p.length + 2;
  }
  assert.strictEqual(whole.tokens.length, expected.tokens.length);
  assert.deepStrictEqual(whole.tokens.map(t => [t.start, t.end, t.text, t.pos]), expected.tokens.map(t => [t.start, t.end, t.text, t.pos]));
  assert.deepStrictEqual(whole.sentences, expected.sentences);
});

test('a report pasted as one long line keeps every sentence whole across the cuts', () => {
  const sentence = 'Officials said 12 people died in the flood on Sunday. ';
  const n = Math.ceil((150 * 1024) / sentence.length);
  const text = sentence.repeat(n);
  const { tokens, sentences } = engine.tokenize(text);
  for (const t of tokens) assert.strictEqual(text.slice(t.start, t.end), t.text);
  assert.strictEqual(sentences.length, n);
  for (const [i, s] of sentences.entries()) assert.strictEqual(text.slice(s.start, s.end), sentence.trim(), `sentence ${i}`);
  const figures = engine.analyzeText('one-line.txt', text).quantities.filter(q => text.slice(q.start, q.end).startsWith('12'));
  assert.strictEqual(figures.length, n);
});
