// A report reads the same whatever was read before it. wink-nlp adds every unknown word it meets to its lexicon, and
// its tokenizer keeps a word found there whole: after one report wrote "year's," (one unknown word to wink), every
// later "this year's" stayed one token, and its date and the figures dated by it were lost (text/tokenizer.ts,
// forgetLearnedWords).
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const REPORT = `---
published: 2024-06-24
---
More than 1,300 people died during this year's pilgrimage in the heat, the health ministry said on Sunday.
`;

const words = text => engine.tokenize(text).tokens.map(t => t.text);
const frame = text => {
  const doc = engine.analyzeCorpus([{ path: 'a.txt', text }]).documents[0];
  return JSON.stringify({ dates: doc.dates, claims: doc.claims.map(c => [c.quantity, c.measure, c.scope, c.time]) });
};

test('a possessive after an unknown word seen earlier is still split, and its date still read', () => {
  const before = words("The toll of this year's pilgrimage");
  const analysed = frame(REPORT);
  // Invented earlier reports whose odd words wink learns: a possessive before a comma, glued clitics, made-up names.
  engine.analyzeCorpus([{ path: 'b.txt', text: "Last year's, this year's, next season's; Zorblax's Quuxville-on-Sea's mayor's." }]);
  assert.deepStrictEqual(words("The toll of this year's pilgrimage"), before);
  assert.ok(before.includes("'s"), 'the possessive is its own token');
  assert.strictEqual(frame(REPORT), analysed);
  assert.ok(JSON.parse(analysed).dates.length >= 2, 'this year and Sunday are read');
});

test('two reports analysed before and after an odd third give the same findings', () => {
  // Its own word ("week's"), so what the test above taught an unfixed pipeline does not mask this one.
  const a = { path: 'a.txt', text: "---\npublished: 2024-03-08\n---\nAt least 40 people were killed in this week's floods, the governor said on Friday.\n" };
  const b = { path: 'b.txt', text: "---\npublished: 2024-03-08\n---\nThe toll of this week's floods stands at 12 people, officials said on Friday.\n" };
  const sig = r => JSON.stringify(r.contradictions.map(c => [c.a.path, c.a.start, c.b.path, c.b.start, c.severity, c.message]).sort());
  const first = sig(engine.analyzeCorpus([a, b]));
  assert.ok(JSON.parse(first).length >= 1, 'at least 40 vs 12 killed in the same floods is a finding');
  engine.analyzeCorpus([{ path: 'c.txt', text: "The storm of the week's, the Flumbo's, Grazzt's." }]);
  assert.strictEqual(sig(engine.analyzeCorpus([a, b])), first);
});
